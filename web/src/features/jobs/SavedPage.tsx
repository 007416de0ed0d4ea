import type { SavedJob } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { errorText } from '../../components/form-errors';
import { useJobFormat } from './job-format';
import { useSaveJob, useSavedJobs, useSavedSearches } from './jobs-api';
import { SavedSearchItem } from './SavedSearchItem';

function SavedJobItem({ job, onDone }: { job: SavedJob; onDone(message: string): void }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const unsave = useSaveJob();
  const place = format.place(job);
  const nameId = `saved-job-${job.postingId}`;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading" id={nameId}>
          {job.onBoard ? (
            <Link className="usa-link" to={`/portal/jobs/${job.postingId}`}>
              {job.title}
            </Link>
          ) : (
            job.title
          )}
        </h3>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          <li className="usa-collection__meta-item">{job.employerName}</li>
          {place && <li className="usa-collection__meta-item">{place}</li>}
          <li className="usa-collection__meta-item">
            {t('jobs.saved.savedOn', { date: format.day(job.savedAt) })}
          </li>
          {!job.onBoard && (
            <li className="usa-collection__meta-item">
              <span className="usa-tag bg-base-dark">{t('jobs.saved.noLongerPosted')}</span>
            </li>
          )}
        </ul>
        {!job.onBoard && (
          <p className="usa-collection__description">{t('jobs.saved.noLongerPostedHint')}</p>
        )}
        {unsave.isError && <p className="usa-error-message">{errorText(unsave.error, t)}</p>}
        <Button
          type="button"
          outline
          className="margin-top-1"
          aria-describedby={nameId}
          disabled={unsave.isPending}
          onClick={() =>
            unsave.mutate(
              { postingId: job.postingId, saved: false },
              { onSuccess: () => onDone(t('jobs.saved.removed', { title: job.title })) },
            )
          }
        >
          {t('jobs.saved.remove')}
        </Button>
      </div>
    </li>
  );
}

/** SEEK-11: the jobs and searches the seeker saved, and what they can do with them. */
export function SavedPage() {
  const { t } = useTranslation();
  const jobs = useSavedJobs();
  const searches = useSavedSearches();
  const [notice, setNotice] = useState<string | null>(null);
  // The button pressed went with its item: focus goes to the list's heading, not to the page top.
  const done = (headingId: string) => (message: string) => {
    setNotice(message);
    requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  };

  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('jobs.saved.title')}</PageTitle>
        <Link className="usa-button" to="/portal/jobs">
          {t('jobs.saved.findJobs')}
        </Link>
      </div>
      <Notice>{notice}</Notice>

      <section aria-labelledby="saved-jobs-heading" className="margin-top-3">
        <h2 id="saved-jobs-heading" tabIndex={-1}>
          {t('jobs.saved.jobsHeading')}
        </h2>
        {jobs.isPending && <p role="status">{t('common.loading')}</p>}
        {jobs.isError && <QueryError error={jobs.error} />}
        {jobs.data?.items.length === 0 && <p>{t('jobs.saved.noJobs')}</p>}
        {jobs.data && jobs.data.items.length > 0 && (
          <ul className="usa-collection" aria-labelledby="saved-jobs-heading">
            {jobs.data.items.map((job) => (
              <SavedJobItem key={job.postingId} job={job} onDone={done('saved-jobs-heading')} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="saved-searches-heading" className="margin-top-5">
        <h2 id="saved-searches-heading" tabIndex={-1}>
          {t('jobs.saved.searchesHeading')}
        </h2>
        <p className="usa-hint">{t('jobs.saved.searchesHint')}</p>
        {searches.isPending && <p role="status">{t('common.loading')}</p>}
        {searches.isError && <QueryError error={searches.error} />}
        {searches.data?.items.length === 0 && <p>{t('jobs.saved.noSearches')}</p>}
        {searches.data && searches.data.items.length > 0 && (
          <ul className="usa-collection" aria-labelledby="saved-searches-heading">
            {searches.data.items.map((search) => (
              <SavedSearchItem
                key={search.id}
                search={search}
                onDone={setNotice}
                onDeleted={done('saved-searches-heading')}
              />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
