import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CITIZENSHIPS,
  DISABILITY_ANSWERS,
  DISCHARGE_TYPES,
  EMPLOYMENT_STATUSES,
  ENDORSEMENTS,
  ETHNICITIES,
  GENDERS,
  LANGUAGE_PROFICIENCIES,
  LICENSE_CLASSES,
  MAX_RADIUS_MILES,
  MAX_ZIP_CODES,
  MILITARY_BRANCHES,
  PHONE_TYPES,
  RACES,
  SCHOOL_STATUSES,
  SERVICE_DISABILITIES,
  TRANSITIONING_TYPES,
  VETERAN_TYPES,
  WORK_DURATIONS,
  WORK_SHIFTS,
  WORK_WEEKS,
} from '@onestop/contracts';
import { educationLevelEnum, payUnitEnum } from './resumes';
import { seekers } from './seekers';

export const phoneTypeEnum = pgEnum('phone_type', PHONE_TYPES);
export const genderEnum = pgEnum('gender', GENDERS);
export const ethnicityEnum = pgEnum('ethnicity', ETHNICITIES);
export const raceEnum = pgEnum('race', RACES);
export const citizenshipEnum = pgEnum('citizenship', CITIZENSHIPS);
export const disabilityAnswerEnum = pgEnum('disability_answer', DISABILITY_ANSWERS);
export const veteranTypeEnum = pgEnum('veteran_type', VETERAN_TYPES);
export const transitioningTypeEnum = pgEnum('transitioning_type', TRANSITIONING_TYPES);
export const serviceDisabilityEnum = pgEnum('service_disability', SERVICE_DISABILITIES);
export const dischargeTypeEnum = pgEnum('discharge_type', DISCHARGE_TYPES);
export const militaryBranchEnum = pgEnum('military_branch', MILITARY_BRANCHES);
export const employmentStatusEnum = pgEnum('employment_status', EMPLOYMENT_STATUSES);
export const schoolStatusEnum = pgEnum('school_status', SCHOOL_STATUSES);
export const licenseClassEnum = pgEnum('license_class', LICENSE_CLASSES);
export const endorsementEnum = pgEnum('license_endorsement', ENDORSEMENTS);
export const languageProficiencyEnum = pgEnum('language_proficiency', LANGUAGE_PROFICIENCIES);
export const workWeekEnum = pgEnum('work_week', WORK_WEEKS);
export const workDurationEnum = pgEnum('work_duration', WORK_DURATIONS);
export const workShiftEnum = pgEnum('work_shift', WORK_SHIFTS);

const seekerRef = () =>
  uuid('seeker_id')
    .notNull()
    .references(() => seekers.id, { onDelete: 'cascade' });

/**
 * SEEK-6: what the profile adds to the seeker's record. Name, birth date, email, primary phone and
 * residential address stay on `seekers`, which searches and duplicate checks read. Every answer is
 * its own typed column (reports, PIRL and VET-2 matching read them); null means "not answered".
 */
export const seekerProfiles = pgTable(
  'seeker_profiles',
  {
    seekerId: seekerRef().primaryKey(),
    primaryPhoneType: phoneTypeEnum('primary_phone_type'),
    alternatePhone: text('alternate_phone'),
    alternatePhoneType: phoneTypeEnum('alternate_phone_type'),
    mailingAddress1: text('mailing_address1'),
    mailingAddress2: text('mailing_address2'),
    mailingCity: text('mailing_city'),
    mailingState: text('mailing_state'),
    mailingZip: text('mailing_zip'),

    gender: genderEnum('gender'),
    ethnicity: ethnicityEnum('ethnicity'),
    races: raceEnum('races')
      .array()
      .notNull()
      .default(sql`'{}'`),
    citizenship: citizenshipEnum('citizenship'),
    /**
     * SEEK-6: the A-number is sealed like an SSN (AES-256-GCM, `SsnVault`), with its last four
     * digits beside it for the mask staff read. Migration 0008 added these columns.
     */
    alienRegistrationCiphertext: text('alien_registration_ciphertext'),
    alienRegistrationLast4: text('alien_registration_last4'),
    /**
     * Before migration 0008 the A-number was kept here in plain text. Nothing writes it any more:
     * a save seals the number and empties it, and so does `sealPlaintextAlienNumbers` (start-up).
     * To be dropped once every database has been sealed.
     */
    alienRegistrationPlaintext: text('alien_registration_number'),
    alienRegistrationExpires: date('alien_registration_expires', { mode: 'string' }),
    disability: disabilityAnswerEnum('disability'),

    servedInMilitary: boolean('served_in_military'),
    veteranType: veteranTypeEnum('veteran_type'),
    serviceStartDate: date('service_start_date', { mode: 'string' }),
    serviceEndDate: date('service_end_date', { mode: 'string' }),
    plannedSeparationDate: date('planned_separation_date', { mode: 'string' }),
    transitioningType: transitioningTypeEnum('transitioning_type'),
    campaignVeteran: boolean('campaign_veteran'),
    serviceConnectedDisability: serviceDisabilityEnum('service_connected_disability'),
    dischargeType: dischargeTypeEnum('discharge_type'),
    militaryBranch: militaryBranchEnum('military_branch'),
    militaryRank: text('military_rank'),

    employmentStatus: employmentStatusEnum('employment_status'),
    schoolStatus: schoolStatusEnum('school_status'),
    highestEducation: educationLevelEnum('highest_education'),

    hasDriversLicense: boolean('has_drivers_license'),
    licenseState: text('license_state'),
    licenseClass: licenseClassEnum('license_class'),
    licenseEndorsements: endorsementEnum('license_endorsements')
      .array()
      .notNull()
      .default(sql`'{}'`),

    desiredWage: numeric('desired_wage', { precision: 12, scale: 2, mode: 'number' }),
    desiredPayUnit: payUnitEnum('desired_pay_unit'),
    workWeek: workWeekEnum('work_week'),
    workDuration: workDurationEnum('work_duration'),
    overtime: boolean('overtime'),
    shifts: workShiftEnum('shifts')
      .array()
      .notNull()
      .default(sql`'{}'`),
    zipCodes: text('zip_codes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    radiusMiles: integer('radius_miles'),
    states: text('states')
      .array()
      .notNull()
      .default(sql`'{}'`),
    willingToRelocate: boolean('willing_to_relocate'),

    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    // VET-2 matches every active veteran when a posting opens.
    index('seeker_profiles_veteran_type_idx')
      .on(t.veteranType)
      .where(sql`${t.veteranType} is not null`),
    // The contract checks these too; the database keeps reports safe from any other writer.
    check(
      'seeker_profiles_radius_range',
      sql`${t.radiusMiles} between 0 and ${sql.raw(String(MAX_RADIUS_MILES))}`,
    ),
    check('seeker_profiles_wage_positive', sql`${t.desiredWage} > 0`),
    check(
      'seeker_profiles_zip_count',
      sql`cardinality(${t.zipCodes}) <= ${sql.raw(String(MAX_ZIP_CODES))}`,
    ),
    check(
      'seeker_profiles_service_dates',
      sql`${t.serviceEndDate} is null or ${t.serviceStartDate} is null or ${t.serviceEndDate} >= ${t.serviceStartDate}`,
    ),
    check(
      'seeker_profiles_service_needs_served',
      sql`${t.servedInMilitary} is true or (${t.serviceStartDate} is null and ${t.serviceEndDate} is null and ${t.dischargeType} is null and ${t.militaryBranch} is null)`,
    ),
  ],
);

/** SEEK-6: the languages a seeker uses, each with how well. */
export const seekerLanguages = pgTable(
  'seeker_languages',
  {
    seekerId: seekerRef(),
    position: integer('position').notNull(),
    language: text('language').notNull(),
    proficiency: languageProficiencyEnum('proficiency').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.seekerId, t.position] }),
    uniqueIndex('seeker_languages_language_key').on(t.seekerId, sql`lower(${t.language})`),
  ],
);
