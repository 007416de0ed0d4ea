import type { SavedJob, SavedSearch } from '@onestop/contracts';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { jobPostings as jp, postingViews, savedJobs, savedSearches } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { onBoardSql, visibleSql, type SeekerAudience } from './job-search.sql';
import { toSavedSearch } from './saved-searches.store';

/** SEEK-11: the seeker's saved jobs, newest saved first; one that left the board says so. */
export async function listSavedJobs(
  db: Db,
  audience: SeekerAudience,
  limit = 200,
  now = new Date(),
): Promise<SavedJob[]> {
  const rows = await db
    .select({
      postingId: savedJobs.postingId,
      title: jp.title,
      employerName: sql<string>`coalesce(${jp.employerTradeName}, ${jp.employerName})`,
      city: jp.city,
      state: jp.state,
      savedAt: savedJobs.savedAt,
      onBoard: sql<boolean>`(${onBoardSql(now)} and ${visibleSql(audience) ?? sql`true`})`,
    })
    .from(savedJobs)
    .innerJoin(jp, eq(jp.id, savedJobs.postingId))
    .where(eq(savedJobs.seekerId, audience.seekerId))
    .orderBy(desc(savedJobs.savedAt), asc(savedJobs.postingId))
    .limit(limit);
  return rows.map((r) => ({ ...r, onBoard: Boolean(r.onBoard), savedAt: r.savedAt.toISOString() }));
}

export async function listSavedSearches(db: Db, seekerId: string): Promise<SavedSearch[]> {
  const rows = await db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.seekerId, seekerId))
    .orderBy(desc(savedSearches.createdAt), asc(savedSearches.id));
  return rows.map(toSavedSearch);
}

/** The postings the seeker opened last, still on the board and visible to them. */
export async function recentlyViewed(
  db: Db,
  audience: SeekerAudience,
  limit = 5,
  now = new Date(),
) {
  const rows = await db
    .select({
      postingId: postingViews.postingId,
      title: jp.title,
      employer: sql<string>`coalesce(${jp.employerTradeName}, ${jp.employerName})`,
      viewedAt: postingViews.viewedAt,
    })
    .from(postingViews)
    .innerJoin(jp, eq(jp.id, postingViews.postingId))
    .where(
      sql`${postingViews.seekerId} = ${audience.seekerId} and ${onBoardSql(now)} and ${visibleSql(audience) ?? sql`true`}`,
    )
    .orderBy(desc(postingViews.viewedAt))
    .limit(limit);
  return rows.map((r) => ({
    postingId: r.postingId,
    title: r.title,
    employer: r.employer,
    at: r.viewedAt.toISOString(),
  }));
}
