import type { EmployerRegistrationRequest } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../../components/form-errors';
import {
  checkEmployer,
  EMPTY_EMPLOYER,
  toCreate,
  type EmployerValues,
} from '../../employers/employer-form';
import { digitsOf } from '../../seekers/seeker-format';
import { MIN_PASSWORD_LENGTH } from '../../portal/account/registration-form';
import { EMAIL_PATTERN } from '../../session/sign-in-errors';

export interface ContactValues {
  firstName: string;
  lastName: string;
  title: string;
  phone: string;
  email: string;
  password: string;
}

export interface EmployerRegistrationValues {
  employer: EmployerValues;
  contact: ContactValues;
}

export const EMPTY_EMPLOYER_REGISTRATION: EmployerRegistrationValues = {
  employer: EMPTY_EMPLOYER,
  contact: { firstName: '', lastName: '', title: '', phone: '', email: '', password: '' },
};

/**
 * EMP-1, EMP-5: the checks worth making before a round trip, in the reader's language. Contact
 * fields are named as the server names them (`contact.email`), so its answers land on them too.
 */
export function checkEmployerRegistration(
  values: EmployerRegistrationValues,
  t: TFunction,
): FieldErrors {
  const errors = checkEmployer(values.employer, t);
  const c = values.contact;
  if (!c.firstName.trim())
    errors['contact.firstName'] = t('employerPortal.register.errors.firstName');
  if (!c.lastName.trim()) errors['contact.lastName'] = t('employerPortal.register.errors.lastName');
  if (c.phone.trim() && digitsOf(c.phone).length !== 10)
    errors['contact.phone'] = t('employers.errors.phone');
  if (!c.email.trim()) errors['contact.email'] = t('portal.errors.emailMissing');
  else if (!EMAIL_PATTERN.test(c.email.trim()))
    errors['contact.email'] = t('portal.errors.emailInvalid');
  if (c.password.length < MIN_PASSWORD_LENGTH)
    errors.password = t('portal.register.errors.passwordShort', { min: MIN_PASSWORD_LENGTH });
  return errors;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

export function toEmployerRegistration(
  values: EmployerRegistrationValues,
): EmployerRegistrationRequest {
  const { confirmedNotDuplicate: _unused, ...employer } = toCreate(values.employer, false);
  const c = values.contact;
  return {
    ...employer,
    contact: {
      firstName: c.firstName.trim(),
      lastName: c.lastName.trim(),
      title: optional(c.title),
      phone: optional(c.phone),
      email: c.email.trim(),
    },
    password: c.password,
  };
}
