import type { MatchRating, ReferralStatus, ReferralSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';

/** Each status has its word; the colour only repeats it. */
const TAG_CLASS: Record<ReferralStatus, string> = {
  requested: 'bg-accent-cool-darker',
  held: 'bg-accent-warm-darker',
  referred: 'bg-success-darker',
  denied: 'bg-secondary-darker',
  withdrawn: 'bg-base-dark',
};

export function ReferralStatusTag({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <span className={`usa-tag ${TAG_CLASS[status]}`}>{t(`referrals.status.${status}`)}</span>;
}

/**
 * MATCH-1: the rating a referral was made on, in the shape the explanation takes. The server keeps
 * the stars and findings, not the score, and the explanation shows only those.
 */
export function ratingOf(referral: Pick<ReferralSummary, 'stars' | 'findings'>): MatchRating {
  return { stars: referral.stars, score: referral.stars / 5, findings: referral.findings };
}
