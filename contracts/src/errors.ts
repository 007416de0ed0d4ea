import { z } from 'zod';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_INACTIVE',
  'CSRF_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'RATE_LIMITED',
  'STARTING',
] as const;
export const errorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

export const fieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssue>;

/** Every 4xx (and the rare 5xx) body has this shape. */
export const errorBody = z.object({
  error: z.object({
    code: z.union([errorCode, z.literal('INTERNAL')]),
    message: z.string(),
    requestId: z.string(),
    fields: z.array(fieldIssue).optional(),
    rule: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
