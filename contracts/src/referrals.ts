import { z } from 'zod';
import { id, isoDateTime } from './common';
import { matchFinding } from './matching';
import { POSTING_CONTACT_METHODS } from './postings';

/* Referrals (REF-1 … REF-6, SEEK-12) and the match/referral records' fixed vocabularies. */

/** Who made the referral: staff for a seeker, the seeker themself, or an external posting's apply. */
export const REFERRAL_KINDS = ['staff', 'self', 'external'] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

/**
 * requested: a self-referral waiting in the approval queue (REF-4); held: made during a veterans'
 * priority hold, released with it (VET-4); referred: sent to the employer; denied: refused with a
 * reason (REF-4); withdrawn: its posting closed before anyone answered (REF-5).
 */
export const REFERRAL_STATUSES = ['requested', 'held', 'referred', 'denied', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** REF-6: what came of a referral. The last two are flagged for unemployment-insurance review. */
export const REFERRAL_RESULTS = [
  'hired',
  'not_hired',
  'interview_scheduled',
  'position_filled',
  'not_qualified',
  'no_response',
  'failed_to_report',
  'refused_job',
] as const;
export type ReferralResult = (typeof REFERRAL_RESULTS)[number];
export const UI_REVIEW_RESULTS: readonly ReferralResult[] = ['failed_to_report', 'refused_job'];

/* Requests and answers of the referral routes (REF-1 … REF-6, SEEK-12). */

export const referralRequest = z.object({ postingId: id });
export type ReferralRequest = z.infer<typeof referralRequest>;

/** REF-4: a denial says specifically why, and whose contact the seeker gets to ask about it. */
export const denyReferralRequest = z.object({
  reason: z
    .string()
    .trim()
    .min(10, {
      error:
        'Say specifically why, for example the license, skill or experience the employer asks for, or that the resume is not complete.',
    })
    .max(2000, { error: 'Keep the reason under 2,000 characters.' }),
  /** Sign the email with the staff member's own contact, or only the office's (office policy). */
  signAs: z.enum(['staff', 'office']).default('staff'),
});
export type DenyReferralRequest = z.input<typeof denyReferralRequest>;

export const referralResultRequest = z.object({
  result: z.enum(REFERRAL_RESULTS, { error: 'Choose what came of the referral.' }),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type ReferralResultRequest = z.infer<typeof referralResultRequest>;

const person = z.object({ id, name: z.string() });

export const referralSummary = z.object({
  id,
  kind: z.enum(REFERRAL_KINDS),
  status: z.enum(REFERRAL_STATUSES),
  /** The star rating and its explanation when the referral was made (MATCH-1). */
  stars: z.number().int().min(0).max(5),
  findings: z.array(matchFinding),
  requestedAt: isoDateTime,
  seeker: z.object({ id, recordNumber: z.string(), name: z.string() }),
  posting: z.object({
    id,
    recordNumber: z.string(),
    title: z.string(),
    employerName: z.string(),
    status: z.string(),
  }),
  requestedBy: person.nullable(),
  decidedAt: isoDateTime.nullable(),
  decidedBy: person.nullable(),
  denialReason: z.string().nullable(),
  result: z.enum(REFERRAL_RESULTS).nullable(),
  resultNote: z.string().nullable(),
  resultRecordedAt: isoDateTime.nullable(),
  /** REF-6: failed to report or refused the job, for unemployment-insurance staff. */
  uiReview: z.boolean(),
  uiReviewedAt: isoDateTime.nullable(),
  /** VET-4: when a referral held by a veterans' priority hold goes out. */
  releaseAt: isoDateTime.nullable(),
  /** VET-4: the explanatory message of a delayed referral, for the staff who made it. */
  notice: z.string().nullable(),
});
export type ReferralSummary = z.infer<typeof referralSummary>;

export const referralList = z.object({ items: z.array(referralSummary) });
export type ReferralList = z.infer<typeof referralList>;

/** REF-4: a request waiting in the approval queue, with how long it has waited. */
export const referralQueueItem = referralSummary.extend({
  ageDays: z.number().int(),
  businessDaysWaiting: z.number().int(),
  /** Waiting longer than the target (two business days). */
  overdue: z.boolean(),
});
export type ReferralQueueItem = z.infer<typeof referralQueueItem>;

export const referralQueue = z.object({
  items: z.array(referralQueueItem),
  targetBusinessDays: z.number().int(),
});
export type ReferralQueue = z.infer<typeof referralQueue>;

/** REF-2: "Show me how to apply": the application method and hiring contact, to print or email. */
export const howToApply = z.object({
  postingId: id,
  recordNumber: z.string(),
  title: z.string(),
  employerName: z.string(),
  contactMethod: z.enum(POSTING_CONTACT_METHODS).nullable(),
  contactEmail: z.string().nullable(),
  contactUrl: z.string().nullable(),
  employerPhone: z.string().nullable(),
  instructions: z.string().nullable(),
  workSite: z.string().nullable(),
  /** A posting from an external job feed: showing how to apply records an external referral. */
  external: z.boolean(),
  /** The seeker's referral to this posting, if any (the external one this may have recorded). */
  referral: z
    .object({ id, kind: z.enum(REFERRAL_KINDS), status: z.enum(REFERRAL_STATUSES) })
    .nullable(),
  /** Why an external posting's referral was not recorded (SEEK-12), else null. */
  referralNote: z.string().nullable(),
  /** The same details as plain text, as printed or emailed. */
  text: z.string(),
});
export type HowToApply = z.infer<typeof howToApply>;

export const howToApplyEmailed = z.object({ sentTo: z.string() });
export type HowToApplyEmailed = z.infer<typeof howToApplyEmailed>;

/** REF-4: a denial, and where its email went; null when the seeker has no email (call them). */
export const deniedReferral = referralSummary.extend({ emailedTo: z.string().nullable() });
export type DeniedReferral = z.infer<typeof deniedReferral>;
