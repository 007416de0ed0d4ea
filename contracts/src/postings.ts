import { z } from 'zod';
import { id, isoDateTime, pageQuery, paged } from './common';
import { ENDORSEMENTS, LICENSE_CLASSES } from './profile-options';
import { educationLevel, onetCode, payUnit } from './resume';
import { calendarDate, usState, zipCode } from './seekers';

/* Job postings ("job orders"): JOB-1 … JOB-15. */

/** JOB-7: closed, filled and refused are final. */
export const POSTING_STATUSES = [
  'draft',
  'pending_approval',
  'open',
  'on_hold',
  'closed',
  'filled',
  'refused',
] as const;
export const postingStatus = z.enum(POSTING_STATUSES);
export type PostingStatus = z.infer<typeof postingStatus>;

/** JOB-1: where the order came from. */
export const POSTING_ORIGINS = ['employer_self_service', 'staff_order', 'import'] as const;
export type PostingOrigin = (typeof POSTING_ORIGINS)[number];
/** JOB-1: how staff received an order. */
export const ORDER_INTAKE_METHODS = ['in_person', 'phone', 'fax', 'mail', 'email'] as const;
/** JOB-5. */
export const POSTING_STATE_SOURCES = ['application_only', 'full_service', 'job_fair'] as const;
export const POSTING_FEDERAL_SOURCES = [
  'employer_listing',
  'job_development',
  'mandatory_listing',
] as const;
export const POSTING_SHIFTS = ['day', 'evening', 'night', 'rotating', 'split', 'any'] as const;
export const POSTING_WORK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const POSTING_EMPLOYMENT_TYPES = ['full_time', 'part_time'] as const;
/** JOB-10: farm labor contractor and the H-2A / H-2B visa programs. */
export const POSTING_PROGRAM_TYPES = ['none', 'flc', 'h2a', 'h2b'] as const;
export type PostingProgramType = (typeof POSTING_PROGRAM_TYPES)[number];
/** JOB-2: how applicants reach the employer. */
export const POSTING_CONTACT_METHODS = [
  'email',
  'online',
  'phone',
  'in_person',
  'mail',
  'fax',
] as const;
export const POSTING_ONET_SOURCES = ['suggested', 'staff'] as const;

const choice = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `Choose ${what} from the list.` });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` });
/** Optional text: '' and null clear it. */
const clearable = (max: number) =>
  text(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
const count = (min: number, max: number, what: string) =>
  z
    .number()
    .int({ error: `Use a whole number of ${what}.` })
    .min(min, { error: `Use at least ${min} ${what}.` })
    .max(max, { error: `Use at most ${max} ${what}.` });

/** JOB-4: description 5–4000 characters. */
export const postingDescription = z
  .string()
  .trim()
  .min(5, { error: 'Describe the job in at least 5 characters.' })
  .max(4000, { error: 'Keep the description to 4000 characters or fewer.' });
export const postingTitle = z
  .string()
  .trim()
  .min(2, { error: 'Enter the job title.' })
  .max(120, { error: 'Use at most 120 characters.' });

const pay = z.number().min(0, { error: 'Pay cannot be negative.' }).max(10_000_000).nullable();
const email = z
  .email({ error: 'Enter a valid email address, like hr@example.com.' })
  .max(254)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));
const url = z
  .url({ protocol: /^https?$/, error: 'Enter the full address, like https://example.com/jobs.' })
  .max(500)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

/** JOB-4 and the data map: the fields that describe the job. Absent = unchanged (on update). */
const contentShape = {
  title: postingTitle,
  description: postingDescription,
  locationId: id.nullable(),
  /** A code staff choose; null hands the choice back to the autocoder. */
  onetCode: onetCode.nullable(),
  payMin: pay,
  payMax: pay,
  payUnit: payUnit.nullable(),
  hoursPerWeek: count(1, 168, 'hours').nullable(),
  employmentType: choice(POSTING_EMPLOYMENT_TYPES, 'full or part time').nullable(),
  shift: choice(POSTING_SHIFTS, 'a shift').nullable(),
  workDays: z.array(choice(POSTING_WORK_DAYS, 'work days')).max(7),
  experienceMonths: count(0, 600, 'months').nullable(),
  educationLevel: educationLevel.nullable(),
  licenseClass: choice(LICENSE_CLASSES, 'a license class').nullable(),
  endorsements: z.array(choice(ENDORSEMENTS, 'endorsements')).max(ENDORSEMENTS.length),
  keyboardingWpm: count(0, 200, 'words per minute').nullable(),
  publicTransportation: z.boolean().nullable(),
  address1: clearable(120),
  city: clearable(80),
  state: usState.nullable(),
  zip: zipCode.nullable(),
  stateSource: choice(POSTING_STATE_SOURCES, 'a state source'),
  federalSource: choice(POSTING_FEDERAL_SOURCES, 'a federal source'),
  outOfArea: z.boolean(),
  programType: choice(POSTING_PROGRAM_TYPES, 'a program type'),
  /** JOB-9: on-the-job training and other subsidized openings may be reserved indefinitely. */
  subsidized: z.boolean(),
  /** JOB-12: a staffing agency names the work-site company, kept confidential. */
  staffingAgency: z.boolean(),
  worksiteCompany: clearable(160),
  staffComments: clearable(2000),
  /** JOB-11: staff have determined that this position is not at issue in the labor dispute. */
  laborDisputeNotAtIssue: z.boolean(),
  /** JOB-8: the deadline the business asked for; otherwise 14 days after posting. */
  applicationDeadline: calendarDate.nullable(),
};

/** JOB-2: openings, status and contact method change only through their own actions. */
const contactShape = {
  contactMethod: choice(POSTING_CONTACT_METHODS, 'how to apply').nullable(),
  contactEmail: email,
  contactUrl: url,
  howToApply: clearable(2000),
};

const withPayCheck = <T extends z.ZodType<{ payMin?: number | null; payMax?: number | null }>>(
  schema: T,
) =>
  schema.refine((v) => v.payMin == null || v.payMax == null || v.payMin <= v.payMax, {
    error: 'The minimum pay is above the maximum.',
    path: ['payMax'],
  });

const createShape = {
  ...contentShape,
  ...contactShape,
  employerId: id,
  openings: count(1, 10_000, 'openings'),
  locationId: id.nullable().optional(),
  onetCode: onetCode.nullable().optional(),
  payMin: pay.optional(),
  payMax: pay.optional(),
  payUnit: payUnit.nullable().optional(),
  hoursPerWeek: contentShape.hoursPerWeek.optional(),
  employmentType: contentShape.employmentType.optional(),
  shift: contentShape.shift.optional(),
  workDays: contentShape.workDays.default([]),
  experienceMonths: contentShape.experienceMonths.optional(),
  educationLevel: contentShape.educationLevel.optional(),
  licenseClass: contentShape.licenseClass.optional(),
  endorsements: contentShape.endorsements.default([]),
  keyboardingWpm: contentShape.keyboardingWpm.optional(),
  publicTransportation: contentShape.publicTransportation.optional(),
  state: usState.nullable().optional(),
  zip: zipCode.nullable().optional(),
  stateSource: contentShape.stateSource.default('full_service'),
  federalSource: contentShape.federalSource.default('employer_listing'),
  outOfArea: z.boolean().default(false),
  programType: contentShape.programType.default('none'),
  subsidized: z.boolean().default(false),
  staffingAgency: z.boolean().default(false),
  laborDisputeNotAtIssue: z.boolean().default(false),
  applicationDeadline: calendarDate.nullable().optional(),
  contactMethod: contactShape.contactMethod.optional(),
};

/** JOB-1: a job order staff take for any employer, out-of-area ones included. */
export const createPostingRequest = withPayCheck(
  z.object({
    ...createShape,
    intakeMethod: choice(ORDER_INTAKE_METHODS, 'how the order came in'),
  }),
);
export type CreatePostingRequest = z.input<typeof createPostingRequest>;
export type CreatePostingInput = z.output<typeof createPostingRequest>;

/** What an employer enters in the portal (no staff-only fields); it waits for approval. */
export const employerPostingRequest = withPayCheck(
  z.object(createShape).omit({
    employerId: true,
    staffComments: true,
    outOfArea: true,
    programType: true,
    laborDisputeNotAtIssue: true,
    federalSource: true,
    stateSource: true,
  }),
);
export type EmployerPostingRequest = z.input<typeof employerPostingRequest>;
export type EmployerPostingInput = z.output<typeof employerPostingRequest>;

export const updatePostingRequest = withPayCheck(z.object(contentShape).partial());
export type UpdatePostingRequest = z.input<typeof updatePostingRequest>;
export type UpdatePostingInput = z.output<typeof updatePostingRequest>;

/** JOB-6: openings are only ever raised. */
export const postingOpeningsRequest = z.object({
  openings: count(1, 10_000, 'openings'),
  note: clearable(1000),
});
export const postingContactRequest = z.object({ ...contactShape, note: clearable(1000) });

export const POSTING_STATUS_ACTIONS = [
  'submit',
  'approve',
  'hold',
  'reopen',
  'close',
  'fill',
  'refuse',
] as const;
export type PostingStatusAction = (typeof POSTING_STATUS_ACTIONS)[number];

export const postingStatusRequest = z.object({
  /** Required to refuse (JOB-13: staff say why) and to put on hold. */
  reason: clearable(1000),
  /** JOB-3: staff have seen the similar open postings and this one is different. */
  confirmedNotDuplicate: z.boolean().default(false),
  /** JOB-11: staff have determined that the position is not at issue in the employer's dispute. */
  confirmedNotAtIssue: z.boolean().default(false),
});
export type PostingStatusRequest = z.input<typeof postingStatusRequest>;
export const postingStatusParams = z.object({ id, action: z.enum(POSTING_STATUS_ACTIONS) });

export const postingOwnerRequest = z.object({
  ownerStaffId: id,
  designeeStaffIds: z.array(id).max(20).default([]),
});
/** JOB-9: 3, 5 or 7 days (a setting), or indefinitely for a subsidized opening. */
export const postingReservationRequest = z
  .object({
    days: z.number().int().min(1).max(90).optional(),
    indefinite: z.boolean().default(false),
    scope: z.enum(['office', 'area']).default('office'),
  })
  .refine((v) => v.indefinite !== (v.days !== undefined), {
    error: 'Choose a number of days, or reserve indefinitely.',
    path: ['days'],
  });
export const postingRepostRequest = z.object({ applicationDeadline: calendarDate.optional() });
export const postingNoteRequest = z.object({
  body: z.string().trim().min(1, { error: 'Write the note.' }).max(2000),
});
export const duplicatePostingRequest = z.object({
  openings: count(1, 10_000, 'openings').optional(),
  /** How the employer asked for the position again; the original order's way if not given. */
  intakeMethod: choice(ORDER_INTAKE_METHODS, 'how the order came in').optional(),
});

export const postingStaffRef = z.object({ id, name: z.string() });
export const postingOccupation = z.object({
  code: z.string(),
  title: z.string(),
  confidence: z.number().nullable(),
});

export const postingNote = z.object({
  id,
  kind: z.string(),
  body: z.string(),
  staff: postingStaffRef.nullable(),
  createdAt: isoDateTime,
});

export const postingReservation = z.object({
  officeId: id.nullable(),
  areaId: id.nullable(),
  days: z.number().int().nullable(),
  indefinite: z.boolean(),
  /** When everyone may see the posting; null while indefinite or not yet posted. */
  until: isoDateTime.nullable(),
  /** Whether the reservation limits who sees the posting now. */
  inEffect: z.boolean(),
});

export const postingSummary = z.object({
  id,
  recordNumber: z.string(),
  title: z.string(),
  employer: z.object({ id, name: z.string() }),
  status: postingStatus,
  openings: z.number().int(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  programType: z.enum(POSTING_PROGRAM_TYPES),
  owner: postingStaffRef.nullable(),
  postedAt: isoDateTime.nullable(),
  applicationDeadline: z.string().nullable(),
  onBoard: z.boolean(),
  createdAt: isoDateTime,
});
export type PostingSummary = z.infer<typeof postingSummary>;

export const postingDetail = postingSummary.extend({
  description: z.string(),
  origin: z.enum(POSTING_ORIGINS),
  intakeMethod: z.enum(ORDER_INTAKE_METHODS).nullable(),
  locationId: id.nullable(),
  occupation: postingOccupation.nullable(),
  occupationSource: z.enum(POSTING_ONET_SOURCES).nullable(),
  occupationAlternatives: z.array(postingOccupation),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  payUnit: payUnit.nullable(),
  hoursPerWeek: z.number().nullable(),
  employmentType: z.enum(POSTING_EMPLOYMENT_TYPES).nullable(),
  shift: z.enum(POSTING_SHIFTS).nullable(),
  workDays: z.array(z.enum(POSTING_WORK_DAYS)),
  experienceMonths: z.number().nullable(),
  educationLevel: educationLevel.nullable(),
  licenseClass: z.enum(LICENSE_CLASSES).nullable(),
  endorsements: z.array(z.enum(ENDORSEMENTS)),
  keyboardingWpm: z.number().nullable(),
  publicTransportation: z.boolean().nullable(),
  contactMethod: z.enum(POSTING_CONTACT_METHODS).nullable(),
  contactEmail: z.string().nullable(),
  contactUrl: z.string().nullable(),
  howToApply: z.string().nullable(),
  address1: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  stateSource: z.enum(POSTING_STATE_SOURCES),
  federalSource: z.enum(POSTING_FEDERAL_SOURCES),
  outOfArea: z.boolean(),
  subsidized: z.boolean(),
  staffingAgency: z.boolean(),
  worksiteCompany: z.string().nullable(),
  staffComments: z.string().nullable(),
  /** JOB-11: the mandatory statement a posting not at issue in a labor dispute carries. */
  laborDisputeStatement: z.string().nullable(),
  refusalReason: z.string().nullable(),
  duplicatedFromId: id.nullable(),
  removedFromBoardAt: isoDateTime.nullable(),
  reservation: postingReservation.nullable(),
  designees: z.array(postingStaffRef),
  /** JOB-3: open postings of the same employer that look like this one. */
  likelyDuplicates: z.array(z.object({ id, recordNumber: z.string(), title: z.string() })),
  /** JOB-2, JOB-10: whether the signed-in staff member may change this posting. */
  youMayChange: z.boolean(),
  notes: z.array(postingNote),
  updatedAt: isoDateTime,
});
export type PostingDetail = z.infer<typeof postingDetail>;

export const postingListQuery = pageQuery.extend({
  employerId: id.optional(),
  status: postingStatus.optional(),
  mine: z.stringbool().optional(),
});
export type PostingListQuery = z.output<typeof postingListQuery>;
export const postingList = paged(postingSummary);

/** Employer-entered postings waiting for staff, with what the reviewer must look at. */
export const postingApprovalItem = postingSummary.extend({
  findings: z.array(z.object({ rule: z.string(), message: z.string() })),
});
export const postingApprovalQueue = paged(postingApprovalItem);

/** JOB-1: a batch from an external feed, for employers known by FEIN. */
export const importPostingItem = withPayCheck(
  z.object({
    externalId: z.string().trim().min(1).max(200),
    employerFein: z
      .string()
      .trim()
      .regex(/^\d{2}-?\d{7}$/, { error: 'Use the 9-digit FEIN.' }),
    title: postingTitle,
    description: postingDescription,
    openings: count(1, 10_000, 'openings').default(1),
    city: clearable(80),
    state: usState.nullable().optional(),
    zip: zipCode,
    payMin: pay.optional(),
    payMax: pay.optional(),
    payUnit: payUnit.nullable().optional(),
    contactUrl: url,
    contactEmail: email,
    applicationDeadline: calendarDate.nullable().optional(),
  }),
);
export const importPostingsRequest = z.object({
  source: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{2,40}$/, { error: 'Name the feed in lower case, like "nlx".' }),
  postings: z.array(importPostingItem).min(1).max(500),
});
export type ImportPostingsRequest = z.input<typeof importPostingsRequest>;
export type ImportPostingsInput = z.output<typeof importPostingsRequest>;
export const importPostingsResult = z.object({
  created: z.array(z.object({ externalId: z.string(), id })),
  updated: z.array(z.object({ externalId: z.string(), id })),
  unchanged: z.array(z.object({ externalId: z.string(), id })),
  skipped: z.array(z.object({ externalId: z.string(), rule: z.string(), reason: z.string() })),
});
export type ImportPostingsResult = z.infer<typeof importPostingsResult>;
export type ImportPostingItem = z.output<typeof importPostingItem>;

export * from './posting-labor-disputes';
