import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { jobPostings, referrals } from '../db/schema';
import { AuditWriter } from '../platform/audit/audit';
import type { Db } from '../platform/db/database';
import type { JobDefinition } from '../platform/jobs/jobs';
import type { Audience } from '../modules/job-search/job-search.sql';
import { addNote } from '../modules/postings/postings.store';
import { referredEmail } from '../modules/referrals/referrals.rules';
import {
  loadPostingForReferral,
  loadSeekerForReferral,
  seekerAddress,
} from '../modules/referrals/referrals.store';
import { queueEmail } from '../platform/mail/outbox';

/**
 * VET-3, VET-4: ends veterans' priority holds that are due. Visibility needs no job (a hold is a
 * time, and searches compare it with now()), so a late run never shows a posting late; this
 * records the end and sends out the referrals staff made during the hold (held → referred).
 * Claimed with SKIP LOCKED and only unreleased holds are touched: a second run does nothing.
 */
export async function releaseVeteranHolds(db: Db, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: jobPostings.id, until: jobPostings.veteranHoldUntil })
      .from(jobPostings)
      .where(and(lte(jobPostings.veteranHoldUntil, now), isNull(jobPostings.veteranHoldReleasedAt)))
      .orderBy(asc(jobPostings.veteranHoldUntil))
      .limit(200)
      .for('update', { skipLocked: true });
    const audit = new AuditWriter(tx, { actorId: null, officeId: null, requestId: null });
    for (const { id, until } of due) {
      await tx
        .update(jobPostings)
        .set({ veteranHoldReleasedAt: now })
        .where(eq(jobPostings.id, id));
      const released = await tx
        .update(referrals)
        .set({ status: 'referred', decidedAt: now })
        .where(and(eq(referrals.postingId, id), eq(referrals.status, 'held')))
        .returning({ id: referrals.id, seekerId: referrals.seekerId });
      await emailReleasedReferrals(tx, id, released);
      await addNote(
        tx,
        id,
        'board',
        `The veterans' priority hold ended: everyone can now see the posting (VET-3).${released.length > 0 ? ` ${released.length} held referral(s) went out (VET-4).` : ''}`,
        null,
      );
      await audit.record({
        action: 'posting.veteran_hold_released',
        entityType: 'job_posting',
        entityId: id,
        before: { veteranHoldUntil: until, heldReferrals: released.length },
        after: { veteranHoldReleasedAt: now, referralsReleased: released.map((r) => r.id) },
      });
    }
    return due.length;
  });
}

/** VET-4: each seeker whose held referral went out gets its details (the day after it was made). */
async function emailReleasedReferrals(
  tx: Db,
  postingId: string,
  released: { seekerId: string }[],
): Promise<void> {
  if (released.length === 0) return;
  const posting = await loadPostingForReferral(tx, postingId, EVERYTHING);
  if (!posting) return;
  for (const { seekerId } of released) {
    const seeker = await loadSeekerForReferral(tx, seekerId);
    const to = seeker ? seekerAddress(seeker) : null;
    if (seeker && to)
      await queueEmail(tx, { to, seekerId, ...referredEmail(seeker.firstName, posting) });
  }
}

/** The release job reads the posting as the central office does (no reservation hides it). */
const EVERYTHING: Audience = {
  kind: 'staff',
  staffId: '00000000-0000-0000-0000-000000000000',
  officeId: '00000000-0000-0000-0000-000000000000',
  areaId: null,
  centralOffice: true,
};

export const releaseVeteranHoldsJob: JobDefinition = {
  name: 'postings.release-veteran-holds',
  schedule: '* * * * *',
  async handle(_data, { database, log }) {
    const released = await releaseVeteranHolds(database.db);
    if (released > 0) log.info({ released }, 'released veterans’ priority holds');
  },
};
