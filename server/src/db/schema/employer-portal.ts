import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { employers } from './employers';
import { activeStatusEnum } from './seekers';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * EMP-5, JOB-1: a person who signs in to the employer portal for one employer. Separate from staff
 * and seeker accounts; the employer's record is theirs to read, its postings theirs to enter.
 */
export const employerUsers = pgTable(
  'employer_users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    employerId: uuid('employer_id')
      .notNull()
      .references(() => employers.id),
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    status: activeStatusEnum('status').notNull().default('active'),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastLoginAt: ts('last_login_at'),
  },
  (t) => [
    uniqueIndex('employer_users_email_key').on(sql`lower(${t.email})`),
    index('employer_users_employer_idx').on(t.employerId),
  ],
);

/** Employer portal sessions: the cookie holds a random token, the table only its SHA-256. */
export const employerSessions = pgTable(
  'employer_sessions',
  {
    id: text('id').primaryKey(),
    employerUserId: uuid('employer_user_id')
      .notNull()
      .references(() => employerUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('employer_sessions_user_idx').on(t.employerUserId)],
);
