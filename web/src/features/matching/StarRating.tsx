import { useTranslation } from 'react-i18next';

const MAX_STARS = 5;

interface StarRatingProps {
  /** 0 to 5. */
  stars: number;
  className?: string;
}

/**
 * MATCH-1: a rating as five stars, filled or hollow (told apart by shape, not colour alone).
 * Screen readers hear "4 of 5 stars"; the star characters are hidden from them.
 */
export function StarRating({ stars, className }: StarRatingProps) {
  const { t } = useTranslation();
  const filled = Math.max(0, Math.min(MAX_STARS, Math.round(stars)));
  return (
    <span className={['display-inline-block', className].filter(Boolean).join(' ')}>
      <span aria-hidden="true" className="text-accent-warm-dark font-sans-lg line-height-sans-1">
        {'★'.repeat(filled)}
        {'☆'.repeat(MAX_STARS - filled)}
      </span>
      <span className="usa-sr-only">{t('matching.stars.label', { count: filled })}</span>
    </span>
  );
}
