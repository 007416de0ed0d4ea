import type { SeekerSummary } from '@onestop/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALES } from '../../i18n';

/** The record number as staff say it and as the server writes it in messages: "S-100123". */
export function formatRecordNumber(recordNumber: number): string {
  return `S-${recordNumber}`;
}

/** "S-100123", "s100123" or "100123" → 100123; null when it is not a record number. */
export function parseRecordNumber(text: string): number | null {
  const match = /^\s*(?:s\s*-?\s*)?(\d{1,9})\s*$/i.exec(text);
  if (!match?.[1]) return null;
  const value = Number(match[1]);
  return value > 0 ? value : null;
}

export function seekerName(
  person: Pick<SeekerSummary, 'firstName' | 'middleInitial' | 'lastName'>,
): string {
  const middle = person.middleInitial ? ` ${person.middleInitial}.` : '';
  return `${person.firstName}${middle} ${person.lastName}`;
}

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** The nine digits of an SSN typed with or without dashes or spaces (the server's rule), or null. */
export function ssnDigits(text: string): string | null {
  const digits = text.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** Numbers the Social Security Administration never issues (SEEK-5 pseudo-SSNs start with 9). */
export function isIssuableSsn(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  return digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/**
 * A calendar date (YYYY-MM-DD) in the reader's language. Read as UTC and shown in UTC, so a birth
 * date is never shifted to the day before in American time zones.
 */
export function useCalendarDate(): (value: string) => string {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    return (value: string) => format.format(new Date(`${value}T00:00:00Z`));
  }, [locale]);
}

/** USPS codes: the states, the District of Columbia and the territories. Names are proper names. */
export const US_STATES: [code: string, name: string][] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AS', 'American Samoa'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['GU', 'Guam'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['MP', 'Northern Mariana Islands'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VI', 'U.S. Virgin Islands'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];
