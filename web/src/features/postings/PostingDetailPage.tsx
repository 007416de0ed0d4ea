import type { PostingDetail } from '@onestop/contracts';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { focusNotice } from '../employers/ApprovalActions';
import { PostingCandidatesPanel } from '../matching/PostingCandidatesPanel';
import { PostingReferralsPanel } from '../referrals/PostingReferralsPanel';
import { Breadcrumbs } from './Breadcrumbs';
import { usePostingDetail } from './postings-api';
import { PostingTags } from './PostingTags';
import { OccupationPanel } from './record/OccupationPanel';
import { OwnerPanel } from './record/OwnerPanel';
import { PostingActions } from './record/PostingActions';
import { PostingFacts, PostingSummaryBox } from './record/PostingFacts';
import { PostingNotes } from './record/PostingNotes';

const NOTICE_ID = 'posting-notice';

interface Arrival {
  notice: 'created' | 'duplicated' | 'updated' | 'unchanged';
  from?: string;
  reserveError?: string | null;
}

function arrivalFrom(state: unknown): Arrival | null {
  const notice = (state as Arrival | null)?.notice;
  return notice ? (state as Arrival) : null;
}

function Alert({ kind, children }: { kind: 'warning' | 'info' | 'error'; children: ReactNode }) {
  return (
    <div className={`usa-alert usa-alert--${kind} margin-bottom-3`}>
      <div className="usa-alert__body">{children}</div>
    </div>
  );
}

/** What the record must say before anything else: refusal (JOB-13), duplicates (JOB-3), JOB-11. */
function RecordAlerts({ posting }: { posting: PostingDetail }) {
  const { t } = useTranslation();
  return (
    <>
      {posting.refusalReason && (
        <Alert kind="error">
          <h2 className="usa-alert__heading">{t('postings.detail.refusedHeading')}</h2>
          <p className="usa-alert__text">{posting.refusalReason}</p>
        </Alert>
      )}
      {posting.likelyDuplicates.length > 0 && (
        <Alert kind="warning">
          <h2 className="usa-alert__heading">{t('postings.detail.duplicatesHeading')}</h2>
          <p className="usa-alert__text">{t('postings.detail.duplicatesBody')}</p>
          <ul className="usa-list">
            {posting.likelyDuplicates.map((other) => (
              <li key={other.id}>
                <Link className="usa-link" to={`/postings/${other.id}`}>
                  {other.title} ({other.recordNumber})
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {posting.laborDisputeStatement && (
        <Alert kind="info">
          <h2 className="usa-alert__heading">{t('postings.detail.disputeHeading')}</h2>
          <p className="usa-alert__text">{posting.laborDisputeStatement}</p>
        </Alert>
      )}
    </>
  );
}

/** A job order's record, with what may be done to it. Every change shows its note (JOB-2). */
export function PostingDetailPage() {
  const { postingId = '' } = useParams();
  // Keyed, so that going to a copy (JOB-7) starts its notices afresh.
  return <PostingRecord key={postingId} postingId={postingId} />;
}

function PostingRecord({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const detail = usePostingDetail(postingId);
  const posting = detail.data;
  const [arrival] = useState(() => arrivalFrom(location.state));
  const [notice, setNotice] = useState<string | null>(null);

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <MessagePage
        title={t('postings.detail.notFoundTitle')}
        body={t('postings.detail.notFoundBody')}
      />
    );
  }
  const arrivalText = arrival
    ? arrival.notice === 'duplicated'
      ? t('postings.notices.duplicated', { from: arrival.from ?? '' })
      : t(`postings.notices.${arrival.notice}`)
    : null;
  const onNotice = (text: string) => {
    setNotice(text);
    focusNotice(NOTICE_ID);
  };
  const title = posting
    ? t('postings.detail.heading', { title: posting.title, record: posting.recordNumber })
    : t('postings.detail.title');

  return (
    <>
      <Breadcrumbs current={posting ? posting.title : t('postings.detail.title')} />
      <PageTitle>{title}</PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && !posting && <QueryError error={detail.error} />}
      {posting && (
        <>
          <p className="onestop-person-summary flex-wrap">
            <PostingTags posting={posting} />
          </p>
          <div id={NOTICE_ID} tabIndex={-1}>
            <Notice>{notice ?? arrivalText}</Notice>
          </div>
          {!notice && arrival?.reserveError && (
            <Notice kind="error">
              {t('postings.notices.reserveFailed', { reason: arrival.reserveError })}
            </Notice>
          )}
          <RecordAlerts posting={posting} />
          <PostingSummaryBox posting={posting} />
          <PostingActions posting={posting} onNotice={onNotice} />
          <OccupationPanel posting={posting} onNotice={onNotice} />
          <PostingFacts posting={posting} />
          <PostingCandidatesPanel posting={posting} />
          <PostingReferralsPanel posting={posting} />
          <OwnerPanel posting={posting} onNotice={onNotice} />
          <PostingNotes posting={posting} onNotice={onNotice} />
        </>
      )}
    </>
  );
}
