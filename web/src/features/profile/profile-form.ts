import type { SeekerProfile, UpdateSeekerProfileRequest } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';
import { isoBirthDate } from '../seekers/registration-form';
import type { DateParts } from '../seekers/SeekerFields';

/** A yes/no question that may be left unanswered. */
export type YesNo = '' | 'yes' | 'no';

/** One ZIP code of the work preferences; `key` keeps React rows stable as they come and go. */
export interface ZipRow {
  key: number;
  zip: string;
}

export interface LanguageRow {
  /** Stable React key: rows are added and removed in any order. */
  key: number;
  language: string;
  proficiency: string;
}

/** What the inputs hold: text for every input, '' for "not answered". */
export interface ProfileValues {
  contact: {
    firstName: string;
    middleInitial: string;
    lastName: string;
    email: string;
    primaryPhone: string;
    primaryPhoneType: string;
    alternatePhone: string;
    alternatePhoneType: string;
    address1: string;
    address2: string;
    city: string;
    state: string;
    zip: string;
    county: string;
    hasMailingAddress: boolean;
    mailing: { address1: string; address2: string; city: string; state: string; zip: string };
  };
  demographics: {
    birthDate: DateParts;
    gender: string;
    ethnicity: string;
    races: string[];
    citizenship: string;
    alienRegistrationNumber: string;
    /** As read: in full for the job seeker, masked for staff. Unchanged, it is left out (kept). */
    alienRegistrationInitial: string;
    alienRegistrationExpires: DateParts;
    disability: string;
  };
  veteran: {
    servedInMilitary: YesNo;
    veteranType: string;
    serviceStartDate: DateParts;
    serviceEndDate: DateParts;
    plannedSeparationDate: DateParts;
    transitioningType: string;
    campaignVeteran: YesNo;
    serviceConnectedDisability: string;
    dischargeType: string;
    branch: string;
    rank: string;
  };
  employment: { employmentStatus: string; schoolStatus: string; highestEducation: string };
  driversLicense: {
    hasLicense: YesNo;
    state: string;
    licenseClass: string;
    endorsements: string[];
  };
  languages: LanguageRow[];
  preferences: {
    desiredWage: string;
    payUnit: string;
    workWeek: string;
    duration: string;
    overtime: YesNo;
    shifts: string[];
    zipCodes: ZipRow[];
    radiusMiles: string;
    states: string[];
    willingToRelocate: YesNo;
  };
}

export type ProfileGroup = Exclude<keyof ProfileValues, 'languages'>;

const dateParts = (iso: string | null): DateParts => {
  if (!iso) return { month: '', day: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { year, month: String(Number(month)), day: String(Number(day)) };
};
const yesNo = (value: boolean | null): YesNo => (value === null ? '' : value ? 'yes' : 'no');
const s = (value: string | null | undefined) => value ?? '';

let nextRowKey = 1;
export const newLanguageRow = (language = '', proficiency = ''): LanguageRow => ({
  key: nextRowKey++,
  language,
  proficiency,
});
export const newZipRow = (zip = ''): ZipRow => ({ key: nextRowKey++, zip });

export function toFormValues(p: SeekerProfile): ProfileValues {
  const { contact: c, demographics: d, veteran: v, driversLicense: dl, preferences: w } = p;
  const m = c.mailingAddress;
  return {
    contact: {
      firstName: c.firstName,
      middleInitial: s(c.middleInitial),
      lastName: c.lastName,
      email: s(c.email),
      primaryPhone: s(c.primaryPhone),
      primaryPhoneType: s(c.primaryPhoneType),
      alternatePhone: s(c.alternatePhone),
      alternatePhoneType: s(c.alternatePhoneType),
      address1: s(c.address1),
      address2: s(c.address2),
      city: s(c.city),
      state: s(c.state),
      zip: s(c.zip),
      county: s(c.county),
      hasMailingAddress: m !== null,
      mailing: {
        address1: s(m?.address1),
        address2: s(m?.address2),
        city: s(m?.city),
        state: s(m?.state),
        zip: s(m?.zip),
      },
    },
    demographics: {
      birthDate: dateParts(d.birthDate),
      gender: s(d.gender),
      ethnicity: s(d.ethnicity),
      races: [...d.races],
      citizenship: s(d.citizenship),
      alienRegistrationNumber: s(d.alienRegistrationNumber),
      alienRegistrationInitial: s(d.alienRegistrationNumber),
      alienRegistrationExpires: dateParts(d.alienRegistrationExpires),
      disability: s(d.disability),
    },
    veteran: {
      servedInMilitary: yesNo(v.servedInMilitary),
      veteranType: s(v.veteranType),
      serviceStartDate: dateParts(v.serviceStartDate),
      serviceEndDate: dateParts(v.serviceEndDate),
      plannedSeparationDate: dateParts(v.plannedSeparationDate),
      transitioningType: s(v.transitioningType),
      campaignVeteran: yesNo(v.campaignVeteran),
      serviceConnectedDisability: s(v.serviceConnectedDisability),
      dischargeType: s(v.dischargeType),
      branch: s(v.branch),
      rank: s(v.rank),
    },
    employment: {
      employmentStatus: s(p.employment.employmentStatus),
      schoolStatus: s(p.employment.schoolStatus),
      highestEducation: s(p.employment.highestEducation),
    },
    driversLicense: {
      hasLicense: yesNo(dl.hasLicense),
      state: s(dl.state),
      licenseClass: s(dl.licenseClass),
      endorsements: [...dl.endorsements],
    },
    languages: p.languages.map((l) => newLanguageRow(l.language, l.proficiency)),
    preferences: {
      desiredWage: w.desiredWage === null ? '' : String(w.desiredWage),
      payUnit: s(w.payUnit),
      workWeek: s(w.workWeek),
      duration: s(w.duration),
      overtime: yesNo(w.overtime),
      shifts: [...w.shifts],
      zipCodes: w.zipCodes.map((zip) => newZipRow(zip)),
      radiusMiles: w.radiusMiles === null ? '' : String(w.radiusMiles),
      states: [...w.states],
      willingToRelocate: yesNo(w.willingToRelocate),
    },
  };
}

/** Field path (as the server names it) → message. */
export type ProfileErrors = Record<string, string>;

/** Paths of the memorable-date fields: an error link focuses their month. */
export const DATE_PATHS = [
  'demographics.birthDate',
  'demographics.alienRegistrationExpires',
  'veteran.serviceStartDate',
  'veteran.serviceEndDate',
  'veteran.plannedSeparationDate',
] as const;

/** The id of a field's control, from its path: `veteran.branch` → `profile-veteran-branch`. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

/** The control an error summary link focuses. */
export function focusTarget(prefix: string, path: string): string {
  const id = fieldId(prefix, path);
  return (DATE_PATHS as readonly string[]).includes(path) ? `${id}-month` : id;
}

/** Lists whose items each have their own input, so an item's error stays on its row. */
const ROW_LISTS = /^preferences\.zipCodes\.\d+$/;

/**
 * The server's field errors by full path. A problem with one item of a list of checkboxes
 * (`driversLicense.endorsements.1`) belongs to the whole list; ZIP code and language rows keep
 * their row.
 */
export function profileErrorsFrom(error: unknown): ProfileErrors {
  const errors: ProfileErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.fields) {
    const path = ROW_LISTS.test(issue.path) ? issue.path : issue.path.replace(/\.\d+$/, '');
    if (path && !(path in errors)) errors[path] = issue.message;
  }
  return errors;
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const yesNoValue = (value: YesNo) => (value === '' ? null : value === 'yes');

/**
 * The request to send, and the problems worth catching before a round trip (in the reader's
 * language). Answers that no longer apply (service details after "did not serve", a license class
 * after "no license") are sent empty, as the server requires.
 */
export function toRequest(
  values: ProfileValues,
  t: TFunction,
): { request: UpdateSeekerProfileRequest; problems: ProfileErrors } {
  const problems: ProfileErrors = {};
  const date = (path: string, parts: DateParts) => {
    if (!parts.month && !parts.day.trim() && !parts.year.trim()) return null;
    const iso = isoBirthDate(parts);
    if (!iso) problems[path] = t('profile.errors.date');
    return iso;
  };
  const number = (path: string, text: string, message: string, whole = false) => {
    if (!text.trim()) return null;
    const value = Number(text.trim().replace(/^\$/, '').replace(/,/g, ''));
    if (!Number.isFinite(value) || (whole && !Number.isInteger(value))) problems[path] = message;
    return Number.isFinite(value) ? value : null;
  };
  const { contact: c, demographics: d, veteran: v, driversLicense: dl, preferences: w } = values;
  const served = v.servedInMilitary === 'yes';
  const nonCitizen = d.citizenship !== '' && d.citizenship !== 'us_citizen';
  const transitioning = served && v.veteranType === 'transitioning_service_member';
  const licensed = dl.hasLicense === 'yes';
  /** The A-number to send: undefined (keep) while unchanged, null to remove it, or the new one. */
  const alienNumber = ((): string | null | undefined => {
    if (!nonCitizen) return null;
    const typed = d.alienRegistrationNumber.trim();
    if (d.alienRegistrationInitial && typed === d.alienRegistrationInitial) return undefined;
    if (typed.includes('*'))
      problems['demographics.alienRegistrationNumber'] = t('profile.errors.alienMasked');
    return typed || null;
  })();
  /** Every row is sent, so that the server's errors name the same rows. */
  const zipCodes = () => {
    const seen = new Set<string>();
    return w.zipCodes.map(({ zip }, index) => {
      const value = zip.trim();
      const path = `preferences.zipCodes.${index}`;
      if (!/^\d{5}$/.test(value)) problems[path] = t('profile.errors.zip');
      else if (seen.has(value)) problems[path] = t('profile.errors.zipRepeated');
      seen.add(value);
      return value;
    });
  };
  const birthDate = date('demographics.birthDate', d.birthDate);
  if (!birthDate && !problems['demographics.birthDate'])
    problems['demographics.birthDate'] = t('profile.errors.date');
  const request = {
    contact: {
      firstName: c.firstName,
      middleInitial: orNull(c.middleInitial),
      lastName: c.lastName,
      email: orNull(c.email),
      primaryPhone: orNull(c.primaryPhone),
      primaryPhoneType: orNull(c.primaryPhoneType),
      alternatePhone: orNull(c.alternatePhone),
      alternatePhoneType: orNull(c.alternatePhoneType),
      address1: orNull(c.address1),
      address2: orNull(c.address2),
      city: orNull(c.city),
      state: orNull(c.state),
      zip: orNull(c.zip),
      county: orNull(c.county),
      mailingAddress: c.hasMailingAddress
        ? {
            address1: orNull(c.mailing.address1),
            address2: orNull(c.mailing.address2),
            city: orNull(c.mailing.city),
            state: orNull(c.mailing.state),
            zip: orNull(c.mailing.zip),
          }
        : null,
    },
    demographics: {
      birthDate: birthDate ?? '',
      gender: orNull(d.gender),
      ethnicity: orNull(d.ethnicity),
      races: d.races,
      citizenship: orNull(d.citizenship),
      // Left out while unchanged: staff who read only the mask never overwrite the number.
      ...(alienNumber === undefined ? {} : { alienRegistrationNumber: alienNumber }),
      alienRegistrationExpires: nonCitizen
        ? date('demographics.alienRegistrationExpires', d.alienRegistrationExpires)
        : null,
      disability: orNull(d.disability),
    },
    veteran: {
      servedInMilitary: yesNoValue(v.servedInMilitary),
      veteranType: served || v.veteranType === 'eligible_spouse' ? orNull(v.veteranType) : null,
      serviceStartDate: served ? date('veteran.serviceStartDate', v.serviceStartDate) : null,
      serviceEndDate: served ? date('veteran.serviceEndDate', v.serviceEndDate) : null,
      plannedSeparationDate: transitioning
        ? date('veteran.plannedSeparationDate', v.plannedSeparationDate)
        : null,
      transitioningType: transitioning ? orNull(v.transitioningType) : null,
      campaignVeteran: served ? yesNoValue(v.campaignVeteran) : null,
      serviceConnectedDisability: served ? orNull(v.serviceConnectedDisability) : null,
      dischargeType: served ? orNull(v.dischargeType) : null,
      branch: served ? orNull(v.branch) : null,
      rank: served ? orNull(v.rank) : null,
    },
    employment: {
      employmentStatus: orNull(values.employment.employmentStatus),
      schoolStatus: orNull(values.employment.schoolStatus),
      highestEducation: orNull(values.employment.highestEducation),
    },
    driversLicense: {
      hasLicense: yesNoValue(dl.hasLicense),
      state: licensed ? orNull(dl.state) : null,
      licenseClass: licensed ? orNull(dl.licenseClass) : null,
      endorsements: licensed ? dl.endorsements : [],
    },
    languages: values.languages.map((l) => ({ language: l.language, proficiency: l.proficiency })),
    preferences: {
      desiredWage: number('preferences.desiredWage', w.desiredWage, t('profile.errors.wage')),
      payUnit: orNull(w.payUnit),
      workWeek: orNull(w.workWeek),
      duration: orNull(w.duration),
      overtime: yesNoValue(w.overtime),
      shifts: w.shifts,
      zipCodes: zipCodes(),
      radiusMiles: number(
        'preferences.radiusMiles',
        w.radiusMiles,
        t('profile.errors.radius'),
        true,
      ),
      states: w.states,
      willingToRelocate: yesNoValue(w.willingToRelocate),
    },
  };
  // The server checks every value against its list; the casts only widen the inputs' strings.
  return { request: request as UpdateSeekerProfileRequest, problems };
}
