import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { EMPLOYER_SOURCES, EMPLOYER_STATUSES } from '@onestop/contracts';
import { offices, staff } from './security';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const employerStatusEnum = pgEnum('employer_status', EMPLOYER_STATUSES);
export const employerSourceEnum = pgEnum('employer_source', EMPLOYER_SOURCES);

/**
 * One record per employer (EMP-1, EMP-2), owned by the office that serves it (SEC-4). A FEIN is
 * stored as its 9 digits. Labor-dispute fields (JOB-11) come with job postings.
 */
export const employers = pgTable(
  'employers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordNumber: bigint('record_number', { mode: 'number' })
      .notNull()
      .generatedAlwaysAsIdentity({ startWith: 100001 }),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    fein: text('fein'),
    independentContractor: boolean('independent_contractor').notNull().default(false),
    /** EMP-1: the employer's statement that, as an independent contractor, it has no FEIN. */
    noFeinNote: text('no_fein_note'),
    status: employerStatusEnum('status').notNull().default('active'),
    inactivatedReason: text('inactivated_reason'),
    /** EMP-3: the record this one was inactivated in favour of. */
    mergedIntoId: uuid('merged_into_id').references((): AnyPgColumn => employers.id),
    source: employerSourceEnum('source').notNull(),
    /** Null only while a self-registration waits for approval without a chosen office (EMP-5). */
    officeId: uuid('office_id').references(() => offices.id),
    website: text('website'),
    phone: text('phone'),
    phoneDigits: text('phone_digits').generatedAlwaysAs(
      sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
    ),
    email: text('email'),
    address1: text('address1'),
    address2: text('address2'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    county: text('county'),
    naicsCode: text('naics_code'),
    ownershipType: text('ownership_type'),
    sizeClass: text('size_class'),
    searchName: text('search_name').generatedAlwaysAs(
      sql`lower(legal_name || coalesce(' ' || trade_name, ''))`,
    ),
    approvedByStaffId: uuid('approved_by_staff_id').references(() => staff.id),
    approvedAt: ts('approved_at'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    updatedByStaffId: uuid('updated_by_staff_id').references(() => staff.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employers_record_number_key').on(t.recordNumber),
    // EMP-2: one active (or pending) record per FEIN; inactivated duplicates keep theirs.
    uniqueIndex('employers_active_fein_key')
      .on(t.fein)
      .where(sql`${t.fein} is not null and ${t.status} <> 'inactive'`),
    index('employers_fein_idx').on(t.fein),
    index('employers_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('employers_email_lower_idx').on(sql`lower(${t.email})`),
    index('employers_office_idx').on(t.officeId),
    index('employers_pending_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'pending_approval'`),
    check('employers_fein_digits', sql`${t.fein} ~ '^[0-9]{9}$'`),
    // EMP-1: no FEIN only for an independent contractor whose statement is recorded.
    check(
      'employers_fein_or_statement',
      sql`${t.fein} is not null or (${t.independentContractor} and ${t.noFeinNote} is not null)`,
    ),
    check('employers_naics_digits', sql`${t.naicsCode} ~ '^[0-9]{6}$'`),
  ],
);

/**
 * EMP-4: up to 300 active contacts per employer, enforced by the use case under a lock on the
 * employer and by a trigger (migration 0009) for any other writer.
 */
export const employerContacts = pgTable(
  'employer_contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    isPrimary: boolean('is_primary').notNull().default(false),
    active: boolean('active').notNull().default(true),
    searchName: text('search_name').generatedAlwaysAs(sql`lower(first_name || ' ' || last_name)`),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    // Lets a location name its contact together with the employer (same employer, by key).
    unique('employer_contacts_employer_id_id_key').on(t.employerId, t.id),
    uniqueIndex('employer_contacts_one_primary_key')
      .on(t.employerId)
      .where(sql`${t.isPrimary} and ${t.active}`),
    index('employer_contacts_email_lower_idx').on(sql`lower(${t.email})`),
    index('employer_contacts_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
  ],
);

/** EMP-8: establishments, each a physical location with its own contact (EMP-4). */
export const employerLocations = pgTable(
  'employer_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    name: text('name').notNull(),
    address1: text('address1').notNull(),
    address2: text('address2'),
    city: text('city').notNull(),
    state: text('state').notNull(),
    zip: text('zip').notNull(),
    county: text('county'),
    naicsCode: text('naics_code'),
    contactId: uuid('contact_id'),
    active: boolean('active').notNull().default(true),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    unique('employer_locations_employer_id_id_key').on(t.employerId, t.id),
    foreignKey({
      name: 'employer_locations_contact_fk',
      columns: [t.employerId, t.contactId],
      foreignColumns: [employerContacts.employerId, employerContacts.id],
    }),
    check('employer_locations_naics_digits', sql`${t.naicsCode} ~ '^[0-9]{6}$'`),
  ],
);

/** EMP-6: the state's catalog of employer services; what it lacks is written as a note. */
export const employerActivityTypes = pgTable('employer_activity_types', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  label: text('label').notNull(),
  active: boolean('active').notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(1000),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** EMP-6, SEC-4: a service to an employer, credited to the staff member and their office. */
export const employerActivities = pgTable(
  'employer_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    activityTypeId: uuid('activity_type_id')
      .notNull()
      .references(() => employerActivityTypes.id),
    activityDate: date('activity_date', { mode: 'string' }).notNull(),
    /** EMP-8: the establishment served, one of this employer's. */
    locationId: uuid('location_id'),
    note: text('note'),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'employer_activities_location_fk',
      columns: [t.employerId, t.locationId],
      foreignColumns: [employerLocations.employerId, employerLocations.id],
    }),
    index('employer_activities_employer_idx').on(t.employerId, t.activityDate, t.createdAt),
  ],
);

/** EMP-6: free-text notes ("post a note"). Never changed once written. */
export const employerNotes = pgTable(
  'employer_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    body: text('body').notNull(),
    staffId: uuid('staff_id').references(() => staff.id),
    officeId: uuid('office_id').references(() => offices.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('employer_notes_employer_idx').on(t.employerId, t.createdAt)],
);

/** EMP-7: the business services representatives who own the account; there may be several. */
export const employerOwners = pgTable(
  'employer_owners',
  {
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id),
    addedByStaffId: uuid('added_by_staff_id').references(() => staff.id),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.employerId, t.staffId] }),
    index('employer_owners_staff_idx').on(t.staffId),
  ],
);
