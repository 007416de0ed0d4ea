import type { PayUnit } from './resume';

/*
 * SEEK-6: the job seeker's profile, field for field as the EKOS/Focus data map lists it (contact,
 * profile, education, driver's license, languages, preferences). Codes follow PIRL where PIRL has
 * them, so that reports translate without guessing.
 */

/** USPS codes of the states, the District of Columbia and the territories. */
// prettier-ignore
export const US_POSTAL_CODES = [
  'AL', 'AK', 'AS', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'GU', 'HI', 'ID', 'IL',
  'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH',
  'NJ', 'NM', 'NY', 'NC', 'ND', 'MP', 'OH', 'OK', 'OR', 'PA', 'PR', 'RI', 'SC', 'SD', 'TN', 'TX',
  'UT', 'VT', 'VI', 'VA', 'WA', 'WV', 'WI', 'WY',
] as const;

export const PHONE_TYPES = ['mobile', 'home', 'work', 'other'] as const;
/** PIRL 201. */
export const GENDERS = ['male', 'female', 'not_disclosed'] as const;
/** PIRL 210. */
export const ETHNICITIES = ['hispanic_latino', 'not_hispanic_latino', 'not_disclosed'] as const;
/** PIRL 211–215: a person may name several. */
export const RACES = [
  'american_indian_alaska_native',
  'asian',
  'black_african_american',
  'native_hawaiian_pacific_islander',
  'white',
] as const;
export const CITIZENSHIPS = ['us_citizen', 'permanent_resident', 'authorized_non_citizen'] as const;
/** PIRL 202. */
export const DISABILITY_ANSWERS = ['yes', 'no', 'not_disclosed'] as const;
/** PIRL 301 and the Jobs for Veterans Act: an eligible spouse is covered without having served. */
export const VETERAN_TYPES = [
  'veteran',
  'veteran_180_days_or_less',
  'transitioning_service_member',
  'eligible_spouse',
] as const;
export const TRANSITIONING_TYPES = [
  'separating',
  'retiring',
  'guard_reserve_demobilizing',
] as const;
export const SERVICE_DISABILITIES = ['none', 'under_30', '30_or_more'] as const;
export const DISCHARGE_TYPES = [
  'honorable',
  'general',
  'other_than_honorable',
  'bad_conduct',
  'dishonorable',
  'uncharacterized',
] as const;
export const MILITARY_BRANCHES = [
  'army',
  'navy',
  'air_force',
  'marine_corps',
  'space_force',
  'coast_guard',
  'army_national_guard',
  'air_national_guard',
] as const;
/** PIRL 400. */
export const EMPLOYMENT_STATUSES = [
  'employed',
  'employed_with_notice',
  'not_employed',
  'not_in_labor_force',
] as const;
/** PIRL 409. */
export const SCHOOL_STATUSES = [
  'in_secondary',
  'in_alternative_school',
  'in_postsecondary',
  'not_in_school_dropout',
  'not_in_school_graduate',
  'not_in_school_compulsory_age',
] as const;
export const LICENSE_CLASSES = ['regular', 'cdl_a', 'cdl_b', 'cdl_c'] as const;
export const ENDORSEMENTS = [
  'passenger',
  'motorcycle',
  'school_bus',
  'tank_vehicle',
  'hazardous_materials',
  'doubles_triples',
  'air_brakes',
] as const;
/** Endorsements a state adds only to a commercial license; motorcycle goes on any license. */
export const CDL_ONLY_ENDORSEMENTS: readonly Endorsement[] = ENDORSEMENTS.filter(
  (e) => e !== 'motorcycle',
);
export const LANGUAGE_PROFICIENCIES = ['basic', 'conversational', 'fluent', 'native'] as const;
export const WORK_WEEKS = ['full_time', 'part_time', 'either'] as const;
export const WORK_DURATIONS = ['permanent', 'temporary', 'seasonal'] as const;
export const WORK_SHIFTS = ['day', 'evening', 'night', 'rotating', 'split', 'weekend'] as const;

export type Endorsement = (typeof ENDORSEMENTS)[number];
export type Citizenship = (typeof CITIZENSHIPS)[number];
export type VeteranType = (typeof VETERAN_TYPES)[number];
export type DischargeType = (typeof DISCHARGE_TYPES)[number];

export const MAX_RADIUS_MILES = 500;
export const MAX_ZIP_CODES = 20;
export const MAX_LANGUAGES = 20;
/** Above these a desired wage is almost surely a typo (an annual figure entered as hourly). */
export const WAGE_CEILINGS: Record<PayUnit, number> = {
  hour: 500,
  day: 4_000,
  week: 20_000,
  month: 85_000,
  year: 1_000_000,
};

/**
 * SEEK-6: staff see an A-number only masked, like an SSN: "A", five stars and the last four
 * digits. Only the job seeker reads their own number in full, so that they can correct it.
 */
export function maskAlienNumber(value: string | null): string | null {
  if (!value) return null;
  return isMaskedAlienNumber(value) ? value : `A*****${value.slice(-4)}`;
}

/** True for a masked A-number as the staff read it (`A*****6789`), which means "keep it". */
export function isMaskedAlienNumber(value: string): boolean {
  return /^A\*{5}\d{4}$/.test(value.trim().toUpperCase());
}

export const ALIEN_NUMBER_MESSAGES = {
  format: 'Use the A-number from the card: A and 7 to 9 digits, like A123456789.',
  noCitizenship:
    'Answer the citizenship question first: only non-citizens have an alien registration.',
  citizen: 'A U.S. citizen has no alien registration: clear it, or change the citizenship.',
  expiryWithoutNumber: 'Enter the number this expiry belongs to.',
  maskChanged:
    'Only the last four digits are shown. Leave the number as it was, or type the whole number.',
} as const;

/** Today as YYYY-MM-DD, for "not in the future" checks on calendar dates. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
