import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields';

export const STAR_CHOICES = [0, 1, 2, 3, 4, 5] as const;

/** A min-stars value from an address or a select: a whole 0..5, else 0 (all ratings). */
export function parseMinStars(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= 5 ? n : 0;
}

interface MinStarsSelectProps {
  id: string;
  value: number;
  onChange(minStars: number): void;
}

/** MATCH-1: show only ratings of at least so many stars. */
export function MinStarsSelect({ id, value, onChange }: MinStarsSelectProps) {
  const { t } = useTranslation();
  const label = (stars: number) =>
    stars === 0
      ? t('matching.minStars.any')
      : stars === 5
        ? t('matching.minStars.five')
        : t('matching.minStars.atLeast', { count: stars });
  return (
    <SelectField
      id={id}
      label={t('matching.minStars.label')}
      value={String(value)}
      onChange={(chosen) => onChange(parseMinStars(chosen))}
      options={STAR_CHOICES.map((stars) => ({ value: String(stars), label: label(stars) }))}
    />
  );
}
