import { z } from 'zod';
import { id, pageQuery, paged } from './common';

export const ACTIVE_STATUSES = ['active', 'inactive'] as const;
export const activeStatus = z.enum(ACTIVE_STATUSES);
export type ActiveStatus = z.infer<typeof activeStatus>;

/** A calendar date (YYYY-MM-DD) that exists. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use the form YYYY-MM-DD, for example 1985-04-30.' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { error: 'This date does not exist on the calendar.' },
  );

export const birthDate = calendarDate.refine(
  (v) => {
    const age = (Date.now() - Date.parse(`${v}T00:00:00Z`)) / (365.25 * 24 * 3600 * 1000);
    return age >= 14 && age <= 110;
  },
  { error: 'Check the birth date: job seekers are between 14 and 110 years old.' },
);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const usState = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use the two-letter state code, like KY.' });
export const zipCode = z
  .string()
  .trim()
  .regex(/^\d{5}(-\d{4})?$/, { error: 'Use a 5-digit ZIP code, like 40507.' });
export const phoneNumber = z
  .string()
  .trim()
  .refine((v) => v.replace(/\D/g, '').length === 10, {
    error: 'Use a 10-digit phone number, like 859-555-0123.',
  });

const person = {
  firstName: z.string().trim().min(1, { error: 'Enter the first name.' }).max(60),
  middleInitial: z
    .string()
    .trim()
    .max(1, { error: 'Use one letter for the middle initial.' })
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined)),
  lastName: z.string().trim().min(1, { error: 'Enter the last name.' }).max(60),
  birthDate,
};

/** SEEK-1/SEEK-4: a staff-entered ("mediated") registration. SSN and email may be left out. */
export const staffRegistrationRequest = z.object({
  ...person,
  ssn: optionalText(11),
  email: z.email({ error: 'Enter a valid email address, or leave it empty.' }).max(254).optional(),
  phone: phoneNumber.optional(),
  address1: optionalText(120),
  address2: optionalText(120),
  city: optionalText(80),
  state: usState.optional(),
  zip: zipCode.optional(),
  county: optionalText(80),
  /** Set after staff have looked at the likely duplicates and are sure this is someone else. */
  confirmedNotDuplicate: z.boolean().default(false),
});
export type StaffRegistrationRequest = z.input<typeof staffRegistrationRequest>;

export const duplicateCheckRequest = z.object({
  firstName: person.firstName,
  lastName: person.lastName,
  birthDate: calendarDate,
  ssn: optionalText(11),
});
export type DuplicateCheckRequest = z.input<typeof duplicateCheckRequest>;

export const seekerSummary = z.object({
  id,
  recordNumber: z.number().int(),
  firstName: z.string(),
  middleInitial: z.string().nullable(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  /** Last four digits only ("***-**-6789"); the full number needs the reveal grant. */
  ssnMasked: z.string().nullable(),
  ssnIsPseudo: z.boolean(),
  email: z.string().nullable(),
  emailIsPlaceholder: z.boolean(),
  phone: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  registrationStatus: activeStatus,
  seekerStatus: activeStatus,
  registrationComplete: z.boolean(),
  hasAccount: z.boolean(),
});
export type SeekerSummary = z.infer<typeof seekerSummary>;

export const seekerDetail = seekerSummary.extend({
  /** The full pseudo-SSN (SEEK-5), when one was assigned: it is derived from public facts. */
  pseudoSsn: z.string().nullable(),
  address1: z.string().nullable(),
  address2: z.string().nullable(),
  county: z.string().nullable(),
  registrationMethod: z.enum(['self', 'staff']),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SeekerDetail = z.infer<typeof seekerDetail>;

export const duplicateCheckResult = z.object({
  /** A record with the same real SSN: creating another is refused. */
  sameSsn: seekerSummary.nullable(),
  /** Similar name and the same birth date: staff decide. */
  likely: z.array(seekerSummary.extend({ similarity: z.number() })),
});
export type DuplicateCheckResult = z.infer<typeof duplicateCheckResult>;

export const SEEKER_SORTS = ['relevance', 'name', 'recent'] as const;
export const seekerSearchQuery = pageQuery.extend({
  ssn: optionalText(11),
  name: optionalText(120),
  email: optionalText(254),
  recordNumber: z.coerce.number().int().positive().optional(),
  phone: optionalText(20),
  sort: z.enum(SEEKER_SORTS).default('relevance'),
});
export type SeekerSearchQuery = z.infer<typeof seekerSearchQuery>;
export const seekerSearchResult = paged(seekerSummary);
export type SeekerSearchResult = z.infer<typeof seekerSearchResult>;

/** SEEK-2: staff change either status; a reason goes to the audit trail. */
export const seekerStatusRequest = z
  .object({
    registrationStatus: activeStatus.optional(),
    seekerStatus: activeStatus.optional(),
    reason: z.string().trim().min(1, { error: 'Say why the status changes.' }).max(500),
  })
  .refine((v) => v.registrationStatus || v.seekerStatus, { error: 'Choose a status to change.' });
export type SeekerStatusRequest = z.input<typeof seekerStatusRequest>;

export const revealedSsn = z.object({ ssn: z.string(), isPseudo: z.boolean() });
export type RevealedSsn = z.infer<typeof revealedSsn>;
