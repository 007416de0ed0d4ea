import type { PortalHome } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n/format';
import { HomeCard } from './HomeCard';

type JobList = PortalHome['savedJobs'] | PortalHome['recentlyViewed'];

interface JobListCardProps {
  id: string;
  title: string;
  jobs: JobList | PortalHome['savedSearches'];
  empty: string;
}

/**
 * SEEK-11: saved jobs, saved searches and recently viewed jobs. Job postings come with a later
 * issue; until then the lists are empty and the card says what will appear there.
 */
export function JobListCard({ id, title, jobs, empty }: JobListCardProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  return (
    <HomeCard id={id} title={title}>
      {jobs.length === 0 ? (
        <>
          <p>{empty}</p>
          <p className="usa-hint">{t('portal.home.jobSearchSoon')}</p>
        </>
      ) : (
        <ul className="usa-list">
          {jobs.map((item) =>
            'postingId' in item ? (
              <li key={`${item.postingId}-${item.at}`}>
                <strong>{item.title}</strong>, {item.employer} ({date(item.at)})
              </li>
            ) : (
              <li key={item.id}>
                <strong>{item.name}</strong> ({date(item.createdAt)})
              </li>
            ),
          )}
        </ul>
      )}
    </HomeCard>
  );
}
