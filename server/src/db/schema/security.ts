import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ACCESS_LEVELS, SCOPES } from '@onestop/contracts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const createdAt = () => ts('created_at').notNull().defaultNow();
const updatedAt = () => ts('updated_at').notNull().defaultNow();

export const accessLevelEnum = pgEnum('access_level', ACCESS_LEVELS);
export const roleScopeEnum = pgEnum('role_scope', SCOPES);

export const localAreas = pgTable('local_areas', {
  id: uuid('id').primaryKey().defaultRandom(),
  stateCode: text('state_code').notNull(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  localAreaId: uuid('local_area_id').references(() => localAreas.id),
  isCentralOffice: boolean('is_central_office').notNull().default(false),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
});

export const roles = pgTable('roles', {
  id: uuid('id').primaryKey().defaultRandom(),
  key: text('key').notNull().unique(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  scope: roleScopeEnum('scope').notNull().default('office'),
  isSystem: boolean('is_system').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const rolePermissions = pgTable(
  'role_permissions',
  {
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    module: text('module').notNull(),
    level: accessLevelEnum('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.module] })],
);

export const roleWithheldTabs = pgTable(
  'role_withheld_tabs',
  {
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    tab: text('tab').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.tab] })],
);

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
    defaultOfficeId: uuid('default_office_id')
      .notNull()
      .references(() => offices.id),
    accessRequestRef: text('access_request_ref').notNull(),
    active: boolean('active').notNull().default(true),
    lastLoginAt: ts('last_login_at'),
    deactivatedAt: ts('deactivated_at'),
    deactivationReason: text('deactivation_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('staff_email_lower_key').on(sql`lower(${t.email})`),
    index('staff_display_name_trgm').using('gin', sql`${t.displayName} gin_trgm_ops`),
  ],
);

export const staffOffices = pgTable(
  'staff_offices',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
  },
  (t) => [
    primaryKey({ columns: [t.staffId, t.officeId] }),
    index('staff_offices_office_idx').on(t.officeId),
  ],
);

export const staffGrants = pgTable(
  'staff_grants',
  {
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    grant: text('grant').notNull(),
  },
  (t) => [primaryKey({ columns: [t.staffId, t.grant] })],
);

/** Server-side sessions: the cookie holds a random token, the table holds only its SHA-256. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    index('sessions_staff_idx').on(t.staffId),
    index('sessions_last_seen_idx').on(t.lastSeenAt),
  ],
);

/**
 * Failed sign-ins counted per email (by its SHA-256, known account or not), so a lockout looks the
 * same whether or not an account exists and cannot be used to discover staff emails.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  emailKey: text('email_key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: ts('locked_until'),
  updatedAt: updatedAt(),
});
