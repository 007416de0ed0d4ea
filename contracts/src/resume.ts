import { z } from 'zod';

/** Year and month, e.g. "2021-06". Resumes rarely give days. */
export const yearMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Use the form YYYY-MM, for example 2021-06.' });

export const PAY_UNITS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const payUnit = z.enum(PAY_UNITS);
export type PayUnit = z.infer<typeof payUnit>;

/** Education levels as the data map and PIRL group them. */
export const EDUCATION_LEVELS = [
  'less_than_high_school',
  'high_school',
  'ged',
  'some_college',
  'vocational_certificate',
  'associate',
  'bachelor',
  'master',
  'doctorate',
] as const;
export const educationLevel = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof educationLevel>;

export const onetCode = z
  .string()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'Use an O*NET-SOC code like 29-1141.00.' });

export const resumeContact = z.object({
  firstName: z.string().trim().max(60),
  lastName: z.string().trim().max(60),
  email: z.string().trim().max(254).nullable(),
  phone: z.string().trim().max(30).nullable(),
  city: z.string().trim().max(80).nullable(),
  state: z.string().trim().max(2).nullable(),
  zip: z.string().trim().max(10).nullable(),
});
export type ResumeContact = z.infer<typeof resumeContact>;

export const workEntry = z.object({
  title: z.string().trim().min(1).max(120),
  onetCode: onetCode.nullable(),
  employer: z.string().trim().max(120),
  city: z.string().trim().max(80).nullable(),
  state: z.string().trim().max(2).nullable(),
  startDate: yearMonth.nullable(),
  /** Null while the job is current. */
  endDate: yearMonth.nullable(),
  duties: z.string().trim().max(4000),
  wage: z.number().nonnegative().max(10_000_000).nullable(),
  payUnit: payUnit.nullable(),
});
export type WorkEntry = z.infer<typeof workEntry>;

export const educationEntry = z.object({
  institution: z.string().trim().max(120),
  level: educationLevel.nullable(),
  degree: z.string().trim().max(120).nullable(),
  major: z.string().trim().max(120).nullable(),
  completedYear: z.number().int().min(1940).max(2100).nullable(),
});
export type EducationEntry = z.infer<typeof educationEntry>;

export const licenseEntry = z.object({
  name: z.string().trim().min(1).max(120),
  issuer: z.string().trim().max(120).nullable(),
  expires: yearMonth.nullable(),
});
export type LicenseEntry = z.infer<typeof licenseEntry>;

/** SEEK-7: the structured resume that the builder edits, uploads are parsed into, and exports render. */
export const structuredResume = z.object({
  contact: resumeContact,
  summary: z.string().trim().max(4000),
  work: z.array(workEntry).max(30),
  education: z.array(educationEntry).max(15),
  licenses: z.array(licenseEntry).max(30),
  skills: z.array(z.string().trim().min(1).max(80)).max(100),
});
export type StructuredResume = z.infer<typeof structuredResume>;

export const savedResume = z.object({
  resume: structuredResume,
  /** SEEK-9: searchable by employers, or confidential. */
  searchable: z.boolean(),
  /** Null until the resume is first saved. */
  updatedAt: z.string().nullable(),
});
export type SavedResume = z.infer<typeof savedResume>;

export const saveResumeRequest = z.object({ resume: structuredResume, searchable: z.boolean() });
export type SaveResumeRequest = z.infer<typeof saveResumeRequest>;

export const RESUME_FORMATS = ['pdf', 'docx'] as const;
export const resumeFormat = z.enum(RESUME_FORMATS);
export type ResumeFormat = z.infer<typeof resumeFormat>;

export const resumeFormatQuery = z.object({
  format: resumeFormat.default('pdf'),
});

/** SEEK-8: an uploaded resume file, kept with the seeker. */
export const resumeUpload = z.object({
  id: z.uuid(),
  fileName: z.string(),
  fileType: resumeFormat,
  sizeBytes: z.number().int(),
  uploadedAt: z.string(),
  /** Null when the seeker uploaded it. */
  uploadedByStaff: z.string().nullable(),
});
export type ResumeUpload = z.infer<typeof resumeUpload>;

/** What the parser could not do well; the web shows each code in the reader's language. */
export const RESUME_WARNING_CODES = [
  'noName',
  'noEmail',
  'noPhone',
  'skillsShortened',
  'tooManySkills',
  'noWorkSection',
  'sectionNotCopied',
  'tooManyJobs',
  'tooManySchools',
  'noJobDates',
  'yearOnlyDates',
] as const;
export type ResumeWarningCode = (typeof RESUME_WARNING_CODES)[number];

export const resumeWarning = z.object({
  code: z.enum(RESUME_WARNING_CODES),
  /** The same note in English, for API clients without translations. */
  message: z.string(),
  /** Values the message names: `job` (a title), `section` (a heading), `max` (a limit). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ResumeWarning = z.infer<typeof resumeWarning>;

/** The parsed draft is shown for review; nothing replaces the saved resume until it is confirmed. */
export const resumeUploadResult = z.object({
  upload: resumeUpload,
  draft: structuredResume,
  /** Plain-language notes on what to check in the draft. */
  warnings: z.array(resumeWarning),
});
export type ResumeUploadResult = z.infer<typeof resumeUploadResult>;

export const resumeUploadList = z.object({ items: z.array(resumeUpload) });
export type ResumeUploadList = z.infer<typeof resumeUploadList>;

/** SEEK-10: email my resume to me, as PDF or Word. */
export const emailResumeRequest = z.object({ format: resumeFormat.default('pdf') });
export type EmailResumeRequest = z.input<typeof emailResumeRequest>;

export const emailResumeResult = z.object({ sentTo: z.string() });
export type EmailResumeResult = z.infer<typeof emailResumeResult>;
