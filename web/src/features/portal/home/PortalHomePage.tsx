import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../../../components/Notice';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { usePortalHome } from '../resume/resume-api';
import { usePortalSession } from '../session/portal-session-context';
import { HomeCard } from './HomeCard';
import { JobListCard } from './JobListCard';
import { ResumeCard } from './ResumeCard';

interface HomeNotice {
  notice?: 'registered' | 'uploadSaved';
  file?: string;
}

/** SEEK-11: the job seeker's home: the resume, the profile, and their jobs and searches. */
export function PortalHomePage() {
  const { t } = useTranslation();
  const session = usePortalSession();
  const location = useLocation();
  const home = usePortalHome();
  const state = (location.state ?? {}) as HomeNotice;

  return (
    <>
      <PageTitle>{t('portal.home.greeting', { name: session.seeker.firstName })}</PageTitle>
      {state.notice === 'registered' && <Notice>{t('portal.home.registered')}</Notice>}
      {state.notice === 'uploadSaved' && (
        <Notice>{t('portal.home.uploadSaved', { file: state.file ?? '' })}</Notice>
      )}
      <p className="usa-intro">{t('portal.home.intro')}</p>
      {home.isPending && (
        <p role="status" className="usa-prose">
          {t('common.loading')}
        </p>
      )}
      {home.isError && <QueryError error={home.error} />}
      {home.data && (
        <ul className="usa-card-group margin-top-3">
          <ResumeCard home={home.data} />
          <HomeCard
            id="home-profile"
            title={t('portal.home.profile.title')}
            footer={
              <Link className="usa-button" to="/portal/profile" aria-describedby="home-profile">
                {t('portal.home.profile.action')}
              </Link>
            }
          >
            <p>{t('portal.home.profile.body')}</p>
          </HomeCard>
          <JobListCard
            id="home-saved-jobs"
            title={t('portal.home.savedJobs.title')}
            jobs={home.data.savedJobs}
            empty={t('portal.home.savedJobs.empty')}
            action={{ to: '/portal/saved', label: t('portal.home.savedJobs.action') }}
          />
          <JobListCard
            id="home-saved-searches"
            title={t('portal.home.savedSearches.title')}
            jobs={home.data.savedSearches}
            empty={t('portal.home.savedSearches.empty')}
            action={{ to: '/portal/saved', label: t('portal.home.savedSearches.action') }}
          />
          <JobListCard
            id="home-recently-viewed"
            title={t('portal.home.recentlyViewed.title')}
            jobs={home.data.recentlyViewed}
            empty={t('portal.home.recentlyViewed.empty')}
            action={{ to: '/portal/jobs', label: t('portal.home.recentlyViewed.action') }}
          />
        </ul>
      )}
    </>
  );
}
