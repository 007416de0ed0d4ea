import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { TextAreaField } from '../../components/fields';
import { errorText } from '../../components/form-errors';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { useFormatters } from '../../i18n/format';
import { focusNotice } from '../employers/ApprovalActions';
import { useSession } from '../session/session-context';
import { Breadcrumbs } from './Breadcrumbs';
import { mayReviewPostings } from './posting-access';
import {
  POSTING_PAGE_SIZE,
  useDecidePosting,
  usePostingApprovals,
  type ApprovalItem,
} from './postings-api';

const NOTICE_ID = 'posting-approvals-notice';

/**
 * JOB-1: postings employers entered themselves wait here for trained staff, with what the reviewer
 * must look at (EEO/ADA wording, JOB-13; labor disputes, JOB-11). Approving opens the posting and
 * makes the approver its owner (JOB-2); refusing says why, and the employer is told.
 */
export function PostingApprovalsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = mayReviewPostings(session);
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const queue = usePostingApprovals(page, allowed);

  if (!allowed) {
    return <MessagePage title={t('forbidden.title')} body={t('postings.approvals.forbidden')} />;
  }
  const data = queue.data;
  const done = (text: string) => {
    setNotice(text);
    focusNotice(NOTICE_ID);
  };
  return (
    <>
      <Breadcrumbs current={t('postings.approvals.title')} />
      <PageTitle>{t('postings.approvals.title')}</PageTitle>
      <p className="usa-intro">{t('postings.approvals.intro')}</p>
      <div id={NOTICE_ID} tabIndex={-1}>
        <Notice>{notice}</Notice>
      </div>
      <ResultsSummary
        page={page}
        pageSize={POSTING_PAGE_SIZE}
        total={data?.total ?? 0}
        loading={queue.isPending}
      />
      {queue.isError && <QueryError error={queue.error} />}
      {data && data.items.length === 0 && <p>{t('postings.approvals.empty')}</p>}
      {data && data.items.length > 0 && (
        <ul className="usa-card-group">
          {data.items.map((item) => (
            <ApprovalCard key={item.id} item={item} onDone={done} />
          ))}
        </ul>
      )}
      {data && (
        <Pagination
          page={page}
          pageSize={POSTING_PAGE_SIZE}
          total={data.total}
          onChange={setPage}
        />
      )}
    </>
  );
}

function ApprovalCard({ item, onDone }: { item: ApprovalItem; onDone(text: string): void }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const decide = useDecidePosting();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const named = { title: item.title, record: item.recordNumber };
  const headingId = `posting-approval-${item.id}`;

  const approve = () => {
    setError(null);
    decide.mutate(
      { id: item.id, action: 'approve' },
      {
        onSuccess: () => onDone(t('postings.approvals.approved', named)),
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };
  const refuse = () => {
    if (!reason.trim()) {
      setReasonError(t('postings.errors.refuseReason'));
      return;
    }
    decide.mutate(
      { id: item.id, action: 'refuse', reason: reason.trim() },
      {
        onSuccess: () => {
          setRefusing(false);
          onDone(t('postings.approvals.refused', named));
        },
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <li className="usa-card tablet:grid-col-12">
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={headingId}>
            <Link className="usa-link" to={`/postings/${item.id}`}>
              {item.title}
            </Link>{' '}
            <span className="text-normal">({item.recordNumber})</span>
          </h2>
        </div>
        <div className="usa-card__body">
          <p>
            {t('postings.approvals.from', {
              employer: item.employer.name,
              date: format.dateTime(item.createdAt),
              openings: item.openings,
            })}
          </p>
          {item.findings.length === 0 ? (
            <p>{t('postings.approvals.noFindings')}</p>
          ) : (
            <div className="usa-alert usa-alert--warning usa-alert--slim">
              <div className="usa-alert__body">
                <p className="usa-alert__text text-bold">{t('postings.approvals.findings')}</p>
                <ul className="usa-list">
                  {item.findings.map((finding) => (
                    <li key={`${finding.rule}-${finding.message}`}>
                      <span className="text-bold">{finding.rule}:</span> {finding.message}
                    </li>
                  ))}
                </ul>
              </div>
            </div>
          )}
          {error && !refusing && (
            <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{error}</p>
              </div>
            </div>
          )}
        </div>
        <div className="usa-card__footer">
          <Button
            type="button"
            onClick={approve}
            disabled={decide.isPending}
            aria-label={t('postings.approvals.approveNamed', named)}
          >
            {t('postings.approvals.approve')}
          </Button>
          <Button
            type="button"
            secondary
            onClick={() => setRefusing(true)}
            aria-label={t('postings.approvals.refuseNamed', named)}
          >
            {t('postings.approvals.refuse')}
          </Button>
        </div>
      </div>
      {refusing && (
        <ConfirmModal
          id="refuse-posting"
          title={t('postings.approvals.refuseTitle', named)}
          description={<p>{t('postings.approvals.refuseBody')}</p>}
          confirmLabel={t('postings.approvals.refuse')}
          danger
          busy={decide.isPending}
          error={error}
          onConfirm={refuse}
          onCancel={() => setRefusing(false)}
        >
          <TextAreaField
            id="posting-refuse-reason"
            label={t('postings.actions.reason')}
            value={reason}
            onChange={setReason}
            error={reasonError}
            maxLength={1000}
            rows={3}
            required
          />
        </ConfirmModal>
      )}
    </li>
  );
}
