import type { PublicPosting } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { errorText } from '../../components/form-errors';
import { usePortalSessionApi } from '../portal/session/portal-session-context';
import { usePortalPosting, usePublicPosting, useSaveJob } from './jobs-api';
import { PortalApplyPanel } from '../referrals/PortalApplyPanel';
import { PostingDetails } from './PostingDetails';
import { useJobPostingJsonLd } from './useJobPostingJsonLd';

/** Back to the results this posting was opened from, page and sort included. */
function BackLink({ to }: { to: string }) {
  const { t } = useTranslation();
  const from = (useLocation().state as { from?: string } | null)?.from;
  return (
    <p className="margin-top-0">
      <Link className="usa-link" to={`${to}${from ?? ''}`}>
        {from ? t('jobs.posting.back') : t('jobs.posting.backToSearch')}
      </Link>
    </p>
  );
}

function PostingState({
  query,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown };
}) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  if (query.isError) {
    const gone = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <PageTitle>
          {gone ? t('jobs.posting.notFoundTitle') : t('jobs.posting.errorTitle')}
        </PageTitle>
        {gone ? (
          <p className="usa-intro">{t('jobs.posting.notFound')}</p>
        ) : (
          <QueryError error={query.error} />
        )}
      </>
    );
  }
  return null;
}

/** SEEK-11: a posting on the public board; signing in lets the visitor save it. */
export function PublicPostingPage() {
  const { t } = useTranslation();
  const { postingId = '' } = useParams();
  const posting = usePublicPosting(postingId);
  const { status } = usePortalSessionApi();
  useJobPostingJsonLd(posting.data?.jsonLd);
  const portalPath = `/portal/jobs/${postingId}`;

  return (
    <>
      <BackLink to="/jobs" />
      <PostingState query={posting} />
      {posting.data && (
        <>
          <PageTitle>{posting.data.title}</PageTitle>
          <PostingDetails
            posting={posting.data}
            actions={
              <p>
                {status === 'signedIn' ? (
                  <Link className="usa-button usa-button--outline" to={portalPath}>
                    {t('jobs.posting.openInPortal')}
                  </Link>
                ) : (
                  <Link
                    className="usa-button usa-button--outline"
                    to="/portal/login"
                    state={{ from: { pathname: portalPath, search: '', hash: '' } }}
                  >
                    {t('jobs.posting.signInToSave')}
                  </Link>
                )}
              </p>
            }
          />
        </>
      )}
    </>
  );
}

function SaveJobButton({ posting }: { posting: PublicPosting }) {
  const { t } = useTranslation();
  const save = useSaveJob();
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = () =>
    save.mutate(
      { postingId: posting.id, saved: !posting.saved },
      {
        onSuccess: () =>
          setNotice(
            posting.saved ? t('jobs.posting.removedNotice') : t('jobs.posting.savedNotice'),
          ),
      },
    );
  return (
    <div className="margin-bottom-2">
      <Notice>{notice}</Notice>
      {save.isError && <Notice kind="error">{errorText(save.error, t)}</Notice>}
      {posting.saved && <p className="margin-top-0">{t('jobs.posting.saved')}</p>}
      <Button type="button" outline={posting.saved} onClick={toggle} disabled={save.isPending}>
        {posting.saved ? t('jobs.posting.unsave') : t('jobs.posting.save')}
      </Button>
      <Link className="usa-link margin-left-1" to="/portal/saved">
        {t('jobs.saved.title')}
      </Link>
    </div>
  );
}

/** SEEK-11: a posting seen by a signed-in seeker, who can save it; opening it counts as viewed. */
export function PortalPostingPage() {
  const { postingId = '' } = useParams();
  const posting = usePortalPosting(postingId);
  return (
    <>
      <BackLink to="/portal/jobs" />
      <PostingState query={posting} />
      {posting.data && (
        <>
          <PageTitle>{posting.data.title}</PageTitle>
          <PostingDetails
            posting={posting.data}
            actions={<SaveJobButton posting={posting.data} />}
          />
          <PortalApplyPanel postingId={posting.data.id} />
        </>
      )}
    </>
  );
}
