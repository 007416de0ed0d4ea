import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { offices, staff } from './security';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const activeStatusEnum = pgEnum('active_status', ['active', 'inactive']);
export const registrationMethodEnum = pgEnum('registration_method', ['self', 'staff']);

/**
 * SEC-1: one record per person, shared by every office and partner program. The SSN is kept only
 * encrypted, with a keyed hash for exact search and its last four digits for display (SEEK-3).
 */
export const seekers = pgTable(
  'seekers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordNumber: bigint('record_number', { mode: 'number' })
      .notNull()
      .generatedAlwaysAsIdentity({ startWith: 100001 }),
    firstName: text('first_name').notNull(),
    middleInitial: text('middle_initial'),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    ssnCiphertext: text('ssn_ciphertext'),
    ssnHash: text('ssn_hash'),
    ssnLast4: text('ssn_last4'),
    ssnIsPseudo: boolean('ssn_is_pseudo').notNull().default(false),
    email: text('email'),
    emailIsPlaceholder: boolean('email_is_placeholder').notNull().default(false),
    phone: text('phone'),
    phoneDigits: text('phone_digits').generatedAlwaysAs(
      sql`regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')`,
    ),
    address1: text('address1'),
    address2: text('address2'),
    city: text('city'),
    state: text('state'),
    zip: text('zip'),
    county: text('county'),
    searchName: text('search_name').generatedAlwaysAs(sql`lower(first_name || ' ' || last_name)`),
    registrationStatus: activeStatusEnum('registration_status').notNull().default('active'),
    seekerStatus: activeStatusEnum('seeker_status').notNull().default('active'),
    registrationMethod: registrationMethodEnum('registration_method').notNull(),
    registrationCompletedAt: ts('registration_completed_at'),
    createdByStaffId: uuid('created_by_staff_id').references(() => staff.id),
    createdInOfficeId: uuid('created_in_office_id').references(() => offices.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('seekers_record_number_key').on(t.recordNumber),
    // Only a real SSN identifies one person; pseudo-SSNs repeat for people born the same day.
    uniqueIndex('seekers_real_ssn_key')
      .on(t.ssnHash)
      .where(sql`${t.ssnIsPseudo} = false`),
    index('seekers_ssn_hash_idx').on(t.ssnHash),
    uniqueIndex('seekers_email_key')
      .on(sql`lower(${t.email})`)
      .where(sql`${t.emailIsPlaceholder} = false`),
    index('seekers_search_name_trgm').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('seekers_last_name_idx').on(sql`lower(${t.lastName})`, t.birthDate),
    index('seekers_phone_digits_idx').on(t.phoneDigits),
    // SEEK-3: email search covers placeholder emails too, which the unique index above leaves out.
    index('seekers_email_lower_idx').on(sql`lower(${t.email})`),
    // Duplicate checks compare birth dates first (SEEK-3).
    index('seekers_birth_date_idx').on(t.birthDate),
    // SEEK-3 at state scale: a two-word name is narrowed by sound-alike and exact-name keys before
    // trigram similarity ranks it (fuzzystrmatch, created by migration 0007).
    index('seekers_name_soundex_idx').on(sql`soundex(${t.lastName})`, sql`soundex(${t.firstName})`),
    index('seekers_last_first_initial_idx').on(
      sql`lower(${t.lastName})`,
      sql`left(lower(${t.firstName}), 1)`,
    ),
    index('seekers_first_last_initial_idx').on(
      sql`lower(${t.firstName})`,
      sql`left(lower(${t.lastName}), 1)`,
    ),
  ],
);

/** A job seeker's own sign-in, separate from staff accounts (SEEK-4 converts staff-entered records). */
export const seekerAccounts = pgTable('seeker_accounts', {
  seekerId: uuid('seeker_id')
    .primaryKey()
    .references(() => seekers.id, { onDelete: 'cascade' }),
  passwordHash: text('password_hash').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  convertedByStaffId: uuid('converted_by_staff_id').references(() => staff.id),
  lastLoginAt: ts('last_login_at'),
});

/**
 * Facts other modules act on later (an outbox): a registration, and soon logins, job searches and
 * referrals, which the services issue turns into countable services (SEEK-1, SVC-2). Written in the
 * same transaction as the change they describe.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    type: text('type').notNull(),
    seekerId: uuid('seeker_id').references(() => seekers.id),
    staffId: uuid('staff_id').references(() => staff.id),
    officeId: uuid('office_id').references(() => offices.id),
    occurredAt: ts('occurred_at').notNull().defaultNow(),
    processedAt: ts('processed_at'),
  },
  (t) => [
    index('domain_events_unprocessed_idx')
      .on(t.occurredAt)
      .where(sql`${t.processedAt} is null`),
  ],
);

/** Job seekers' own sessions, apart from staff sessions: a token's SHA-256, as for staff. */
export const seekerSessions = pgTable(
  'seeker_sessions',
  {
    id: text('id').primaryKey(),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('seeker_sessions_seeker_idx').on(t.seekerId)],
);
