import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Field messages keyed by the top-level field name (`officeIds.0` → `officeIds`). */
export type FieldErrors = Record<string, string>;

export function fieldErrorsFrom(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.fields) {
    const key = issue.path.split('.')[0] ?? '';
    if (key && !(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

/** The sentence to show for a failed request: the server's own words, which are meant for people. */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return t('errors.network');
    if (error.code === 'UNKNOWN') return t('errors.unexpected');
    return error.message;
  }
  return t('errors.unexpected');
}
