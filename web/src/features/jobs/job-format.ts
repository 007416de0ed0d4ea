import type { JobSearchCriteriaInput, PayUnit } from '@onestop/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALES } from '../../i18n';
import { isOccupationGroup } from './occupation-groups';

interface Pay {
  payMin: number | null;
  payMax: number | null;
  payUnit: PayUnit | null;
}

interface Place {
  city: string | null;
  state: string | null;
  zip?: string | null;
}

/** Pay, places, dates and distances of postings, worded for job seekers in the active language. */
export function useJobFormat() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => {
    const dollars = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    });
    const cents = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    // $18, but $18.50 rather than $18.5.
    const money = { format: (v: number) => (Number.isInteger(v) ? dollars : cents).format(v) };
    const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const localDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const miles = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });

    const pay = ({ payMin, payMax, payUnit }: Pay): string => {
      if (payMin === null && payMax === null) return t('jobs.pay.none');
      const unit = payUnit ? t(`jobs.pay.units.${payUnit}`) : '';
      const min = payMin === null ? '' : money.format(payMin);
      const max = payMax === null ? '' : money.format(payMax);
      let text: string;
      if (payMin !== null && payMax !== null && payMin !== payMax)
        text = t('jobs.pay.range', { min, max });
      else if (payMin !== null && payMax !== null) text = min;
      else if (payMin !== null) text = t('jobs.pay.from', { min });
      else text = t('jobs.pay.upTo', { max });
      return unit ? `${text} ${unit}` : text;
    };

    const place = ({ city, state, zip }: Place): string =>
      [[city, state].filter(Boolean).join(', '), zip ?? ''].filter(Boolean).join(' ');

    /** A calendar date (`2026-12-01`) is the same day everywhere; a time is shown where it is. */
    const day = (value: string) =>
      /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? shortDate.format(new Date(`${value}T00:00:00Z`))
        : localDate.format(new Date(value));

    const distance = (value: number) => t('jobs.results.distance', { miles: miles.format(value) });

    const occupationGroup = (code: string) =>
      isOccupationGroup(code) ? t(`jobs.occupationGroups.${code}`) : code;

    /** A saved search in a few words: what it looks for, and where. */
    const criteria = (c: JobSearchCriteriaInput): string => {
      const parts: string[] = [];
      if (c.q) parts.push(t('jobs.criteria.q', { q: c.q }));
      if (c.zip)
        parts.push(t('jobs.criteria.near', { radius: String(c.radiusMiles ?? 25), zip: c.zip }));
      if (c.occupation) parts.push(occupationGroup(c.occupation));
      if (c.payAtLeast !== undefined && c.payAtLeast !== null && c.payAtLeast !== '')
        parts.push(t('jobs.criteria.payAtLeast', { pay: money.format(Number(c.payAtLeast)) }));
      if (c.shift) parts.push(t(`jobs.shifts.${c.shift}`));
      if (c.employmentType) parts.push(t(`jobs.employmentTypes.${c.employmentType}`));
      if (c.postedWithinDays)
        parts.push(t('jobs.postedWithin', { count: Number(c.postedWithinDays) }));
      return parts.length > 0 ? parts.join('; ') : t('jobs.criteria.all');
    };

    return {
      pay,
      place,
      day,
      dateTime: (value: string) => dateTime.format(new Date(value)),
      distance,
      occupationGroup,
      criteria,
    };
  }, [locale, t]);
}
