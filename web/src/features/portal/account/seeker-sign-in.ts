import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import { errorText, type FieldErrors } from '../../../components/form-errors';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checks worth making before asking the server, worded for the public (not staff). */
export function checkSeekerCredentials(
  values: { email: string; password: string },
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = t('portal.errors.emailMissing');
  else if (!EMAIL_PATTERN.test(values.email.trim())) errors.email = t('portal.errors.emailInvalid');
  if (!values.password) errors.password = t('portal.errors.passwordMissing');
  return errors;
}

/**
 * The server writes its messages in English. For Spanish readers the sign-in refusals, which any
 * visitor can meet, are translated by code; the lock-out time is carried over.
 */
export function seekerSignInErrorText(error: unknown, t: TFunction, language: string): string {
  if (language === 'en' || !(error instanceof ApiError)) return errorText(error, t);
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('portal.errors.invalidCredentials');
    case 'ACCOUNT_LOCKED': {
      const time = /(\d{1,2}:\d{2}) UTC/.exec(error.message)?.[1];
      return time ? t('portal.errors.lockedUntil', { time }) : t('portal.errors.locked');
    }
    default:
      return errorText(error, t);
  }
}
