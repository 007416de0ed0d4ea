import { z } from 'zod';
import { loginRequest } from './session';
import { birthDate, phoneNumber, zipCode } from './seekers';
import { id } from './common';

export const newPassword = z
  .string()
  .min(12, { error: 'Use at least 12 characters for your password.' })
  .max(200, { error: 'Use at most 200 characters for your password.' });

/** SEEK-1: a job seeker registers themselves. The SSN is optional (SEEK-5 assigns a pseudo-SSN). */
export const selfRegistrationRequest = z.object({
  firstName: z.string().trim().min(1, { error: 'Enter your first name.' }).max(60),
  lastName: z.string().trim().min(1, { error: 'Enter your last name.' }).max(60),
  birthDate,
  email: z.email({ error: 'Enter your email address, like name@example.com.' }).max(254),
  password: newPassword,
  ssn: z
    .string()
    .trim()
    .max(11)
    .optional()
    .transform((v) => (v ? v : undefined)),
  phone: phoneNumber.optional(),
  zip: zipCode.optional(),
});
export type SelfRegistrationRequest = z.input<typeof selfRegistrationRequest>;

export const seekerLoginRequest = loginRequest;

export const portalSession = z.object({
  seeker: z.object({ id, firstName: z.string(), lastName: z.string(), email: z.string() }),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  warningSeconds: z.number().int(),
  expiresAt: z.string(),
  serverTime: z.string(),
});
export type PortalSession = z.infer<typeof portalSession>;

/** SEEK-4: staff give a staff-entered record an email sign-in. */
export const accountConversionRequest = z.object({
  email: z.email({ error: 'Enter the person’s email address.' }).max(254),
  password: newPassword,
});
export type AccountConversionRequest = z.infer<typeof accountConversionRequest>;

/** A job the seeker saved or looked at. Postings arrive with the employers and postings work. */
export const portalJobSummary = z.object({
  postingId: id,
  title: z.string(),
  employer: z.string(),
  at: z.string(),
});

/** SEEK-11: what the seeker's home page shows. */
export const portalHome = z.object({
  resume: z.object({
    started: z.boolean(),
    updatedAt: z.string().nullable(),
    searchable: z.boolean(),
    jobs: z.number().int(),
    uploads: z.number().int(),
  }),
  email: z.string().nullable(),
  emailIsPlaceholder: z.boolean(),
  savedJobs: z.array(portalJobSummary),
  savedSearches: z.array(z.object({ id, name: z.string(), createdAt: z.string() })),
  recentlyViewed: z.array(portalJobSummary),
});
export type PortalHome = z.infer<typeof portalHome>;
