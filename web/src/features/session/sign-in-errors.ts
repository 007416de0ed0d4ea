import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { errorText, type FieldErrors } from '../../components/form-errors';

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Who is signing in decides the wording: staff read `signIn.errors.*`; the public reads
 * `portal.errors.*`, which points them to a career center rather than to an administrator.
 */
export type SignInAudience = 'staff' | 'seeker';

const ERROR_KEYS = {
  staff: 'signIn.errors',
  seeker: 'portal.errors',
} as const satisfies Record<SignInAudience, string>;

/** The checks worth making before asking the server; the server checks everything again. */
export function checkCredentials(
  values: { email: string; password: string },
  t: TFunction,
  audience: SignInAudience = 'staff',
): FieldErrors {
  const keys = ERROR_KEYS[audience];
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = t(`${keys}.emailMissing`);
  else if (!EMAIL_PATTERN.test(values.email.trim())) errors.email = t(`${keys}.emailInvalid`);
  if (!values.password) errors.password = t(`${keys}.passwordMissing`);
  return errors;
}

/**
 * The server writes its messages in English. For Spanish readers the sign-in refusals, the
 * messages anyone can meet, are translated by code; the lock-out time is carried over.
 */
export function signInErrorText(
  error: unknown,
  t: TFunction,
  language: string,
  audience: SignInAudience = 'staff',
): string {
  if (language === 'en' || !(error instanceof ApiError)) return errorText(error, t);
  const keys = ERROR_KEYS[audience];
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return t(`${keys}.invalidCredentials`);
    case 'ACCOUNT_INACTIVE':
      return audience === 'staff' ? t('signIn.errors.inactive') : errorText(error, t);
    case 'ACCOUNT_LOCKED': {
      const time = /(\d{1,2}:\d{2}) UTC/.exec(error.message)?.[1];
      return time ? t(`${keys}.lockedUntil`, { time }) : t(`${keys}.locked`);
    }
    default:
      return errorText(error, t);
  }
}
