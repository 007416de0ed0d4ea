import type { ReferralKind, ReferralStatus } from '@onestop/contracts';
import { and, asc, eq, sql } from 'drizzle-orm';
import { employers, jobPostings, offices, referrals, resumeJobs, seekers } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import { reachesAnyOffice } from '../../platform/authz/permissions';
import type { Db } from '../../platform/db/database';
import { AppError, notFound, ruleViolation } from '../../platform/errors';
import { visibleSql, type Audience } from '../job-search/job-search.sql';
import { formatPostingNumber } from '../postings/postings.rules';
import type { ApplyDetails, PostingState, RuleProblem } from './referrals.rules';

/* Reads and writes the referral use cases share. */

export function refuseIf(problem: RuleProblem | null): void {
  if (problem) throw ruleViolation(problem.rule, problem.message);
}

export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The seeker as SEEK-12 and the emails need them, with the work history on the resume. */
export async function loadSeekerForReferral(db: Db, seekerId: string) {
  const [seeker] = await db
    .select({
      id: seekers.id,
      firstName: seekers.firstName,
      lastName: seekers.lastName,
      email: seekers.email,
      emailIsPlaceholder: seekers.emailIsPlaceholder,
      registrationCompletedAt: seekers.registrationCompletedAt,
      registrationStatus: seekers.registrationStatus,
      officeId: seekers.createdInOfficeId,
      officeCode: offices.code,
    })
    .from(seekers)
    .leftJoin(offices, eq(offices.id, seekers.createdInOfficeId))
    .where(eq(seekers.id, seekerId));
  if (!seeker) return null;
  const jobs = await db
    .select({ startDate: resumeJobs.startDate, endDate: resumeJobs.endDate })
    .from(resumeJobs)
    .where(eq(resumeJobs.seekerId, seekerId))
    .orderBy(asc(resumeJobs.position));
  return { ...seeker, jobs };
}
export type ReferralSeeker = NonNullable<Awaited<ReturnType<typeof loadSeekerForReferral>>>;

/** Where mail to the seeker goes; a staff-entered placeholder address receives none. */
export const seekerAddress = (s: Pick<ReferralSeeker, 'email' | 'emailIsPlaceholder'>) =>
  s.email && !s.emailIsPlaceholder ? s.email : null;

export type ReferralPosting = PostingState &
  ApplyDetails & {
    id: string;
    origin: string;
    officeId: string | null;
    /** VET-3: the end of a veterans' priority hold, if it has one. */
    veteranHoldUntil: Date | null;
  };

/** The posting as this audience may see it (JOB-9 reservations), on the board or not; else null. */
export async function loadPostingForReferral(
  db: Db,
  postingId: string,
  audience: Audience,
): Promise<ReferralPosting | null> {
  const visible = visibleSql(audience);
  const [row] = await db
    .select({
      id: jobPostings.id,
      recordNumber: jobPostings.recordNumber,
      title: jobPostings.title,
      status: jobPostings.status,
      origin: jobPostings.origin,
      officeId: jobPostings.officeId,
      removedFromBoardAt: jobPostings.removedFromBoardAt,
      applicationDeadline: jobPostings.applicationDeadline,
      employerName: jobPostings.employerName,
      employerTradeName: jobPostings.employerTradeName,
      contactMethod: jobPostings.contactMethod,
      contactEmail: jobPostings.contactEmail,
      contactUrl: jobPostings.contactUrl,
      instructions: jobPostings.howToApply,
      address1: jobPostings.address1,
      city: jobPostings.city,
      state: jobPostings.state,
      zip: jobPostings.zip,
      employerPhone: employers.phone,
      veteranHoldUntil: jobPostings.veteranHoldUntil,
    })
    .from(jobPostings)
    .innerJoin(employers, eq(employers.id, jobPostings.employerId))
    .where(and(eq(jobPostings.id, postingId), visible));
  if (!row) return null;
  const place = [row.address1, row.city, [row.state, row.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  return {
    id: row.id,
    recordNumber: formatPostingNumber(row.recordNumber),
    title: row.title,
    status: row.status,
    origin: row.origin,
    officeId: row.officeId,
    removedFromBoardAt: row.removedFromBoardAt,
    applicationDeadline: row.applicationDeadline,
    employerName: row.employerTradeName ?? row.employerName,
    contactMethod: row.contactMethod,
    contactEmail: row.contactEmail,
    contactUrl: row.contactUrl,
    employerPhone: row.employerPhone,
    instructions: row.instructions,
    workSite: place || null,
    veteranHoldUntil: row.veteranHoldUntil,
  };
}

export async function existingReferral(db: Db, seekerId: string, postingId: string) {
  const [row] = await db
    .select({ id: referrals.id, kind: referrals.kind, status: referrals.status })
    .from(referrals)
    .where(and(eq(referrals.seekerId, seekerId), eq(referrals.postingId, postingId)));
  return row ?? null;
}

const STATUS_WORDS: Record<ReferralStatus, string> = {
  requested: 'is waiting for staff approval',
  held: 'is held until the veterans’ priority hold ends',
  referred: 'has already been made',
  denied: 'was denied',
  withdrawn: 'was withdrawn when the posting closed',
};

/** REF-5: the clear message for a second referral of the same seeker to the same posting. */
export function duplicateReferral(
  posting: Pick<ReferralPosting, 'recordNumber' | 'title'>,
  existing: { kind: ReferralKind; status: ReferralStatus } | null,
): AppError {
  const which = `${posting.recordNumber} ${posting.title}`;
  const state = existing
    ? `A referral of this job seeker to ${which} ${STATUS_WORDS[existing.status]}${existing.status === 'requested' ? ': approve or deny it in the referral queue' : ''}.`
    : `This job seeker was referred to ${which} a moment ago.`;
  return new AppError(
    'CONFLICT',
    `${state} A job seeker is referred to the same posting only once.`,
    { rule: 'REF-5' },
  );
}

/** Whether a database error (or one it wraps) is the one-referral-per-seeker-and-posting index. */
export function isDuplicateReferral(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, message } = e as {
      code?: string;
      constraint?: string;
      message?: string;
    };
    if (code === '23505' && (constraint ?? message ?? '').includes('referrals_seeker_posting_key'))
      return true;
  }
  return false;
}

/** Runs a write that inserts a referral; REF-5's unique index turns a lost race into a 409. */
export async function insertingReferral<T>(
  posting: Pick<ReferralPosting, 'recordNumber' | 'title'>,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateReferral(error)) throw duplicateReferral(posting, null);
    throw error;
  }
}

export type ReferralRow = typeof referrals.$inferSelect;

/** A referral to decide or post a result on, locked; 404 when outside the actor's reach. */
export async function referralToChange(tx: Db, actor: Actor, id: string): Promise<ReferralRow> {
  const [row] = await tx.select().from(referrals).where(eq(referrals.id, id)).for('update');
  if (!row || !referralInReach(actor, row.officeId)) throw notFound('referral');
  return row;
}

/** Staff see the referrals of the offices their role reaches, and those with no office. */
export function referralInReach(actor: Actor, officeId: string | null): boolean {
  return officeId === null || reachesAnyOffice(actor, [officeId]);
}

export function referralSnapshot(row: ReferralRow): Record<string, unknown> {
  const { findings: _f, ...rest } = row;
  return rest;
}

export async function officeName(db: Db, officeId: string): Promise<string> {
  const [office] = await db
    .select({ name: offices.name })
    .from(offices)
    .where(eq(offices.id, officeId));
  return office?.name ?? 'Your job center';
}

/** Locks the seeker row so that two self-referrals at once count each other (REF-3's cap). */
export async function lockSeeker(tx: Db, seekerId: string): Promise<void> {
  await tx.execute(sql`select 1 from ${seekers} where ${seekers.id} = ${seekerId} for update`);
}
