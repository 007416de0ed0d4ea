import type { ErrorCode, FieldIssue } from '@onestop/contracts';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCOUNT_INACTIVE: 403,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  // Not a bug: the process is up but still migrating; load balancers retry.
  STARTING: 503,
};

/** An error a person can act on. Anything that is not an AppError is a bug and becomes a 500. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldIssue[]; rule?: string } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS[code];
  }
}

export const notFound = (what = 'record') =>
  new AppError(
    'NOT_FOUND',
    `We could not find that ${what}. It may have been removed, or you may not have access to it.`,
  );

export const forbidden = (message = 'Your role does not allow this action.') =>
  new AppError('FORBIDDEN', message);

export const conflict = (message: string, fields?: FieldIssue[]) =>
  new AppError('CONFLICT', message, fields ? { fields } : {});

export const ruleViolation = (rule: string, message: string) =>
  new AppError('RULE_VIOLATION', message, { rule });

export const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, { fields: [{ path, message }] });
