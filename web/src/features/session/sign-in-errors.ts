import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText, type FieldErrors } from '../../components/form-errors';

/** The checks worth making before asking the server; the server checks everything again. */
export function checkCredentials(
  values: { email: string; password: string },
  t: TFunction,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = t('signIn.errors.emailMissing');
  else if (!/^\S+@\S+\.\S+$/.test(values.email.trim()))
    errors.email = t('signIn.errors.emailInvalid');
  if (!values.password) errors.password = t('signIn.errors.passwordMissing');
  return errors;
}

/**
 * The server writes its messages in English. For Spanish readers the sign-in refusals, the
 * messages every user can meet, are translated by code; the lock-out time is carried over.
 */
export function signInErrorText(error: unknown, t: TFunction, language: string): string {
  if (language === 'en' || !(error instanceof ApiError)) return errorText(error, t);
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t('signIn.errors.invalidCredentials');
    case 'ACCOUNT_INACTIVE':
      return t('signIn.errors.inactive');
    case 'ACCOUNT_LOCKED': {
      const time = /(\d{1,2}:\d{2}) UTC/.exec(error.message)?.[1];
      return time ? t('signIn.errors.lockedUntil', { time }) : t('signIn.errors.locked');
    }
    default:
      return errorText(error, t);
  }
}
