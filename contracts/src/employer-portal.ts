import { z } from 'zod';
import { id, paged, pageQuery } from './common';
import { employerStatus, selfServiceEmployerRequest } from './employers';
import { employerContactFields } from './employer-records';
import { newPassword } from './portal';
import { postingDetail, postingStatus, postingSummary } from './postings';
import { loginRequest } from './session';

/**
 * EMP-5, JOB-1: an employer registers itself and its first user. The record waits for the central
 * office's approval; the user signs in at once and sees that it waits.
 */
export const employerRegistrationRequest = selfServiceEmployerRequest.extend({
  /** The person registering: the employer's primary contact and its first portal user. */
  contact: employerContactFields.omit({ isPrimary: true }).extend({
    /** Also the user's sign-in. */
    email: z.email({ error: 'Enter your work email address, like hr@example.com.' }).max(254),
  }),
  password: newPassword,
});
export type EmployerRegistrationRequest = z.input<typeof employerRegistrationRequest>;
export type EmployerRegistrationInput = z.output<typeof employerRegistrationRequest>;

export const employerLoginRequest = loginRequest;

export const employerPortalSession = z.object({
  user: z.object({ id, firstName: z.string(), lastName: z.string(), email: z.string() }),
  employer: z.object({ id, name: z.string(), status: employerStatus }),
  csrfToken: z.string(),
  idleTimeoutSeconds: z.number().int(),
  warningSeconds: z.number().int(),
  expiresAt: z.string(),
  serverTime: z.string(),
});
export type EmployerPortalSession = z.infer<typeof employerPortalSession>;

/** What an employer sees of its own postings: no staff comments, notes or designees. */
export const employerPostingSummary = postingSummary.omit({ owner: true, programType: true });
export type EmployerPostingSummary = z.infer<typeof employerPostingSummary>;
export const employerPostingList = paged(employerPostingSummary);
export const employerPostingListQuery = pageQuery.extend({ status: postingStatus.optional() });

export const employerPostingDetail = postingDetail.pick({
  id: true,
  recordNumber: true,
  title: true,
  employer: true,
  status: true,
  openings: true,
  city: true,
  state: true,
  zip: true,
  postedAt: true,
  applicationDeadline: true,
  onBoard: true,
  createdAt: true,
  description: true,
  occupation: true,
  payMin: true,
  payMax: true,
  payUnit: true,
  hoursPerWeek: true,
  employmentType: true,
  shift: true,
  workDays: true,
  experienceMonths: true,
  educationLevel: true,
  licenseClass: true,
  endorsements: true,
  keyboardingWpm: true,
  publicTransportation: true,
  contactMethod: true,
  contactEmail: true,
  contactUrl: true,
  howToApply: true,
  laborDisputeStatement: true,
  refusalReason: true,
  updatedAt: true,
});
export type EmployerPostingDetail = z.infer<typeof employerPostingDetail>;
