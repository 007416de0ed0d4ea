import { z } from 'zod';
import { id, isoDateTime, pageQuery, paged } from './common';
import { POSTING_EMPLOYMENT_TYPES, POSTING_SHIFTS, POSTING_WORK_DAYS } from './postings';
import { educationLevel, payUnit } from './resume';

/**
 * SEEK-11: job search. One set of criteria serves the public board, the seeker portal, staff and
 * saved searches (which store exactly these criteria).
 */
export const JOB_SEARCH_SORTS = ['relevance', 'newest', 'distance', 'pay'] as const;
export const POSTED_WITHIN_DAYS = [1, 3, 7, 14, 30] as const;
export const DEFAULT_RADIUS_MILES = 25;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const jobSearchCriteria = z.object({
  /** Words to find in the title, description and employer name. */
  q: optionalText(200),
  /** Centre of the radius search: a US ZIP code the project knows (an unknown one is a 400). */
  zip: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'Enter a 5-digit ZIP code.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Miles around `zip`; DEFAULT_RADIUS_MILES when a ZIP is given without one. */
  radiusMiles: z.coerce
    .number()
    .int({ error: 'Use a whole number of miles.' })
    .min(1, { error: 'Use at least 1 mile.' })
    .max(250, { error: 'Use at most 250 miles.' })
    .optional(),
  /**
   * Occupation or job family: an O*NET-SOC code (`53-7051.00`), a SOC code (`53-7051`) or a
   * 2-digit major group (`53`). Matches every posting coded under it.
   */
  occupation: z
    .string()
    .trim()
    .regex(/^\d{2}(-\d{4}(\.\d{2})?)?$/, { error: 'Choose an occupation or job family.' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The least pay wanted, as an hourly rate (postings paid by the year are compared per hour). */
  payAtLeast: z.coerce
    .number()
    .min(0, { error: 'Pay cannot be negative.' })
    .max(1000, { error: 'Enter an hourly rate.' })
    .optional(),
  shift: z.enum(POSTING_SHIFTS).optional(),
  employmentType: z.enum(POSTING_EMPLOYMENT_TYPES).optional(),
  postedWithinDays: z.coerce
    .number()
    .refine((n) => (POSTED_WITHIN_DAYS as readonly number[]).includes(n), {
      error: 'Choose one of the listed periods.',
    })
    .optional(),
});
export type JobSearchCriteria = z.output<typeof jobSearchCriteria>;
export type JobSearchCriteriaInput = z.input<typeof jobSearchCriteria>;

export const jobSearchQuery = pageQuery.extend({
  ...jobSearchCriteria.shape,
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
  sort: z.enum(JOB_SEARCH_SORTS).default('relevance'),
});
export type JobSearchQuery = z.output<typeof jobSearchQuery>;
export type JobSearchQueryInput = z.input<typeof jobSearchQuery>;

/** A run of text, marked when it matched the words searched (rendered as <mark>, never as HTML). */
export const highlightRun = z.object({ text: z.string(), match: z.boolean() });
export type HighlightRun = z.infer<typeof highlightRun>;

export const jobSearchHit = z.object({
  id,
  recordNumber: z.string(),
  title: z.array(highlightRun),
  /** A few lines of the description around the matches (or its beginning). */
  snippet: z.array(highlightRun),
  employerName: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  distanceMiles: z.number().nullable(),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  payUnit: payUnit.nullable(),
  employmentType: z.enum(POSTING_EMPLOYMENT_TYPES).nullable(),
  shift: z.enum(POSTING_SHIFTS).nullable(),
  occupation: z.object({ code: z.string(), title: z.string() }).nullable(),
  postedAt: isoDateTime,
  applicationDeadline: z.string().nullable(),
  /** Staff and the reserving organization's seekers only: the posting is still reserved (JOB-9). */
  reserved: z.boolean(),
});
export type JobSearchHit = z.infer<typeof jobSearchHit>;

export const jobSearchResult = paged(jobSearchHit).extend({
  /**
   * A search ranks and counts at most 300 matches: when more matched, `total` is 300 and this is
   * true ("more than 300 jobs").
   */
  totalCapped: z.boolean().optional(),
  /** The ZIP's centre when a radius search was asked for. */
  origin: z.object({ zip: z.string(), lat: z.number(), lon: z.number() }).nullable(),
});
export type JobSearchResult = z.infer<typeof jobSearchResult>;

/** A posting as the public and seekers see it: no staff comments, no owner, no work-site name. */
export const publicPosting = z.object({
  id,
  recordNumber: z.string(),
  title: z.string(),
  description: z.string(),
  employerName: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  payUnit: payUnit.nullable(),
  hoursPerWeek: z.number().nullable(),
  employmentType: z.enum(POSTING_EMPLOYMENT_TYPES).nullable(),
  shift: z.enum(POSTING_SHIFTS).nullable(),
  workDays: z.array(z.enum(POSTING_WORK_DAYS)),
  experienceMonths: z.number().nullable(),
  educationLevel: educationLevel.nullable(),
  licenseClass: z.string().nullable(),
  endorsements: z.array(z.string()),
  keyboardingWpm: z.number().nullable(),
  publicTransportation: z.boolean().nullable(),
  occupation: z.object({ code: z.string(), title: z.string() }).nullable(),
  howToApply: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactUrl: z.string().nullable(),
  postedAt: isoDateTime,
  applicationDeadline: z.string().nullable(),
  openings: z.number().int(),
  /** JOB-11: the statement a posting at an employer in a labor dispute must carry. */
  laborDisputeStatement: z.string().nullable(),
  /** schema.org JobPosting, as embedded in the public page. */
  jsonLd: z.record(z.string(), z.unknown()),
  /** Portal only: whether the signed-in seeker saved it. */
  saved: z.boolean(),
});
export type PublicPosting = z.infer<typeof publicPosting>;

/**
 * Criteria as stored and answered: the same fields as `jobSearchCriteria`, already cleaned, with
 * no transforms (a response schema must encode both ways).
 */
export const storedJobSearchCriteria = z.object({
  q: z.string().optional(),
  zip: z.string().optional(),
  radiusMiles: z.number().optional(),
  occupation: z.string().optional(),
  payAtLeast: z.number().optional(),
  shift: z.enum(POSTING_SHIFTS).optional(),
  employmentType: z.enum(POSTING_EMPLOYMENT_TYPES).optional(),
  postedWithinDays: z.number().optional(),
});
export type StoredJobSearchCriteria = z.infer<typeof storedJobSearchCriteria>;

export const savedSearch = z.object({
  id,
  name: z.string(),
  criteria: storedJobSearchCriteria,
  alertsEnabled: z.boolean(),
  createdAt: isoDateTime,
  /** New postings after this time go in the next daily alert. */
  alertedThrough: isoDateTime,
});
export type SavedSearch = z.infer<typeof savedSearch>;

export const saveSearchRequest = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Name the search, like “Forklift near Frankfort”.' })
    .max(100, { error: 'Use at most 100 characters.' }),
  criteria: jobSearchCriteria,
  alertsEnabled: z.boolean().default(true),
});
export type SaveSearchRequest = z.input<typeof saveSearchRequest>;
export const updateSavedSearchRequest = saveSearchRequest.partial();

export const savedJob = z.object({
  postingId: id,
  title: z.string(),
  employerName: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  savedAt: isoDateTime,
  /** False once the posting left the board: the seeker sees it is no longer open. */
  onBoard: z.boolean(),
});
export type SavedJob = z.infer<typeof savedJob>;

/** Administrators read the mail outbox (in the demo, mail goes nowhere else). */
export const outboxMessage = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  status: z.enum(['queued', 'sent', 'failed']),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
});
export const outboxMessageDetail = outboxMessage.extend({
  text: z.string(),
  attachmentName: z.string().nullable(),
});
export const outboxQuery = pageQuery.extend({ to: z.string().trim().max(254).optional() });
export const outboxList = paged(outboxMessage);
