import type {
  MatchFinding,
  ReferralList,
  ReferralQueue,
  ReferralSummary,
} from '@onestop/contracts';
import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { jobPostings, referrals, seekers, staff } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { onBoardSql } from '../job-search/job-search.sql';
import { formatPostingNumber } from '../postings/postings.rules';
import { formatRecordNumber } from '../seekers/seekers.rules';
import { queueAge, REFERRAL_SETTINGS } from './referrals.rules';
import { DELAYED_REFERRAL_NOTICE } from './referrals.rules';

/* Referral lists: the seeker's own, a seeker's and a posting's for staff, the approval queue
 * (REF-4) and the unemployment-insurance review list (REF-6). */

const requester = alias(staff, 'requester');
const decider = alias(staff, 'decider');

const columns = {
  referral: referrals,
  seekerRecordNumber: seekers.recordNumber,
  seekerFirstName: seekers.firstName,
  seekerLastName: seekers.lastName,
  postingRecordNumber: jobPostings.recordNumber,
  postingTitle: jobPostings.title,
  employerName: jobPostings.employerName,
  employerTradeName: jobPostings.employerTradeName,
  postingStatus: jobPostings.status,
  requesterName: requester.displayName,
  deciderName: decider.displayName,
};

function select(db: Db) {
  return db
    .select(columns)
    .from(referrals)
    .innerJoin(seekers, eq(seekers.id, referrals.seekerId))
    .innerJoin(jobPostings, eq(jobPostings.id, referrals.postingId))
    .leftJoin(requester, eq(requester.id, referrals.requestedByStaffId))
    .leftJoin(decider, eq(decider.id, referrals.decidedByStaffId));
}

type Row = Awaited<ReturnType<ReturnType<typeof select>['execute']>>[number];

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toSummary(row: Row): ReferralSummary {
  const r = row.referral;
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    stars: r.stars,
    findings: r.findings as MatchFinding[],
    requestedAt: r.requestedAt.toISOString(),
    seeker: {
      id: r.seekerId,
      recordNumber: formatRecordNumber(row.seekerRecordNumber),
      name: `${row.seekerFirstName} ${row.seekerLastName}`,
    },
    posting: {
      id: r.postingId,
      recordNumber: formatPostingNumber(row.postingRecordNumber),
      title: row.postingTitle,
      employerName: row.employerTradeName ?? row.employerName,
      status: row.postingStatus,
    },
    requestedBy:
      r.requestedByStaffId && row.requesterName
        ? { id: r.requestedByStaffId, name: row.requesterName }
        : null,
    decidedAt: iso(r.decidedAt),
    decidedBy:
      r.decidedByStaffId && row.deciderName
        ? { id: r.decidedByStaffId, name: row.deciderName }
        : null,
    denialReason: r.denialReason,
    result: r.result,
    resultNote: r.resultNote,
    resultRecordedAt: iso(r.resultRecordedAt),
    uiReview: r.uiReview,
    uiReviewedAt: iso(r.uiReviewedAt),
    releaseAt: iso(r.releaseAt),
    notice: r.status === 'held' ? DELAYED_REFERRAL_NOTICE : null,
  };
}

/** Referrals of offices the actor's role reaches, and those made with no office. */
function reachSql(actor: Actor): SQL | undefined {
  if (actor.scopeOfficeIds === 'all') return undefined;
  return actor.scopeOfficeIds.length > 0
    ? or(isNull(referrals.officeId), inArray(referrals.officeId, actor.scopeOfficeIds))
    : isNull(referrals.officeId);
}

export async function readReferral(db: Db, id: string): Promise<ReferralSummary | null> {
  const [row] = await select(db).where(eq(referrals.id, id));
  return row ? toSummary(row) : null;
}

/** "My referrals", and a seeker's referrals for staff: newest first. */
export async function seekerReferrals(db: Db, seekerId: string): Promise<ReferralList> {
  const rows = await select(db)
    .where(eq(referrals.seekerId, seekerId))
    .orderBy(desc(referrals.requestedAt));
  return { items: rows.map(toSummary) };
}

/** A posting's referrals for staff, newest first, with their results (REF-6). */
export async function postingReferrals(db: Db, postingId: string): Promise<ReferralList> {
  const rows = await select(db)
    .where(eq(referrals.postingId, postingId))
    .orderBy(desc(referrals.requestedAt));
  return { items: rows.map(toSummary) };
}

/**
 * REF-4: requests waiting for approval, oldest first, with their age. REF-5: only on postings
 * still on the board; requests on closed postings leave the queue even before they are withdrawn.
 */
export async function referralQueue(db: Db, actor: Actor, now: Date): Promise<ReferralQueue> {
  const rows = await select(db)
    .where(and(eq(referrals.status, 'requested'), sql`${onBoardSql(now)}`, reachSql(actor)))
    .orderBy(asc(referrals.requestedAt))
    .limit(500);
  return {
    items: rows.map((row) => ({
      ...toSummary(row),
      ...queueAge(row.referral.requestedAt, now),
    })),
    targetBusinessDays: REFERRAL_SETTINGS.queueTargetBusinessDays,
  };
}

/** REF-6: results flagged for unemployment-insurance staff and not yet reviewed, oldest first. */
export async function uiReviewList(db: Db, actor: Actor): Promise<ReferralList> {
  const rows = await select(db)
    .where(and(eq(referrals.uiReview, true), isNull(referrals.uiReviewedAt), reachSql(actor)))
    .orderBy(asc(referrals.resultRecordedAt))
    .limit(500);
  return { items: rows.map(toSummary) };
}
