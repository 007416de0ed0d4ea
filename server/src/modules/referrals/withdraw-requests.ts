import { and, eq, inArray, sql } from 'drizzle-orm';
import { jobPostings, referrals } from '../../db/schema';
import type { AuditWriter } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { onBoardSql } from '../job-search/job-search.sql';

/**
 * REF-5: requests on a posting that closed or filled leave the queue, withdrawn, inside the
 * caller's transaction (the posting's status change). Returns how many.
 */
export async function withdrawRequestsForClosedPosting(
  tx: Db,
  postingId: string,
  audit: AuditWriter,
  now = new Date(),
): Promise<number> {
  const withdrawn = await tx
    .update(referrals)
    .set({ status: 'withdrawn', decidedAt: now })
    .where(and(eq(referrals.postingId, postingId), eq(referrals.status, 'requested')))
    .returning({ id: referrals.id, seekerId: referrals.seekerId });
  for (const row of withdrawn)
    await audit.record({
      action: 'referral.withdrawn',
      entityType: 'referral',
      entityId: row.id,
      before: { status: 'requested' },
      after: { status: 'withdrawn', postingId },
    });
  return withdrawn.length;
}

/**
 * REF-5: the daily sweep for postings that left the board without a status change (a lapsed
 * deadline, taken off the board): their requests are withdrawn. Returns how many.
 */
export async function withdrawRequestsOffTheBoard(
  tx: Db,
  audit: AuditWriter,
  now = new Date(),
): Promise<number> {
  const stale = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .innerJoin(jobPostings, eq(jobPostings.id, referrals.postingId))
    .where(and(eq(referrals.status, 'requested'), sql`not (${onBoardSql(now)})`));
  if (stale.length === 0) return 0;
  const ids = stale.map((r) => r.id);
  await tx
    .update(referrals)
    .set({ status: 'withdrawn', decidedAt: now })
    .where(and(inArray(referrals.id, ids), eq(referrals.status, 'requested')));
  for (const id of ids)
    await audit.record({
      action: 'referral.withdrawn',
      entityType: 'referral',
      entityId: id,
      before: { status: 'requested' },
      after: { status: 'withdrawn', reason: 'posting off the board' },
    });
  return ids.length;
}
