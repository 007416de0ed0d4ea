import type { DuplicateCheckRequest, StaffRegistrationRequest } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';
import { digitsOf, isIssuableSsn, ssnDigits } from './seeker-format';
import type { DateParts } from './SeekerFields';

export interface RegistrationValues {
  firstName: string;
  middleInitial: string;
  lastName: string;
  birthDate: DateParts;
  ssn: string;
  email: string;
  phone: string;
  address1: string;
  address2: string;
  city: string;
  state: string;
  zip: string;
  county: string;
}

export const EMPTY_REGISTRATION: RegistrationValues = {
  firstName: '',
  middleInitial: '',
  lastName: '',
  birthDate: { month: '', day: '', year: '' },
  ssn: '',
  email: '',
  phone: '',
  address1: '',
  address2: '',
  city: '',
  state: '',
  zip: '',
  county: '',
};

/** The fields a duplicate check looks at: changing one makes an earlier check out of date. */
export const IDENTITY_FIELDS = ['firstName', 'lastName', 'birthDate', 'ssn'] as const;

/** YYYY-MM-DD when the three parts make a date that exists, else null. */
export function isoBirthDate({ month, day, year }: DateParts): string | null {
  if (!/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day.trim()) || !/^\d{4}$/.test(year.trim()))
    return null;
  const iso = `${year.trim()}-${month.padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** Whole years between a birth date and today. */
export function ageOn(birthDate: string, today: Date): number {
  const [year = 0, month = 0, day = 0] = birthDate.split('-').map(Number);
  const hadBirthday =
    today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (hadBirthday ? 0 : 1);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ZIP = /^\d{5}(-\d{4})?$/;

/** The checks worth making before a round trip, in the reader's language; the server checks all. */
export function checkRegistration(
  values: RegistrationValues,
  t: TFunction,
  today = new Date(),
): FieldErrors {
  const errors: FieldErrors = {};
  const e = (key: string, text: string) => {
    errors[key] = text;
  };
  if (!values.firstName.trim()) e('firstName', t('seekers.errors.firstName'));
  if (values.middleInitial.trim() && !/^\p{L}$/u.test(values.middleInitial.trim()))
    e('middleInitial', t('seekers.errors.middleInitial'));
  if (!values.lastName.trim()) e('lastName', t('seekers.errors.lastName'));
  const birthDate = isoBirthDate(values.birthDate);
  if (!birthDate) e('birthDate', t('seekers.errors.birthDate'));
  else {
    const age = ageOn(birthDate, today);
    if (age < 14 || age > 110) e('birthDate', t('seekers.errors.birthDateAge'));
  }
  if (values.ssn.trim()) {
    const digits = ssnDigits(values.ssn);
    if (!digits) e('ssn', t('seekers.errors.ssn'));
    else if (!isIssuableSsn(digits)) e('ssn', t('seekers.errors.ssnNotIssued'));
  }
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    e('email', t('seekers.errors.email'));
  if (values.phone.trim() && digitsOf(values.phone).length !== 10)
    e('phone', t('seekers.errors.phone'));
  if (values.zip.trim() && !ZIP.test(values.zip.trim())) e('zip', t('seekers.errors.zip'));
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toDuplicateCheck(values: RegistrationValues): DuplicateCheckRequest {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: isoBirthDate(values.birthDate) ?? '',
    ssn: optional(values.ssn),
  };
}

/** Empty fields are left out: the server stores a pseudo-SSN or placeholder email for them. */
export function toRegistration(
  values: RegistrationValues,
  confirmedNotDuplicate: boolean,
): StaffRegistrationRequest {
  return {
    ...toDuplicateCheck(values),
    middleInitial: optional(values.middleInitial),
    email: optional(values.email),
    phone: optional(values.phone),
    address1: optional(values.address1),
    address2: optional(values.address2),
    city: optional(values.city),
    state: optional(values.state),
    zip: optional(values.zip),
    county: optional(values.county),
    confirmedNotDuplicate,
  };
}
