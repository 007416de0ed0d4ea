import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  POSTING_CONTACT_METHODS,
  POSTING_EMPLOYMENT_TYPES,
  POSTING_ONET_SOURCES,
  ORDER_INTAKE_METHODS,
  POSTING_FEDERAL_SOURCES,
  POSTING_ORIGINS,
  POSTING_PROGRAM_TYPES,
  POSTING_SHIFTS,
  POSTING_STATE_SOURCES,
  POSTING_STATUSES,
  POSTING_WORK_DAYS,
} from '@onestop/contracts';
import { employerUsers } from './employer-portal';
import { employerLocations, employers } from './employers';
import { outboundEmails } from './files';
import { endorsementEnum, licenseClassEnum } from './profile';
import { educationLevelEnum, payUnitEnum } from './resumes';
import { localAreas, offices, staff } from './security';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Full-text search vector; written by PostgreSQL only (a generated column). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const postingStatusEnum = pgEnum('posting_status', POSTING_STATUSES);
export const postingOriginEnum = pgEnum('posting_origin', POSTING_ORIGINS);
export const orderIntakeMethodEnum = pgEnum('order_intake_method', ORDER_INTAKE_METHODS);
export const postingStateSourceEnum = pgEnum('posting_state_source', POSTING_STATE_SOURCES);
export const postingFederalSourceEnum = pgEnum('posting_federal_source', POSTING_FEDERAL_SOURCES);
export const postingShiftEnum = pgEnum('posting_shift', POSTING_SHIFTS);
export const workDayEnum = pgEnum('work_day', POSTING_WORK_DAYS);
export const employmentTypeEnum = pgEnum('employment_type', POSTING_EMPLOYMENT_TYPES);
export const postingProgramTypeEnum = pgEnum('posting_program_type', POSTING_PROGRAM_TYPES);
export const contactMethodEnum = pgEnum('contact_method', POSTING_CONTACT_METHODS);
export const onetSourceEnum = pgEnum('onet_source', POSTING_ONET_SOURCES);

export interface StoredOccupation {
  code: string;
  title: string;
  confidence: number;
}

/**
 * JOB-1 … JOB-15: one job order. Openings only rise and final statuses stay final: the use cases
 * refuse both, and triggers (migration 0010) refuse them for any other writer.
 */
export const jobPostings = pgTable(
  'job_postings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordNumber: bigint('record_number', { mode: 'number' })
      .notNull()
      .generatedAlwaysAsIdentity({ startWith: 100001 }),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    /** Copied at write time: a generated search column cannot read another table. */
    employerName: text('employer_name').notNull(),
    employerTradeName: text('employer_trade_name'),
    locationId: uuid('location_id'),
    /** The office that took the order (or approved the employer's); credited in reports (SEC-4). */
    officeId: uuid('office_id').references(() => offices.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    onetCode: text('onet_code'),
    onetTitle: text('onet_title'),
    onetSource: onetSourceEnum('onet_source'),
    onetConfidence: doublePrecision('onet_confidence'),
    /** The autocoder's top three, for staff to pick from. */
    onetAlternatives: jsonb('onet_alternatives').$type<StoredOccupation[]>().notNull().default([]),
    openings: integer('openings').notNull(),
    payMin: numeric('pay_min', { precision: 12, scale: 2, mode: 'number' }),
    payMax: numeric('pay_max', { precision: 12, scale: 2, mode: 'number' }),
    payUnit: payUnitEnum('pay_unit'),
    hoursPerWeek: integer('hours_per_week'),
    employmentType: employmentTypeEnum('employment_type'),
    shift: postingShiftEnum('shift'),
    workDays: workDayEnum('work_days')
      .array()
      .notNull()
      .default(sql`'{}'`),
    experienceMonths: integer('experience_months'),
    educationLevel: educationLevelEnum('education_level'),
    licenseClass: licenseClassEnum('license_class'),
    endorsements: endorsementEnum('endorsements')
      .array()
      .notNull()
      .default(sql`'{}'`),
    keyboardingWpm: integer('keyboarding_wpm'),
    publicTransportation: boolean('public_transportation'),
    contactMethod: contactMethodEnum('contact_method'),
    contactEmail: text('contact_email'),
    contactUrl: text('contact_url'),
    howToApply: text('how_to_apply'),
    address1: text('address1'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    stateSource: postingStateSourceEnum('state_source').notNull(),
    federalSource: postingFederalSourceEnum('federal_source').notNull(),
    origin: postingOriginEnum('origin').notNull(),
    intakeMethod: orderIntakeMethodEnum('intake_method'),
    outOfArea: boolean('out_of_area').notNull().default(false),
    importSource: text('import_source'),
    externalId: text('external_id'),
    ownerStaffId: uuid('owner_staff_id').references(() => staff.id),
    status: postingStatusEnum('status').notNull().default('draft'),
    refusalReason: text('refusal_reason'),
    duplicatedFromId: uuid('duplicated_from_id').references((): AnyPgColumn => jobPostings.id),
    postedAt: ts('posted_at'),
    applicationDeadline: date('application_deadline', { mode: 'string' }),
    removedFromBoardAt: ts('removed_from_board_at'),
    closedAt: ts('closed_at'),
    reservedForOfficeId: uuid('reserved_for_office_id').references(() => offices.id),
    reservedForAreaId: uuid('reserved_for_area_id').references(() => localAreas.id),
    /** Kept until the posting opens, when `reserved_until` is counted from posting. */
    reservationDays: integer('reservation_days'),
    reservedUntil: ts('reserved_until'),
    reservedIndefinitely: boolean('reserved_indefinitely').notNull().default(false),
    programType: postingProgramTypeEnum('program_type').notNull().default('none'),
    subsidized: boolean('subsidized').notNull().default(false),
    staffingAgency: boolean('staffing_agency').notNull().default(false),
    /** JOB-12: confidential, for staff only. */
    worksiteCompany: text('worksite_company'),
    staffComments: text('staff_comments'),
    laborDisputeNotAtIssue: boolean('labor_dispute_not_at_issue').notNull().default(false),
    /** The employer's portal user who entered it (JOB-1). */
    createdByEmployerUserId: uuid('created_by_employer_user_id').references(
      (): AnyPgColumn => employerUsers.id,
    ),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    updatedByStaffId: uuid('updated_by_staff_id').references(() => staff.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    /**
     * MATCH-1: the posting's O*NET code and its SOC minor group ("minor:53-7"), and what the star
     * rating needs of it (PostingFeatures of matching.rules), kept on write. Null until computed.
     */
    /**
     * VET-3: while this is in the future only covered veterans (and staff) see the posting; set
     * when a veteran matched with enough stars as it opened. The release job records when the
     * hold ended and held referrals went out (VET-4).
     */
    veteranHoldUntil: ts('veteran_hold_until'),
    veteranHoldReleasedAt: ts('veteran_hold_released_at'),
    matchTokens: text('match_tokens').array(),
    matchFeatures: jsonb('match_features'),
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, coalesce(employer_name, '') || ' ' || coalesce(employer_trade_name, '')), 'B') || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')`,
    ),
  },
  (t) => [
    uniqueIndex('job_postings_record_number_key').on(t.recordNumber),
    foreignKey({
      name: 'job_postings_location_fk',
      columns: [t.employerId, t.locationId],
      foreignColumns: [employerLocations.employerId, employerLocations.id],
    }),
    // JOB-1: a feed's posting is imported once, then updated in place.
    uniqueIndex('job_postings_external_key')
      .on(t.importSource, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('job_postings_status_posted_idx').on(t.status, t.postedAt),
    index('job_postings_onet_idx').on(t.onetCode),
    index('job_postings_lat_lon_idx').on(t.lat, t.lon),
    index('job_postings_reserved_until_idx')
      .on(t.reservedUntil)
      .where(sql`${t.reservedUntil} is not null`),
    index('job_postings_employer_idx').on(t.employerId, t.status),
    index('job_postings_owner_idx').on(t.ownerStaffId),
    // JOB-8: what the lapse job scans.
    index('job_postings_on_board_deadline_idx')
      .on(t.applicationDeadline)
      .where(sql`${t.status} = 'open' and ${t.removedFromBoardAt} is null`),
    // SEEK-11 job search, over the rows on the board only: words, and words within a radius (a
    // GIN over the words and the work site's grid cell, see geoCellsCovering in
    // job-search.rules; it needs no other index to rule out postings off the board), newest
    // first, and occupation-code prefixes, newest first. A radius alone uses
    // job_postings_lat_lon_idx.
    index('job_postings_board_geo_search_idx')
      .using(
        'gin',
        t.searchVector,
        sql`(array[(floor(${t.lat} * 4)::int * 2000 + floor(${t.lon} * 4)::int)])`,
      )
      .where(sql`${t.status} = 'open' and ${t.removedFromBoardAt} is null`),
    // MATCH-1: a seeker's best postings: the board's postings in the seeker's occupations and
    // the related ones, near the seeker (as job_postings_board_geo_search_idx's cells).
    index('job_postings_board_match_idx')
      .using(
        'gin',
        t.matchTokens,
        sql`(array[(floor(${t.lat} * 4)::int * 2000 + floor(${t.lon} * 4)::int)])`,
      )
      .where(sql`${t.status} = 'open' and ${t.removedFromBoardAt} is null`),
    // Migration 0013 adds an INCLUDE list to this one (covering the searches without words).
    index('job_postings_board_posted_idx')
      .on(t.postedAt.desc())
      .where(sql`${t.status} = 'open' and ${t.removedFromBoardAt} is null`),
    index('job_postings_board_onet_idx')
      .on(t.onetCode.op('text_pattern_ops'), t.postedAt.desc())
      .where(sql`${t.status} = 'open' and ${t.removedFromBoardAt} is null`),
    // VET-3/VET-4: holds the release job has yet to release.
    index('job_postings_veteran_hold_idx')
      .on(t.veteranHoldUntil)
      .where(sql`${t.veteranHoldUntil} is not null and ${t.veteranHoldReleasedAt} is null`),
    index('job_postings_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending_approval'`),
    check('job_postings_openings_positive', sql`${t.openings} >= 1`),
    check(
      'job_postings_pay_range',
      sql`${t.payMin} is null or ${t.payMax} is null or ${t.payMin} <= ${t.payMax}`,
    ),
    check(
      'job_postings_refusal_reason',
      sql`${t.status} <> 'refused' or ${t.refusalReason} is not null`,
    ),
    check(
      'job_postings_live_has_owner',
      sql`${t.status} not in ('open', 'on_hold') or (${t.ownerStaffId} is not null and ${t.postedAt} is not null and ${t.applicationDeadline} is not null)`,
    ),
    check(
      'job_postings_intake_method',
      sql`${t.origin} <> 'staff_order' or ${t.intakeMethod} is not null`,
    ),
    check(
      'job_postings_external_source',
      sql`(${t.externalId} is null) = (${t.importSource} is null)`,
    ),
    // JOB-9: only a subsidized opening is reserved without end.
    check(
      'job_postings_indefinite_subsidized',
      sql`not ${t.reservedIndefinitely} or ${t.subsidized}`,
    ),
    // JOB-12: a staffing agency names the work-site company.
    check(
      'job_postings_worksite_named',
      sql`not ${t.staffingAgency} or ${t.worksiteCompany} is not null`,
    ),
    check('job_postings_onet_source', sql`(${t.onetCode} is null) = (${t.onetSource} is null)`),
  ],
);

/** JOB-2: staff designated besides the owner to change openings, status and contact method. */
export const postingDesignees = pgTable(
  'posting_designees',
  {
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    addedByStaffId: uuid('added_by_staff_id').references(() => staff.id),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postingId, t.staffId] }),
    index('posting_designees_staff_idx').on(t.staffId),
  ],
);

export const POSTING_NOTE_KINDS = [
  'note',
  'openings',
  'status',
  'contact_method',
  'owner',
  'reservation',
  'board',
  'labor_dispute',
] as const;
export const postingNoteKindEnum = pgEnum('posting_note_kind', POSTING_NOTE_KINDS);

/** JOB-2: every change of openings, status or contact method adds a note. Never changed. */
export const postingNotes = pgTable(
  'posting_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    kind: postingNoteKindEnum('kind').notNull(),
    body: text('body').notNull(),
    /** Null when the system wrote it (the lapse job). */
    staffId: uuid('staff_id').references(() => staff.id),
    officeId: uuid('office_id').references(() => offices.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('posting_notes_posting_idx').on(t.postingId, t.createdAt)],
);

/** JOB-15: the employer is asked for the results of referrals when a posting closes. */
export const postingResultRequests = pgTable(
  'posting_result_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    /** Null when the employer has no email: staff follow up by phone, fax or mail. */
    toAddress: text('to_address'),
    emailId: uuid('email_id').references(() => outboundEmails.id),
    requestedByStaffId: uuid('requested_by_staff_id').references(() => staff.id),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    respondedAt: ts('responded_at'),
  },
  (t) => [index('posting_result_requests_posting_idx').on(t.postingId)],
);

/**
 * JOB-11, 20 CFR 652.9: a labor dispute at an employer, recorded and verified by the central
 * office. While it lasts, no order is taken for the positions at issue.
 */
export const employerLaborDisputes = pgTable(
  'employer_labor_disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    startedAt: date('started_at', { mode: 'string' }).notNull(),
    description: text('description'),
    positionsAtIssue: text('positions_at_issue').notNull(),
    positionCodes: text('position_codes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    positionTitles: text('position_titles')
      .array()
      .notNull()
      .default(sql`'{}'`),
    recordedByStaffId: uuid('recorded_by_staff_id').references(() => staff.id),
    verifiedAt: ts('verified_at'),
    verifiedByStaffId: uuid('verified_by_staff_id').references(() => staff.id),
    endedAt: date('ended_at', { mode: 'string' }),
    endedVerifiedByStaffId: uuid('ended_verified_by_staff_id').references(() => staff.id),
    endVerificationNote: text('end_verification_note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('employer_labor_disputes_active_idx')
      .on(t.employerId)
      .where(sql`${t.endedAt} is null`),
    // 652.9(d): a dispute ends only when its end is verified.
    check(
      'employer_labor_disputes_end_verified',
      sql`${t.endedAt} is null or (${t.endedVerifiedByStaffId} is not null and ${t.endVerificationNote} is not null)`,
    ),
  ],
);
