import type { MatchedPosting } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { useJobFormat } from '../jobs/job-format';
import { isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { WhyTheseStars } from './MatchExplanation';
import { ReferButton } from '../referrals/ReferButton';
import { useSeekerMatches } from './matching-api';
import { MinStarsSelect } from './MinStarsSelect';
import { StarRating } from './StarRating';

function PostingItem({ match, seekerId }: { match: MatchedPosting; seekerId: string }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const place = format.place(match);
  const headingId = `seeker-match-${match.postingId}-title`;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading" id={headingId}>
          <Link className="usa-link" to={`/postings/${match.postingId}`}>
            {match.title}
          </Link>{' '}
          <span className="text-normal font-body-xs">({match.recordNumber})</span>
        </h3>
        <p className="margin-y-05">
          <StarRating stars={match.rating.stars} />
        </p>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          <li className="usa-collection__meta-item text-bold">{match.employerName}</li>
          {place && <li className="usa-collection__meta-item">{place}</li>}
          {match.distanceMiles !== null && (
            <li className="usa-collection__meta-item">{format.distance(match.distanceMiles)}</li>
          )}
          <li className="usa-collection__meta-item">{format.pay(match)}</li>
        </ul>
        <WhyTheseStars
          id={`seeker-match-${match.postingId}`}
          rating={match.rating}
          describedBy={headingId}
        />
        <ReferButton seekerId={seekerId} postingId={match.postingId} postingTitle={match.title} />
      </div>
    </li>
  );
}

/**
 * MATCH-1, in a job seeker's record: the postings that fit their resume best, with stars and why.
 * The explanations repeat the resume, so staff from whom the resume tab is withheld see none.
 */
export function SeekerMatchesPanel({ seekerId }: { seekerId: string }) {
  const session = useSession();
  return isTabWithheld(session, 'seekers.resume') ? null : <Matches seekerId={seekerId} />;
}

function Matches({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const [minStars, setMinStars] = useState(0);
  const matches = useSeekerMatches(seekerId, { minStars });
  const data = matches.data;
  return (
    <section
      aria-labelledby="seeker-matches-heading"
      aria-busy={matches.isFetching}
      className="margin-top-4 margin-bottom-4"
    >
      <h2 id="seeker-matches-heading">{t('matching.seekerMatches.heading')}</h2>
      <p>{t('matching.seekerMatches.intro')}</p>
      <div className="grid-row">
        <div className="tablet:grid-col-4">
          <MinStarsSelect id="seeker-matches-min-stars" value={minStars} onChange={setMinStars} />
        </div>
      </div>
      {matches.isPending && <p role="status">{t('matching.seekerMatches.loading')}</p>}
      {matches.isError && !data && <QueryError error={matches.error} />}
      {data && (
        <>
          <p className="text-base-dark" role="status">
            {t('matching.seekerMatches.considered', { count: data.considered })}
          </p>
          {data.items.length === 0 ? (
            <p>{t('matching.seekerMatches.empty')}</p>
          ) : (
            <ul className="usa-collection">
              {data.items.map((match) => (
                <PostingItem key={match.postingId} match={match} seekerId={seekerId} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
