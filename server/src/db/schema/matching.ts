import {
  REFERRAL_KINDS,
  REFERRAL_RESULTS,
  REFERRAL_STATUSES,
  UI_REVIEW_RESULTS,
} from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { jobPostings } from './postings';
import { offices, staff } from './security';
import { seekers } from './seekers';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * MATCH-1: what the star rating needs of a seeker, kept on write (profile and resume saves) so
 * that a posting's best candidates are found and scored without reading résumés.
 * `tokens` are the seeker's O*NET codes and their SOC minor groups ("minor:53-7"); the GIN over
 * them and the home's grid cell (as the job board's, see geoCellsCovering in job-search.rules)
 * finds the seekers near a posting in its occupation and the related ones in one scan.
 */
export const seekerMatchFeatures = pgTable(
  'seeker_match_features',
  {
    seekerId: uuid('seeker_id')
      .primaryKey()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    tokens: text('tokens')
      .array()
      .notNull()
      .default(sql`'{}'`),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    /** VET-2: a covered veteran (or eligible person) as the profile says. */
    veteran: boolean('veteran').notNull().default(false),
    /** SeekerFeatures of matching.rules, as JSON. */
    features: jsonb('features').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('seeker_match_features_search_idx').using(
      'gin',
      t.tokens,
      sql`(array[(floor(${t.lat} * 4)::int * 2000 + floor(${t.lon} * 4)::int)])`,
    ),
    index('seeker_match_features_veteran_idx')
      .using(
        'gin',
        t.tokens,
        sql`(array[(floor(${t.lat} * 4)::int * 2000 + floor(${t.lon} * 4)::int)])`,
      )
      .where(sql`${t.veteran}`),
  ],
);

export const referralKindEnum = pgEnum('referral_kind', REFERRAL_KINDS);
export const referralStatusEnum = pgEnum('referral_status', REFERRAL_STATUSES);
export const referralResultEnum = pgEnum('referral_result', REFERRAL_RESULTS);

/** REF-1 … REF-6: a seeker referred to a posting, by staff or by themself. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id),
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id),
    kind: referralKindEnum('kind').notNull(),
    status: referralStatusEnum('status').notNull(),
    /** The stars and findings when it was made (MATCH-1), as the approver and seeker saw them. */
    stars: integer('stars').notNull(),
    findings: jsonb('findings')
      .notNull()
      .default(sql`'[]'`),
    requestedByStaffId: uuid('requested_by_staff_id').references(() => staff.id),
    /** The staff member's office, or the seeker's for a self-referral (REF-3's daily cap). */
    officeId: uuid('office_id').references(() => offices.id),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    /** VET-4: when a referral held by a veterans' priority hold goes out. */
    releaseAt: ts('release_at'),
    decidedAt: ts('decided_at'),
    decidedByStaffId: uuid('decided_by_staff_id').references(() => staff.id),
    denialReason: text('denial_reason'),
    result: referralResultEnum('result'),
    resultNote: text('result_note'),
    resultRecordedAt: ts('result_recorded_at'),
    resultByStaffId: uuid('result_by_staff_id').references(() => staff.id),
    /** REF-6: failed to report or refused the job, for unemployment-insurance staff. */
    uiReview: boolean('ui_review')
      .notNull()
      .generatedAlwaysAs(
        sql`coalesce(result in (${sql.raw(UI_REVIEW_RESULTS.map((r) => `'${r}'`).join(', '))}), false)`,
      ),
    uiReviewedAt: ts('ui_reviewed_at'),
  },
  (t) => [
    // REF-5: one referral per seeker and posting, even under concurrent requests.
    uniqueIndex('referrals_seeker_posting_key').on(t.seekerId, t.postingId),
    // REF-4: the approval queue, oldest first.
    index('referrals_requested_idx')
      .on(t.requestedAt)
      .where(sql`${t.status} = 'requested'`),
    index('referrals_posting_idx').on(t.postingId),
    index('referrals_seeker_idx').on(t.seekerId, t.requestedAt),
    index('referrals_held_idx')
      .on(t.releaseAt)
      .where(sql`${t.status} = 'held'`),
    index('referrals_ui_review_idx')
      .on(t.resultRecordedAt)
      .where(sql`${t.uiReview} and ${t.uiReviewedAt} is null`),
    check('referrals_denial_reason', sql`${t.status} <> 'denied' or ${t.denialReason} is not null`),
    check('referrals_stars', sql`${t.stars} between 0 and 5`),
  ],
);

/** VET-2: a veteran-priority job alert, one per veteran and posting, shown in the portal. */
export const veteranPriorityAlerts = pgTable(
  'veteran_priority_alerts',
  {
    postingId: uuid('posting_id')
      .notNull()
      .references(() => jobPostings.id, { onDelete: 'cascade' }),
    seekerId: uuid('seeker_id')
      .notNull()
      .references(() => seekers.id, { onDelete: 'cascade' }),
    stars: integer('stars').notNull(),
    findings: jsonb('findings')
      .notNull()
      .default(sql`'[]'`),
    createdAt: ts('created_at').notNull().defaultNow(),
    seenAt: ts('seen_at'),
  },
  (t) => [
    primaryKey({ columns: [t.postingId, t.seekerId] }),
    index('veteran_priority_alerts_seeker_idx').on(t.seekerId, t.createdAt),
  ],
);
