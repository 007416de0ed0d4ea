import type { PortalHome } from '@onestop/contracts';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../../i18n/format';
import { HomeCard } from './HomeCard';

type JobList = PortalHome['savedJobs'] | PortalHome['recentlyViewed'];

interface JobListCardProps {
  id: string;
  title: string;
  jobs: JobList | PortalHome['savedSearches'];
  empty: string;
  /** The card's page: the saved jobs and searches, or the job search. */
  action: { to: string; label: string };
}

/** SEEK-11: saved jobs, saved searches and recently viewed jobs, each linking to its page. */
export function JobListCard({ id, title, jobs, empty, action }: JobListCardProps) {
  const { date } = useFormatters();
  return (
    <HomeCard
      id={id}
      title={title}
      footer={
        <Link className="usa-button usa-button--outline" to={action.to} aria-describedby={id}>
          {action.label}
        </Link>
      }
    >
      {jobs.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="usa-list">
          {jobs.map((item) =>
            'postingId' in item ? (
              <li key={`${item.postingId}-${item.at}`}>
                <Link className="usa-link text-bold" to={`/portal/jobs/${item.postingId}`}>
                  {item.title}
                </Link>
                , {item.employer} ({date(item.at)})
              </li>
            ) : (
              <li key={item.id}>
                <Link className="usa-link text-bold" to="/portal/saved">
                  {item.name}
                </Link>{' '}
                ({date(item.createdAt)})
              </li>
            ),
          )}
        </ul>
      )}
    </HomeCard>
  );
}
