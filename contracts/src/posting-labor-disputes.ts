import { z } from 'zod';
import { id, isoDateTime } from './common';
import { onetCode } from './resume';
import { calendarDate } from './seekers';

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` });
const staffRef = z.object({ id, name: z.string() });

/** JOB-11, 20 CFR 652.9. */
export const laborDisputeRequest = z.object({
  startedAt: calendarDate,
  description: text(2000)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v)),
  /** Positions at issue: free text, and the titles or O*NET-SOC codes it names. */
  positionsAtIssue: text(2000).min(1, { error: 'Say which positions are at issue.' }),
  positionCodes: z.array(onetCode).max(50).default([]),
  positionTitles: z.array(text(120).min(2)).max(50).default([]),
  /** Recorded and verified at once, when the central office has already confirmed it. */
  verified: z.boolean().default(false),
});
export type LaborDisputeRequest = z.input<typeof laborDisputeRequest>;
export const endLaborDisputeRequest = z.object({
  endedAt: calendarDate,
  /** 652.9(d): verified with the employer and the workers' representative(s). */
  verificationNote: text(1000).min(1, {
    error: 'Say how the end was verified with the employer and the workers’ representatives.',
  }),
});
export type EndLaborDisputeRequest = z.input<typeof endLaborDisputeRequest>;
export const laborDispute = z.object({
  id,
  employerId: id,
  startedAt: z.string(),
  description: z.string().nullable(),
  positionsAtIssue: z.string(),
  positionCodes: z.array(z.string()),
  positionTitles: z.array(z.string()),
  verifiedAt: isoDateTime.nullable(),
  verifiedBy: staffRef.nullable(),
  endedAt: z.string().nullable(),
  endedVerifiedBy: staffRef.nullable(),
  endVerificationNote: z.string().nullable(),
  active: z.boolean(),
});
export type LaborDispute = z.infer<typeof laborDispute>;
export const laborDisputeList = z.object({ items: z.array(laborDispute) });
