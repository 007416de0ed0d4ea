import type { MatchedPosting } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useJobFormat } from '../jobs/job-format';
import { WhyTheseStars } from './MatchExplanation';
import { useMyMatches } from './matching-api';
import { MinStarsSelect, parseMinStars } from './MinStarsSelect';
import { StarRating } from './StarRating';
import { VeteranAlertsPanel } from './VeteranAlertsPanel';

function MatchItem({ match }: { match: MatchedPosting }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const place = format.place(match);
  const headingId = `match-${match.postingId}-title`;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading" id={headingId}>
          <Link className="usa-link" to={`/portal/jobs/${match.postingId}`}>
            {match.title}
          </Link>
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
          id={`match-${match.postingId}`}
          rating={match.rating}
          describedBy={headingId}
        />
      </div>
    </li>
  );
}

function NoMatches({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="usa-summary-box margin-top-2">
      <div className="usa-summary-box__body">
        {filtered ? (
          <p className="usa-summary-box__text">{t('matching.myMatches.emptyFiltered')}</p>
        ) : (
          <>
            <h3 className="usa-summary-box__heading">{t('matching.myMatches.emptyTitle')}</h3>
            <p className="usa-summary-box__text">{t('matching.myMatches.emptyBody')}</p>
            <Link className="usa-summary-box__link" to="/portal/resume">
              {t('matching.myMatches.resumeLink')}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}

/** MATCH-1 "My matches": the postings that fit the seeker best, each with its stars and why. */
export function MyMatchesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const minStars = parseMinStars(searchParams.get('minStars'));
  const matches = useMyMatches({ minStars });
  const data = matches.data;

  const chooseMinStars = (stars: number) =>
    setSearchParams(stars > 0 ? { minStars: String(stars) } : {}, { replace: true });

  return (
    <>
      <PageTitle>{t('matching.myMatches.title')}</PageTitle>
      <p className="usa-intro">{t('matching.myMatches.intro')}</p>
      <VeteranAlertsPanel />
      <div className="grid-row">
        <div className="tablet:grid-col-4">
          <MinStarsSelect id="my-matches-min-stars" value={minStars} onChange={chooseMinStars} />
        </div>
      </div>
      {matches.isPending && <p role="status">{t('matching.myMatches.loading')}</p>}
      {matches.isError && !data && <QueryError error={matches.error} />}
      {data && (
        <section
          aria-labelledby="my-matches-heading"
          aria-busy={matches.isFetching}
          className="margin-top-3"
        >
          {/* Polite: a new rating filter's count is read out when its matches come. */}
          <h2 id="my-matches-heading" aria-live="polite" aria-atomic="true">
            {t('matching.myMatches.count', { count: data.items.length })}
          </h2>
          {data.items.length === 0 ? (
            <NoMatches filtered={minStars > 0} />
          ) : (
            <>
              {data.capped && <p className="text-base-dark">{t('matching.myMatches.capped')}</p>}
              <ul className="usa-collection">
                {data.items.map((match) => (
                  <MatchItem key={match.postingId} match={match} />
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
