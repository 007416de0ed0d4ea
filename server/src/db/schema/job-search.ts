import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { outboundEmails } from './files';
import { jobPostings } from './postings';
import { seekers } from './seekers';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** SEEK-11: a job the seeker keeps to come back to. */
export const savedJobs = pgTable(
  'saved_jobs',
  {
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    savedAt: ts('saved_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.seekerId, t.postingId] }),
    index('saved_jobs_seeker_idx').on(t.seekerId, t.savedAt),
  ],
);

/** SEEK-11: recently viewed jobs; one row per seeker and posting, its time moved on each view. */
export const postingViews = pgTable(
  'posting_views',
  {
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    viewedAt: ts('viewed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.seekerId, t.postingId] }),
    index('posting_views_seeker_idx').on(t.seekerId, t.viewedAt),
  ],
);

/**
 * SEEK-11: a search the seeker saved, with its criteria as the search form sent them. With alerts
 * on, the daily digest sends postings that opened after `alerted_through` and moves it on in the
 * same transaction as the email it queues, so a digest is sent once even if the job runs twice.
 */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    criteria: jsonb('criteria').$type<Record<string, unknown>>().notNull(),
    alertsEnabled: boolean('alerts_enabled').notNull().default(true),
    alertedThrough: ts('alerted_through').notNull().defaultNow(),
    lastAlertEmailId: uuid('last_alert_email_id').references(() => outboundEmails.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('saved_searches_seeker_idx').on(t.seekerId),
    index('saved_searches_alerts_idx')
      .on(t.alertedThrough)
      .where(sql`${t.alertsEnabled}`),
  ],
);
