import { z } from 'zod';
import { id } from './common';
import {
  ALIEN_NUMBER_MESSAGES,
  CDL_ONLY_ENDORSEMENTS,
  CITIZENSHIPS,
  DISABILITY_ANSWERS,
  DISCHARGE_TYPES,
  EMPLOYMENT_STATUSES,
  ENDORSEMENTS,
  ETHNICITIES,
  GENDERS,
  isMaskedAlienNumber,
  LANGUAGE_PROFICIENCIES,
  LICENSE_CLASSES,
  MAX_LANGUAGES,
  MAX_RADIUS_MILES,
  MAX_ZIP_CODES,
  MILITARY_BRANCHES,
  PHONE_TYPES,
  RACES,
  SCHOOL_STATUSES,
  SERVICE_DISABILITIES,
  todayIso,
  TRANSITIONING_TYPES,
  US_POSTAL_CODES,
  VETERAN_TYPES,
  WAGE_CEILINGS,
  WORK_DURATIONS,
  WORK_SHIFTS,
  WORK_WEEKS,
} from './profile-options';
import { EDUCATION_LEVELS, educationEntry, licenseEntry, PAY_UNITS } from './resume';
import { birthDate, calendarDate, phoneNumber, zipCode } from './seekers';

/** SEEK-6: the option lists (codes) live beside this file; the web builds its selects from them. */
export * from './profile-options';

// ---- Request pieces: every field may be left out or null, which stores "not answered". ----

const nullish = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((v): z.output<T> | null => v ?? null);
const text = (max: number, message: string) =>
  nullish(z.string().trim().max(max, { error: message })).transform((v) => (v ? v : null));
const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  nullish(z.enum(values, { error: message }));
const yesNo = nullish(z.boolean({ error: 'Answer yes or no.' }));
const pastDate = (future: string) =>
  nullish(calendarDate.refine((v) => v <= todayIso(), { error: future }));
const manyOf = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  nullish(z.array(z.enum(values, { error: message })).max(values.length)).transform((v) => [
    ...new Set(v ?? []),
  ]);
const state = z
  .string({ error: 'Use a two-letter U.S. state code, like KY.' })
  .trim()
  .toUpperCase()
  .pipe(z.enum(US_POSTAL_CODES, { error: 'Use a two-letter U.S. state code, like KY.' }));

/**
 * The A-number in a save: left out (undefined) or the unchanged mask = keep what is on file;
 * null or empty = remove it; otherwise 7 to 9 digits, with or without "A", stored as "A" and 9
 * digits. The output is the number, null, undefined (keep), or the mask itself (keep, which the
 * server checks against the number on file).
 */
const alienNumberRequest = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, '').toUpperCase())
  .refine((v) => v === '' || isMaskedAlienNumber(v) || /^A?\d{7,9}$/.test(v), {
    error: ALIEN_NUMBER_MESSAGES.format,
  })
  .transform((v): string | null => {
    if (v === '') return null;
    return isMaskedAlienNumber(v) ? v : `A${v.replace(/^A/, '').padStart(9, '0')}`;
  })
  .nullable()
  .optional();

const mailingAddress = z.object({
  address1: text(120, 'Use at most 120 characters.'),
  address2: text(120, 'Use at most 120 characters.'),
  city: text(80, 'Use at most 80 characters.'),
  state: nullish(state),
  zip: nullish(zipCode),
});

const contactRequest = z.object({
  firstName: z.string().trim().min(1, { error: 'Enter the first name.' }).max(60),
  middleInitial: text(1, 'Use one letter for the middle initial.').transform((v) =>
    v ? v.toUpperCase() : null,
  ),
  lastName: z.string().trim().min(1, { error: 'Enter the last name.' }).max(60),
  /** Null keeps a staff-entered record without email (SEEK-4); a sign-in needs one. */
  email: nullish(
    z.email({ error: 'Enter a valid email address, like name@example.com.' }).max(254),
  ),
  primaryPhone: nullish(phoneNumber),
  primaryPhoneType: choice(PHONE_TYPES, 'Choose the kind of phone.'),
  alternatePhone: nullish(phoneNumber),
  alternatePhoneType: choice(PHONE_TYPES, 'Choose the kind of phone.'),
  address1: text(120, 'Use at most 120 characters.'),
  address2: text(120, 'Use at most 120 characters.'),
  city: text(80, 'Use at most 80 characters.'),
  state: nullish(state),
  zip: nullish(zipCode),
  county: text(80, 'Use at most 80 characters.'),
  /** Null when mail goes to the residential address. */
  mailingAddress: nullish(mailingAddress),
});

const demographicsRequest = z.object({
  birthDate: calendarDate
    .refine((v) => v <= todayIso(), { error: 'A birth date cannot be in the future.', abort: true })
    .pipe(birthDate),
  gender: choice(GENDERS, 'Choose an answer from the list.'),
  ethnicity: choice(ETHNICITIES, 'Choose an answer from the list.'),
  races: manyOf(RACES, 'Choose races from the list.'),
  citizenship: choice(CITIZENSHIPS, 'Choose an answer from the list.'),
  /**
   * USCIS A-number, stored encrypted as "A" and 9 digits. Unlike the other fields, leaving it out
   * KEEPS the number on file, and so does sending back the mask that staff read
   * (`A*****6789`); null removes it; a number replaces it. See `alienNumberRequest`.
   */
  alienRegistrationNumber: alienNumberRequest,
  alienRegistrationExpires: nullish(calendarDate),
  disability: choice(DISABILITY_ANSWERS, 'Choose an answer from the list.'),
});

const veteranRequest = z.object({
  servedInMilitary: yesNo,
  veteranType: choice(VETERAN_TYPES, 'Choose the kind of veteran from the list.'),
  serviceStartDate: pastDate('Service cannot start in the future.'),
  serviceEndDate: pastDate('For a date still to come, use the planned separation date.'),
  plannedSeparationDate: nullish(calendarDate),
  transitioningType: choice(TRANSITIONING_TYPES, 'Choose the kind of transition from the list.'),
  campaignVeteran: yesNo,
  serviceConnectedDisability: choice(SERVICE_DISABILITIES, 'Choose a rating from the list.'),
  dischargeType: choice(DISCHARGE_TYPES, 'Choose a discharge from the list.'),
  branch: choice(MILITARY_BRANCHES, 'Choose a branch from the list.'),
  rank: text(40, 'Use at most 40 characters for the rank.'),
});

const employmentRequest = z.object({
  employmentStatus: choice(EMPLOYMENT_STATUSES, 'Choose an employment status from the list.'),
  schoolStatus: choice(SCHOOL_STATUSES, 'Choose a school status from the list.'),
  highestEducation: choice(EDUCATION_LEVELS, 'Choose an education level from the list.'),
});

const driversLicenseRequest = z.object({
  hasLicense: yesNo,
  state: nullish(state),
  licenseClass: choice(LICENSE_CLASSES, 'Choose a license class from the list.'),
  endorsements: manyOf(ENDORSEMENTS, 'Choose endorsements from the list.'),
});

const languageRequest = z.object({
  language: z
    .string()
    .trim()
    .min(1, { error: 'Enter the language, or remove this row.' })
    .max(60, { error: 'Use at most 60 characters.' }),
  proficiency: z.enum(LANGUAGE_PROFICIENCIES, { error: 'Choose how well you use it.' }),
});

const preferencesRequest = z.object({
  desiredWage: nullish(
    z
      .number({ error: 'Enter the wage as a number, like 18.50.' })
      .positive({ error: 'Enter a wage above zero, or leave it empty.' }),
  ),
  payUnit: choice(PAY_UNITS, 'Choose a pay unit from the list.'),
  workWeek: choice(WORK_WEEKS, 'Choose full time, part time or either.'),
  duration: choice(WORK_DURATIONS, 'Choose permanent, temporary or seasonal.'),
  overtime: yesNo,
  shifts: manyOf(WORK_SHIFTS, 'Choose shifts from the list.'),
  zipCodes: nullish(
    z
      .array(
        z
          .string()
          .trim()
          .regex(/^\d{5}$/, { error: 'Use 5-digit ZIP codes, like 40507.' }),
      )
      .max(MAX_ZIP_CODES, { error: `List at most ${MAX_ZIP_CODES} ZIP codes.` }),
  ).transform((v) => [...new Set(v ?? [])]),
  radiusMiles: nullish(
    z
      .number({ error: 'Enter the distance in whole miles.' })
      .int({ error: 'Enter the distance in whole miles.' })
      .min(0, { error: `Use 0 to ${MAX_RADIUS_MILES} miles.` })
      .max(MAX_RADIUS_MILES, { error: `Use 0 to ${MAX_RADIUS_MILES} miles.` }),
  ),
  states: nullish(z.array(state).max(US_POSTAL_CODES.length)).transform((v) => [
    ...new Set(v ?? []),
  ]),
  willingToRelocate: yesNo,
});

type Issue = { path: (string | number)[]; message: string };

/** Cross-field checks; each problem names the field a person must change. */
function profileProblems(p: z.output<typeof profileShape>): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const { contact, demographics: d, veteran: v, driversLicense: dl, preferences: pref } = p;

  const mail = contact.mailingAddress;
  if (mail) {
    if (!mail.address1) add(['contact', 'mailingAddress', 'address1'], 'Enter the mailing street.');
    if (!mail.city) add(['contact', 'mailingAddress', 'city'], 'Enter the mailing city.');
    if (!mail.state) add(['contact', 'mailingAddress', 'state'], 'Choose the mailing state.');
    if (!mail.zip) add(['contact', 'mailingAddress', 'zip'], 'Enter the mailing ZIP code.');
  }
  for (const kind of ['primary', 'alternate'] as const) {
    if (contact[`${kind}PhoneType`] && !contact[`${kind}Phone`])
      add(['contact', `${kind}Phone`], 'Enter the phone number, or clear its type.');
  }

  // A kept number (left out) is checked by the server, which knows whether one is on file.
  if (d.citizenship === 'us_citizen' || d.citizenship === null) {
    const why =
      d.citizenship === null ? ALIEN_NUMBER_MESSAGES.noCitizenship : ALIEN_NUMBER_MESSAGES.citizen;
    if (d.alienRegistrationNumber) add(['demographics', 'alienRegistrationNumber'], why);
    if (d.alienRegistrationExpires) add(['demographics', 'alienRegistrationExpires'], why);
  } else if (d.alienRegistrationExpires && d.alienRegistrationNumber === null) {
    add(['demographics', 'alienRegistrationNumber'], ALIEN_NUMBER_MESSAGES.expiryWithoutNumber);
  }

  const vet = (field: string, message: string) => add(['veteran', field], message);
  if (v.servedInMilitary !== true) {
    const details = VETERAN_DETAIL_FIELDS.filter((f) => v[f] !== null);
    for (const field of details)
      vet(field, 'Service details apply only to someone who served: answer “served” with yes.');
    if (v.veteranType !== null && v.veteranType !== 'eligible_spouse')
      vet('veteranType', 'Someone who did not serve can only be an eligible spouse.');
  } else {
    if (v.veteranType === null) vet('veteranType', 'Choose the kind of veteran.');
    if (v.veteranType === 'eligible_spouse')
      vet('veteranType', 'Someone who served is a veteran or a transitioning service member.');
    if (v.serviceStartDate && v.serviceEndDate && v.serviceEndDate < v.serviceStartDate)
      vet('serviceEndDate', 'The end of service cannot be before its start.');
    if (v.serviceStartDate && v.serviceStartDate < d.birthDate)
      vet('serviceStartDate', 'Service cannot start before the birth date.');
    const transitioning = v.veteranType === 'transitioning_service_member';
    if (transitioning && !v.plannedSeparationDate)
      vet('plannedSeparationDate', 'Enter the planned separation date.');
    if (transitioning && v.plannedSeparationDate && v.plannedSeparationDate < todayIso())
      vet('plannedSeparationDate', 'A planned separation is still to come: use a future date.');
    if (transitioning && !v.transitioningType) vet('transitioningType', 'Choose the transition.');
    if (!transitioning && v.transitioningType)
      vet('transitioningType', 'Only a transitioning service member has a transition type.');
  }

  if (dl.hasLicense !== true) {
    const why = 'Answer “has a driver’s license” with yes first.';
    if (dl.state) add(['driversLicense', 'state'], why);
    if (dl.licenseClass) add(['driversLicense', 'licenseClass'], why);
    if (dl.endorsements.length > 0) add(['driversLicense', 'endorsements'], why);
  } else {
    if (!dl.state) add(['driversLicense', 'state'], 'Choose the state that issued the license.');
    if (!dl.licenseClass) add(['driversLicense', 'licenseClass'], 'Choose the license class.');
    const cdl = dl.licenseClass !== null && dl.licenseClass !== 'regular';
    if (!cdl && dl.endorsements.some((e) => CDL_ONLY_ENDORSEMENTS.includes(e)))
      add(
        ['driversLicense', 'endorsements'],
        'Only motorcycle goes on a regular license; the other endorsements need a CDL class.',
      );
  }

  const seen = new Set<string>();
  p.languages.forEach((l, i) => {
    const key = l.language.toLowerCase();
    if (seen.has(key)) add(['languages', i, 'language'], 'This language is listed already.');
    seen.add(key);
  });

  if (pref.desiredWage !== null && !pref.payUnit)
    add(['preferences', 'payUnit'], 'Choose the pay unit of the wage.');
  if (pref.desiredWage !== null && pref.payUnit && pref.desiredWage > WAGE_CEILINGS[pref.payUnit])
    add(
      ['preferences', 'desiredWage'],
      `Check the wage: more than ${WAGE_CEILINGS[pref.payUnit].toLocaleString('en-US')} per ${pref.payUnit} is unusual. Is the pay unit right?`,
    );
  if (pref.radiusMiles !== null && pref.zipCodes.length === 0)
    add(['preferences', 'radiusMiles'], 'Add a ZIP code for the distance to count from.');
  return issues;
}

/** The service details that apply only when the person served. */
export const VETERAN_DETAIL_FIELDS = [
  'serviceStartDate',
  'serviceEndDate',
  'plannedSeparationDate',
  'transitioningType',
  'campaignVeteran',
  'serviceConnectedDisability',
  'dischargeType',
  'branch',
  'rank',
] as const;

const profileShape = z.object({
  contact: contactRequest,
  demographics: demographicsRequest,
  veteran: veteranRequest,
  employment: employmentRequest,
  driversLicense: driversLicenseRequest,
  languages: nullish(
    z.array(languageRequest).max(MAX_LANGUAGES, { error: `List at most ${MAX_LANGUAGES}.` }),
  ).transform((v) => v ?? []),
  preferences: preferencesRequest,
});

/** SEEK-6: the whole profile, saved at once (PUT). */
export const updateSeekerProfileRequest = profileShape.superRefine((p, ctx) => {
  for (const issue of profileProblems(p))
    ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: p });
});
export type UpdateSeekerProfileRequest = z.input<typeof updateSeekerProfileRequest>;
export type SeekerProfileFields = z.output<typeof updateSeekerProfileRequest>;

// ---- Response: plain shapes (what is stored always reads back, even if rules tighten later). ----

const str = z.string().nullable();
const bool = z.boolean().nullable();
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).nullable();

export const seekerProfile = z.object({
  seekerId: id,
  contact: z.object({
    firstName: z.string(),
    middleInitial: str,
    lastName: z.string(),
    /** Null when the record has only a placeholder (SEEK-4). */
    email: str,
    primaryPhone: str,
    primaryPhoneType: oneOf(PHONE_TYPES),
    alternatePhone: str,
    alternatePhoneType: oneOf(PHONE_TYPES),
    address1: str,
    address2: str,
    city: str,
    state: str,
    zip: str,
    county: str,
    mailingAddress: z
      .object({ address1: str, address2: str, city: str, state: str, zip: str })
      .nullable(),
  }),
  demographics: z.object({
    birthDate: str,
    gender: oneOf(GENDERS),
    ethnicity: oneOf(ETHNICITIES),
    races: z.array(z.enum(RACES)),
    citizenship: oneOf(CITIZENSHIPS),
    /**
     * In full only for the job seeker (the portal); masked for staff (`A*****6789`, see
     * `maskAlienNumber`). Send it back unchanged, or leave it out, to keep it.
     */
    alienRegistrationNumber: str,
    /** Whether a number is on file, whoever reads it. */
    alienRegistrationOnFile: z.boolean(),
    alienRegistrationExpires: str,
    disability: oneOf(DISABILITY_ANSWERS),
  }),
  veteran: z.object({
    servedInMilitary: bool,
    veteranType: oneOf(VETERAN_TYPES),
    serviceStartDate: str,
    serviceEndDate: str,
    plannedSeparationDate: str,
    transitioningType: oneOf(TRANSITIONING_TYPES),
    campaignVeteran: bool,
    serviceConnectedDisability: oneOf(SERVICE_DISABILITIES),
    dischargeType: oneOf(DISCHARGE_TYPES),
    branch: oneOf(MILITARY_BRANCHES),
    rank: str,
  }),
  employment: z.object({
    employmentStatus: oneOf(EMPLOYMENT_STATUSES),
    schoolStatus: oneOf(SCHOOL_STATUSES),
    highestEducation: oneOf(EDUCATION_LEVELS),
  }),
  driversLicense: z.object({
    hasLicense: bool,
    state: str,
    licenseClass: oneOf(LICENSE_CLASSES),
    endorsements: z.array(z.enum(ENDORSEMENTS)),
  }),
  languages: z.array(
    z.object({ language: z.string(), proficiency: z.enum(LANGUAGE_PROFICIENCIES) }),
  ),
  preferences: z.object({
    desiredWage: z.number().nullable(),
    payUnit: oneOf(PAY_UNITS),
    workWeek: oneOf(WORK_WEEKS),
    duration: oneOf(WORK_DURATIONS),
    overtime: bool,
    shifts: z.array(z.enum(WORK_SHIFTS)),
    zipCodes: z.array(z.string()),
    radiusMiles: z.number().int().nullable(),
    states: z.array(z.string()),
    willingToRelocate: bool,
  }),
  /** VET-1: a veteran or an eligible spouse gets priority of service. */
  coveredForPriorityOfService: z.boolean(),
  /** A sign-in uses the email, so it cannot be removed (SEEK-4). */
  hasAccount: z.boolean(),
  /**
   * Read-only, from the resume (SEEK-7): degrees, licenses and skills live there. Null when the
   * resume tab is withheld from the staff member's role (SEC-3).
   */
  fromResume: z
    .object({
      education: z.array(educationEntry),
      licenses: z.array(licenseEntry),
      skills: z.array(z.string()),
    })
    .nullable(),
  /** Null until the profile is first saved. */
  updatedAt: z.string().nullable(),
});
export type SeekerProfile = z.infer<typeof seekerProfile>;
