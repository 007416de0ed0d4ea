import type { ReferralSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../i18n/format';
import { WhyTheseStars } from '../matching/MatchExplanation';
import { StarRating } from '../matching/StarRating';
import { ratingOf, ReferralStatusTag } from './ReferralStatusTag';
import { useMyReferrals } from './referrals-api';

function ReferralItem({ referral }: { referral: ReferralSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const headingId = `my-referral-${referral.id}-title`;
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h2 className="usa-collection__heading" id={headingId}>
          <Link className="usa-link" to={`/portal/jobs/${referral.posting.id}`}>
            {referral.posting.title}
          </Link>
        </h2>
        <p className="margin-y-05">
          <ReferralStatusTag status={referral.status} /> <StarRating stars={referral.stars} />
        </p>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          <li className="usa-collection__meta-item text-bold">{referral.posting.employerName}</li>
          <li className="usa-collection__meta-item">{t(`referrals.kind.${referral.kind}`)}</li>
          <li className="usa-collection__meta-item">
            {t('referrals.mine.requestedOn', { date: format.date(referral.requestedAt) })}
          </li>
        </ul>
        {referral.status === 'held' && referral.releaseAt && (
          <p className="margin-y-05">
            {t('referrals.common.heldUntil', { date: format.date(referral.releaseAt) })}
          </p>
        )}
        {referral.status === 'denied' && referral.denialReason && (
          <p className="margin-y-05">
            {t('referrals.common.deniedBecause', { reason: referral.denialReason })}
          </p>
        )}
        {referral.result && (
          <p className="margin-y-05">
            <span className="text-bold">{t('referrals.common.result')}:</span>{' '}
            {t(`referrals.result.${referral.result}`)}
          </p>
        )}
        <WhyTheseStars
          id={`my-referral-${referral.id}`}
          rating={ratingOf(referral)}
          describedBy={headingId}
        />
      </div>
    </li>
  );
}

/** REF-3, REF-4: the seeker's referrals, what staff answered (a denial with its reason) and results. */
export function MyReferralsPage() {
  const { t } = useTranslation();
  const referrals = useMyReferrals();
  const items = referrals.data?.items;
  return (
    <>
      <PageTitle>{t('referrals.mine.title')}</PageTitle>
      <p className="usa-intro">{t('referrals.mine.intro')}</p>
      {referrals.isPending && <p role="status">{t('referrals.mine.loading')}</p>}
      {referrals.isError && <QueryError error={referrals.error} />}
      {items?.length === 0 && (
        <>
          <p>{t('referrals.mine.empty')}</p>
          <p>
            <Link className="usa-link" to="/portal/matches">
              {t('referrals.mine.matchesLink')}
            </Link>
          </p>
        </>
      )}
      {items && items.length > 0 && (
        <ul className="usa-collection">
          {items.map((referral) => (
            <ReferralItem key={referral.id} referral={referral} />
          ))}
        </ul>
      )}
    </>
  );
}
