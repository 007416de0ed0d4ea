import type { MatchCandidate, PostingDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../components/QueryError';
import { useJobFormat } from '../jobs/job-format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { WhyTheseStars } from './MatchExplanation';
import { usePostingCandidates } from './matching-api';
import { MinStarsSelect } from './MinStarsSelect';
import { StarRating } from './StarRating';

/** Only a posting seekers can still be sent to has candidates worth showing. */
const MATCHABLE: readonly PostingDetail['status'][] = ['open', 'on_hold'];

function CandidateItem({ candidate }: { candidate: MatchCandidate }) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const place = [candidate.city, candidate.zip].filter(Boolean).join(' ');
  const headingId = `candidate-${candidate.seekerId}-name`;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading" id={headingId}>
          <Link className="usa-link" to={`/seekers/${candidate.seekerId}`}>
            {candidate.name}
          </Link>
          {candidate.veteran && (
            <span className="usa-tag margin-left-1">{t('matching.candidates.veteran')}</span>
          )}
        </h3>
        <p className="margin-y-05">
          <StarRating stars={candidate.rating.stars} />
        </p>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          {place && (
            <li className="usa-collection__meta-item">
              {t('matching.candidates.place', { place })}
            </li>
          )}
          {candidate.distanceMiles !== null && (
            <li className="usa-collection__meta-item">
              {format.distance(candidate.distanceMiles)}
            </li>
          )}
        </ul>
        <WhyTheseStars
          id={`candidate-${candidate.seekerId}`}
          rating={candidate.rating}
          describedBy={headingId}
        />
      </div>
    </li>
  );
}

/**
 * MATCH-1, in a job order's record: the job seekers whose resumes fit it best, with their stars
 * and why. Shown to staff who may view job seekers, while the posting is open or on hold.
 */
export function PostingCandidatesPanel({ posting }: { posting: PostingDetail }) {
  const session = useSession();
  const shown = MATCHABLE.includes(posting.status) && can(session, 'seekers', 'view');
  return shown ? <Candidates postingId={posting.id} /> : null;
}

function Candidates({ postingId }: { postingId: string }) {
  const { t } = useTranslation();
  const [minStars, setMinStars] = useState(0);
  const candidates = usePostingCandidates(postingId, { minStars });
  const data = candidates.data;
  return (
    <section
      aria-labelledby="posting-candidates-heading"
      aria-busy={candidates.isFetching}
      className="margin-bottom-4"
    >
      <h2 id="posting-candidates-heading">{t('matching.candidates.heading')}</h2>
      <p>{t('matching.candidates.intro')}</p>
      <div className="grid-row">
        <div className="tablet:grid-col-4">
          <MinStarsSelect
            id="posting-candidates-min-stars"
            value={minStars}
            onChange={setMinStars}
          />
        </div>
      </div>
      {candidates.isPending && <p role="status">{t('matching.candidates.loading')}</p>}
      {candidates.isError && !data && <QueryError error={candidates.error} />}
      {data && (
        <>
          <p className="text-base-dark" role="status">
            {t('matching.candidates.considered', { count: data.considered })}
            {data.capped && ` ${t('matching.candidates.capped')}`}
          </p>
          {data.items.length === 0 ? (
            <p>{t('matching.candidates.empty')}</p>
          ) : (
            <ul className="usa-collection">
              {data.items.map((candidate) => (
                <CandidateItem key={candidate.seekerId} candidate={candidate} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
