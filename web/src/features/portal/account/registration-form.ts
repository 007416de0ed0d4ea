import type { SelfRegistrationRequest } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../components/form-errors';
import { ageOn, isoBirthDate } from '../../seekers/registration-form';
import { digitsOf, isIssuableSsn, ssnDigits } from '../../seekers/seeker-format';
import type { DateParts } from '../../seekers/SeekerFields';
import { EMAIL_PATTERN } from '../../session/sign-in-errors';

export interface SelfRegistrationValues {
  firstName: string;
  lastName: string;
  birthDate: DateParts;
  email: string;
  password: string;
  ssn: string;
  phone: string;
  zip: string;
}

export const EMPTY_SELF_REGISTRATION: SelfRegistrationValues = {
  firstName: '',
  lastName: '',
  birthDate: { month: '', day: '', year: '' },
  email: '',
  password: '',
  ssn: '',
  phone: '',
  zip: '',
};

/** Matches the server's rule in contracts/src/portal.ts. */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;
const ZIP = /^\d{5}(-\d{4})?$/;

/**
 * SEEK-1: the checks worth making before a round trip, in the reader's language, in the order of
 * the form (the error summary lists them in this order).
 */
export function checkSelfRegistration(
  values: SelfRegistrationValues,
  t: TFunction,
  today = new Date(),
): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.firstName.trim()) errors.firstName = t('portal.register.errors.firstName');
  if (!values.lastName.trim()) errors.lastName = t('portal.register.errors.lastName');
  const birthDate = isoBirthDate(values.birthDate);
  if (!birthDate) errors.birthDate = t('portal.register.errors.birthDate');
  else {
    const age = ageOn(birthDate, today);
    if (age < 14 || age > 110) errors.birthDate = t('portal.register.errors.birthDateAge');
  }
  if (values.ssn.trim()) {
    const digits = ssnDigits(values.ssn);
    if (!digits) errors.ssn = t('portal.register.errors.ssn');
    else if (!isIssuableSsn(digits)) errors.ssn = t('portal.register.errors.ssnNotIssued');
  }
  if (!values.email.trim()) errors.email = t('portal.errors.emailMissing');
  else if (!EMAIL_PATTERN.test(values.email.trim())) errors.email = t('portal.errors.emailInvalid');
  if (values.password.length < MIN_PASSWORD_LENGTH)
    errors.password = t('portal.register.errors.passwordShort', { min: MIN_PASSWORD_LENGTH });
  else if (values.password.length > MAX_PASSWORD_LENGTH)
    errors.password = t('portal.register.errors.passwordLong', { max: MAX_PASSWORD_LENGTH });
  if (values.phone.trim() && digitsOf(values.phone).length !== 10)
    errors.phone = t('portal.register.errors.phone');
  if (values.zip.trim() && !ZIP.test(values.zip.trim()))
    errors.zip = t('portal.register.errors.zip');
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** Empty optional fields are left out: the server assigns a pseudo-SSN when there is no SSN. */
export function toSelfRegistration(values: SelfRegistrationValues): SelfRegistrationRequest {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    birthDate: isoBirthDate(values.birthDate) ?? '',
    email: values.email.trim(),
    password: values.password,
    ssn: optional(values.ssn),
    phone: optional(values.phone),
    zip: optional(values.zip),
  };
}
