import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLanguage } from './index';

export interface Formatters {
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
  number(value: number): string;
}

export function formattersFor(locale: string): Formatters {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  return {
    date: (value) => date.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
    number: (value) => number.format(value),
  };
}

/** Dates and numbers in the active language; re-renders when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => formattersFor(locale), [locale]);
}
