import { z } from 'zod';
import { id, pageQuery, paged } from './common';
import { FIELDS, clearable, field, optional, required } from './employer-fields';
import {
  employerActivity,
  employerContactFields,
  employerNote,
  employerOwner,
} from './employer-records';

export * from './employer-records';

export const EMPLOYER_STATUSES = ['pending_approval', 'active', 'inactive'] as const;
export const employerStatus = z.enum(EMPLOYER_STATUSES);
export type EmployerStatus = z.infer<typeof employerStatus>;

export const EMPLOYER_SOURCES = ['staff', 'self_service'] as const;
export const employerSource = z.enum(EMPLOYER_SOURCES);
export type EmployerSource = z.infer<typeof employerSource>;

export const OWNERSHIP_TYPES = [
  'private_for_profit',
  'private_nonprofit',
  'federal_government',
  'state_government',
  'local_government',
  'tribal_government',
] as const;

/** Employees at this employer, in the BLS size classes. */
export const EMPLOYER_SIZES = [
  '1-4',
  '5-9',
  '10-19',
  '20-49',
  '50-99',
  '100-249',
  '250-499',
  '500-999',
  '1000+',
] as const;

const address1 = field(120);
const ownershipType = z.enum(OWNERSHIP_TYPES, { error: 'Choose an ownership type from the list.' });
const sizeClass = z.enum(EMPLOYER_SIZES, { error: 'Choose a size from the list.' });
const legalName = required(160, 'Enter the employer’s legal name.');

const ref = z.object({ id, name: z.string() });

function withAll<T>(wrap: (f: z.ZodString) => T) {
  return {
    tradeName: wrap(FIELDS.tradeName),
    fein: wrap(FIELDS.fein),
    noFeinNote: wrap(FIELDS.noFeinNote),
    website: wrap(FIELDS.website),
    phone: wrap(FIELDS.phone),
    email: wrap(FIELDS.email),
    address1: wrap(address1),
    address2: wrap(FIELDS.address2),
    city: wrap(FIELDS.city),
    state: wrap(FIELDS.state),
    zip: wrap(FIELDS.zip),
    county: wrap(FIELDS.county),
    naicsCode: wrap(FIELDS.naicsCode),
  };
}

/** The employer data map (EMP-1, EMP-2) as staff or the employer enter it. */
export const employerFields = z.object({
  legalName,
  ...withAll(optional),
  /** EMP-1: an independent contractor may have no FEIN; `noFeinNote` records their statement. */
  independentContractor: z.boolean().default(false),
  ownershipType: ownershipType.optional(),
  sizeClass: sizeClass.optional(),
});

export const createEmployerRequest = employerFields.extend({
  /** The office that serves the employer: the staff member's current office when left out. */
  officeId: id.optional(),
  /** Set after staff have looked at the likely duplicates and are sure this is another employer. */
  confirmedNotDuplicate: z.boolean().default(false),
});
export type CreateEmployerRequest = z.input<typeof createEmployerRequest>;

/** Only the fields sent change; null or '' clears an optional one. */
export const updateEmployerRequest = z.object({
  legalName: legalName.optional(),
  ...withAll(clearable),
  independentContractor: z.boolean().optional(),
  ownershipType: ownershipType.nullable().optional(),
  sizeClass: sizeClass.nullable().optional(),
  officeId: id.optional(),
});
export type UpdateEmployerRequest = z.input<typeof updateEmployerRequest>;

export const employerStatusRequest = z.object({
  status: z.enum(['active', 'inactive'], { error: 'Choose active or inactive.' }),
  reason: required(500, 'Say why the status changes.'),
});
export type EmployerStatusRequest = z.input<typeof employerStatusRequest>;

export const employerSummary = z.object({
  id,
  recordNumber: z.number().int(),
  legalName: z.string(),
  tradeName: z.string().nullable(),
  /** Shown whole, as XX-XXXXXXX: a FEIN is public business information. */
  fein: z.string().nullable(),
  independentContractor: z.boolean(),
  status: employerStatus,
  source: employerSource,
  phone: z.string().nullable(),
  email: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  office: ref.nullable(),
  mergedIntoId: id.nullable(),
});
export type EmployerSummary = z.infer<typeof employerSummary>;

export const employerDetail = employerSummary.extend({
  /**
   * EMP-6: what to review before contacting the employer, newest first. Null when the role's
   * activities tab is withheld (SEC-3).
   */
  recentActivities: z.array(employerActivity).nullable(),
  recentNotes: z.array(employerNote).nullable(),
  counts: z.object({
    contacts: z.number().int(),
    locations: z.number().int(),
    activities: z.number().int(),
    notes: z.number().int(),
    jobOrders: z.number().int(),
    openJobOrders: z.number().int(),
  }),
  owners: z.array(employerOwner),
  noFeinNote: z.string().nullable(),
  website: z.string().nullable(),
  address1: z.string().nullable(),
  address2: z.string().nullable(),
  county: z.string().nullable(),
  naicsCode: z.string().nullable(),
  ownershipType: z.enum(OWNERSHIP_TYPES).nullable(),
  sizeClass: z.enum(EMPLOYER_SIZES).nullable(),
  inactivatedReason: z.string().nullable(),
  createdBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployerDetail = z.infer<typeof employerDetail>;

export const EMPLOYER_SORTS = ['relevance', 'name', 'recent'] as const;
/** EMP-2: search before creating. Any one key is enough; several narrow the result. */
export const employerSearchQuery = pageQuery.extend({
  name: optional(field(160)),
  contactName: optional(field(120)),
  fein: optional(FIELDS.fein),
  contactEmail: optional(field(254)),
  status: employerStatus.optional(),
  sort: z.enum(EMPLOYER_SORTS).default('relevance'),
});
export type EmployerSearchQuery = z.infer<typeof employerSearchQuery>;
export const employerSearchResult = paged(employerSummary);
export type EmployerSearchResult = z.infer<typeof employerSearchResult>;

export const employerDuplicateCheckRequest = z.object({
  legalName,
  tradeName: optional(FIELDS.tradeName),
  fein: optional(FIELDS.fein),
  zip: optional(FIELDS.zip),
  phone: optional(FIELDS.phone),
});
export type EmployerDuplicateCheckRequest = z.input<typeof employerDuplicateCheckRequest>;

/** The record that already holds a FEIN, named even outside the searcher's offices (EMP-2). */
export const employerRef = z.object({
  id,
  recordNumber: z.number().int(),
  legalName: z.string(),
  status: employerStatus,
  officeName: z.string().nullable(),
});
export type EmployerRef = z.infer<typeof employerRef>;

export const employerDuplicateCheckResult = z.object({
  /** An active or pending record with the same FEIN: creating another is refused. */
  sameFein: employerRef.nullable(),
  /** A similar name with the same ZIP code or phone: staff decide. */
  likely: z.array(
    employerSummary.extend({
      similarity: z.number(),
      sameZip: z.boolean(),
      samePhone: z.boolean(),
    }),
  ),
});
export type EmployerDuplicateCheckResult = z.infer<typeof employerDuplicateCheckResult>;

/**
 * EMP-5: an employer registering itself, with the person registering as its primary contact. It
 * waits for central-office approval. `officeId` is the office the employer chose, if any.
 */
export const selfServiceEmployerRequest = employerFields.extend({
  contact: employerContactFields,
  officeId: id.optional(),
});
export type SelfServiceEmployerRequest = z.input<typeof selfServiceEmployerRequest>;

// Approval (EMP-5) and duplicates (EMP-3).

export const employerApprovalQueue = paged(employerSummary.extend({ createdAt: z.string() }));
export type EmployerApprovalQueue = z.infer<typeof employerApprovalQueue>;
export const approveEmployerRequest = z.object({
  /** The office that will serve the employer; needed when the registration named none. */
  officeId: id.optional(),
});
export const rejectEmployerRequest = z.object({
  reason: required(500, 'Say why the registration is rejected.'),
});

export const employerDuplicatePlanRequest = z.object({
  ids: z
    .array(id)
    .min(2, { error: 'Choose at least two records.' })
    .max(10, { error: 'Choose at most ten records at a time.' })
    .refine((ids) => new Set(ids).size === ids.length, { error: 'A record is listed twice.' }),
});
export type EmployerDuplicatePlanRequest = z.input<typeof employerDuplicatePlanRequest>;

export const employerDuplicateCandidate = employerSummary.extend({
  activities: z.number().int(),
  jobOrders: z.number().int(),
  openJobOrders: z.number().int(),
  oldestOpenOrderDate: z.string().nullable(),
  hasSelfServiceAccount: z.boolean(),
});
export const employerDuplicatePlan = z.object({
  survivor: employerDuplicateCandidate,
  toInactivate: z.array(employerDuplicateCandidate.extend({ reason: z.string() })),
  /** Contacts of the inactivated records that the survivor lacks (by email or name). */
  contactsToCopy: z.array(
    z.object({
      fromEmployerId: id,
      contactId: id,
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
    }),
  ),
});
export type EmployerDuplicatePlan = z.infer<typeof employerDuplicatePlan>;

export const resolveEmployerDuplicatesRequest = employerDuplicatePlanRequest.extend({
  /** The survivor the plan showed: if the records changed since, the plan is shown again. */
  survivorId: id,
  comment: optional(field(500)),
});
export type ResolveEmployerDuplicatesRequest = z.input<typeof resolveEmployerDuplicatesRequest>;
export const resolveEmployerDuplicatesResult = z.object({
  survivorId: id,
  inactivatedIds: z.array(id),
  contactsCopied: z.number().int(),
});
export type ResolveEmployerDuplicatesResult = z.infer<typeof resolveEmployerDuplicatesResult>;
