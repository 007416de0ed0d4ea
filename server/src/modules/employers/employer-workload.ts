import { count, inArray, sql } from 'drizzle-orm';
import { employerActivities, employerUsers, jobPostings } from '../../db/schema';
import type { Db } from '../../platform/db/database';

export interface EmployerWorkload {
  activities: number;
  jobOrders: number;
  openJobOrders: number;
  /** YYYY-MM-DD of the oldest open job order, or null without one. */
  oldestOpenOrderDate: string | null;
}

/**
 * The work recorded on each employer record, which EMP-3 weighs when choosing the duplicate to
 * keep and the record page shows as counts: activities, and job orders (every posting of the
 * employer; "open" counts those open or on hold, which are still orders to fill).
 */
export async function employerWorkload(
  db: Db,
  ids: string[],
): Promise<Map<string, EmployerWorkload>> {
  const result = new Map<string, EmployerWorkload>(
    ids.map((id) => [
      id,
      { activities: 0, jobOrders: 0, openJobOrders: 0, oldestOpenOrderDate: null },
    ]),
  );
  if (ids.length === 0) return result;
  const activities = await db
    .select({ employerId: employerActivities.employerId, n: count() })
    .from(employerActivities)
    .where(inArray(employerActivities.employerId, ids))
    .groupBy(employerActivities.employerId);
  for (const row of activities) {
    const entry = result.get(row.employerId);
    if (entry) entry.activities = row.n;
  }
  const isOpen = sql`${jobPostings.status} in ('open', 'on_hold')`;
  const orders = await db
    .select({
      employerId: jobPostings.employerId,
      all: count(),
      open: sql<number>`count(*) filter (where ${isOpen})`.mapWith(Number),
      oldestOpen: sql<
        string | null
      >`to_char(min(${jobPostings.postedAt}) filter (where ${isOpen}), 'YYYY-MM-DD')`,
    })
    .from(jobPostings)
    .where(inArray(jobPostings.employerId, ids))
    .groupBy(jobPostings.employerId);
  for (const row of orders) {
    const entry = result.get(row.employerId);
    if (!entry) continue;
    entry.jobOrders = row.all;
    entry.openJobOrders = row.open;
    entry.oldestOpenOrderDate = row.oldestOpen;
  }
  return result;
}

/** EMP-3: the records that hold an employer portal sign-in (never inactivated by a merge). */
export async function selfServiceHolders(db: Db, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ id: employerUsers.employerId })
    .from(employerUsers)
    .where(inArray(employerUsers.employerId, ids));
  return new Set(rows.map((r) => r.id));
}
