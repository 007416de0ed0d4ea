import type { SavedSearch } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { usePortalSessionApi } from '../portal/session/portal-session-context';
import { useJobFormat } from './job-format';
import { criteriaFromSearch, type JobCriteria } from './job-search-url';
import { usePortalJobSearch, usePublicJobSearch, useStaffJobSearch } from './jobs-api';
import { JobSearchView } from './JobSearchView';
import { SaveSearchDialog } from './SaveSearchDialog';

/** SEEK-11: the public job board; no sign-in needed. */
export function PublicJobSearchPage() {
  const { t } = useTranslation();
  const { status } = usePortalSessionApi();
  return (
    <>
      <PageTitle>{t('jobs.search.title')}</PageTitle>
      <p className="usa-intro">{t('jobs.search.intro')}</p>
      {status === 'signedOut' && (
        <p>
          {t('jobs.search.signInToSave')}{' '}
          <Link
            className="usa-link"
            to="/portal/login"
            state={{ from: { pathname: '/portal/jobs', search: '', hash: '' } }}
          >
            {t('jobs.search.signInLink')}
          </Link>
        </p>
      )}
      <JobSearchView
        id="public-jobs"
        useSearch={usePublicJobSearch}
        postingPath={(id) => `/jobs/${id}`}
      />
    </>
  );
}

function SaveSearch({ criteria }: { criteria: JobCriteria }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<SavedSearch | null>(null);
  return (
    <div className="margin-top-3">
      {saved && (
        <Notice>
          {t('jobs.saveSearch.saved', { name: saved.name })}{' '}
          <Link className="usa-link" to="/portal/saved">
            {t('jobs.saveSearch.viewSaved')}
          </Link>
        </Notice>
      )}
      <Button type="button" outline onClick={() => setOpen(true)}>
        {t('jobs.saveSearch.open')}
      </Button>
      {open && (
        <SaveSearchDialog
          criteria={criteria}
          suggestedName={format.criteria(criteriaFromSearch(criteria))}
          onCancel={() => setOpen(false)}
          onSaved={(search) => {
            setOpen(false);
            setSaved(search);
          }}
        />
      )}
    </div>
  );
}

/** SEEK-11: the seeker's search, which they can save with a daily email of new jobs. */
export function PortalJobSearchPage() {
  const { t } = useTranslation();
  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('jobs.search.title')}</PageTitle>
        <Link className="usa-button usa-button--outline" to="/portal/saved">
          {t('jobs.saved.title')}
        </Link>
      </div>
      <p className="usa-intro">{t('jobs.search.portalIntro')}</p>
      <JobSearchView
        id="portal-jobs"
        useSearch={usePortalJobSearch}
        postingPath={(id) => `/portal/jobs/${id}`}
        actions={(criteria) => (
          <SaveSearch key={JSON.stringify(criteriaFromSearch(criteria))} criteria={criteria} />
        )}
      />
    </>
  );
}

/** SEEK-11 for staff helping a job seeker: every posting on the board, reserved ones marked. */
export function StaffJobSearchPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('jobs.staff.title')}</PageTitle>
      <p className="usa-intro">{t('jobs.staff.intro')}</p>
      <JobSearchView
        id="staff-jobs"
        useSearch={useStaffJobSearch}
        postingPath={(id) => `/postings/${id}`}
        showReserved
      />
    </>
  );
}
