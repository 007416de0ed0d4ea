import type {
  PostingDetail,
  PostingStatus,
  PostingStatusAction,
  PostingStatusRequest,
} from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employers, jobPostings } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { AppError, invalid, notFound, ruleViolation } from '../../platform/errors';
import { duplicateMessage } from './duplicates.rules';
import { requestReferralResults, tellEmployerRefused } from './posting-mail';
import {
  applicationDeadline,
  changeProblem,
  deadlineProblem,
  nextStatus,
  programTypeProblem,
  reservedUntilFromPosting,
} from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  addNote,
  changerOf,
  contentProblem,
  disputeDecision,
  findLikelyDuplicates,
  loadPosting,
  postingColumns,
  postingSnapshot,
  refuseIf,
  type PostingRow,
} from './postings.store';
import { runVeteranPriority } from '../matching/veteran-priority';
import { withdrawRequestsForClosedPosting } from '../referrals/withdraw-requests';

const WORDS: Record<PostingStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Waiting for approval',
  open: 'Open',
  on_hold: 'On hold',
  closed: 'Closed',
  filled: 'Filled',
  refused: 'Refused',
};

/**
 * JOB-2, JOB-10: the owner, a designee or the central office changes the status. An employer's
 * own posting has no owner until approved: any reviewer whose offices serve the employer may
 * approve or refuse it (SEC-4), and becomes its owner.
 */
async function assertMayAct(tx: Db, actor: Actor, action: PostingStatusAction, found: Loaded) {
  const { row, designeeIds } = found;
  const reviewing =
    row.status === 'pending_approval' && (action === 'approve' || action === 'refuse');
  if (!reviewing) return refuseIf(changeProblem(changerOf(actor), { ...row, designeeIds }));
  refuseIf(programTypeProblem(changerOf(actor), row.programType));
  if (actor.scopeOfficeIds === 'all') return;
  const [employer] = await tx
    .select({ officeId: employers.officeId })
    .from(employers)
    .where(eq(employers.id, row.employerId));
  if (!employer?.officeId || !actor.scopeOfficeIds.includes(employer.officeId))
    throw notFound('job posting');
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadPosting>>>;

/**
 * What opening a posting checks and sets: no unlawful screening (JOB-13), no position at issue in
 * a labor dispute (JOB-11), no second listing of the same job unless staff confirm (JOB-3); the
 * posting date, the deadline (JOB-8), an owner (JOB-2) and a reservation's end (JOB-9).
 */
async function openingValues(
  tx: Db,
  actor: Actor,
  row: PostingRow,
  input: PostingStatusRequest,
  firstTime: boolean,
) {
  refuseIf(contentProblem(row));
  const dispute = await disputeDecision(tx, {
    ...row,
    laborDisputeNotAtIssue: row.laborDisputeNotAtIssue || input.confirmedNotAtIssue === true,
  });
  if (dispute.kind === 'refuse' || dispute.kind === 'confirm')
    throw ruleViolation(dispute.rule, dispute.message);
  if (firstTime && !input.confirmedNotDuplicate) {
    const duplicates = await findLikelyDuplicates(tx, row);
    if (duplicates.length > 0)
      throw new AppError('CONFLICT', duplicateMessage(duplicates), { rule: 'JOB-3' });
  }
  const now = new Date();
  const postedAt = row.postedAt ?? now;
  const deadline = applicationDeadline(postedAt, row.applicationDeadline);
  if (firstTime) refuseIf(deadlineProblem(deadline, now));
  return {
    postedAt,
    applicationDeadline: deadline,
    ownerStaffId: row.ownerStaffId ?? actor.staffId,
    officeId: row.officeId ?? actor.officeId,
    reservedUntil: row.reservedUntil ?? reservedUntilFromPosting(row.reservationDays, postedAt),
    laborDisputeNotAtIssue: dispute.kind === 'statement',
  };
}

/** JOB-7 and the approval flow: submit, approve, hold, reopen, close, fill or refuse. */
export async function changePostingStatus(
  ctx: RequestContext,
  id: string,
  action: PostingStatusAction,
  input: PostingStatusRequest,
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const found = await loadPosting(tx, id, true);
    if (!found) throw notFound('job posting');
    const { row } = found;
    await assertMayAct(tx, actor, action, found);
    const next = nextStatus(row.status, action, row.origin);
    if ('rule' in next) throw ruleViolation(next.rule, next.message);
    const reason = input.reason ?? null;
    if (!reason && (action === 'refuse' || action === 'hold'))
      throw invalid(
        'reason',
        action === 'refuse' ? 'Say why the order is refused.' : 'Say why the posting is on hold.',
      );
    const now = new Date();
    const [after] = await tx
      .update(jobPostings)
      .set({
        status: next.to,
        ...(next.to === 'open'
          ? await openingValues(tx, actor, row, input, row.status !== 'on_hold')
          : {}),
        ...(next.to === 'refused' ? { refusalReason: reason } : {}),
        ...(next.to === 'closed' || next.to === 'filled' ? { closedAt: now } : {}),
        updatedAt: now,
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    // VET-2, VET-3: the first opening alerts matching veterans and may hold it from others.
    const veteranPriority =
      next.to === 'open' && row.status !== 'on_hold'
        ? await runVeteranPriority(tx, id, now, ctx.config.publicUrl)
        : null;
    await addNote(
      tx,
      id,
      'status',
      `Status: ${WORDS[row.status]} → ${WORDS[next.to]}.${reason ? ` ${reason}` : ''}`,
      actor,
    );
    if ((next.to === 'closed' || next.to === 'filled') && row.postedAt)
      await requestReferralResults(tx, after, next.to, actor);
    // REF-5: requests waiting for approval leave the queue with the posting.
    if (next.to === 'closed' || next.to === 'filled')
      await withdrawRequestsForClosedPosting(tx, id, audit, now);
    if (next.to === 'refused' && row.origin === 'employer_self_service' && reason)
      await tellEmployerRefused(tx, after, reason);
    await audit.record({
      action:
        action === 'approve'
          ? 'posting.approved'
          : action === 'refuse'
            ? 'posting.refused'
            : 'posting.status_changed',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: {
        ...postingSnapshot(after),
        ...(reason ? { reason } : {}),
        ...(veteranPriority?.holdUntil
          ? {
              veteransAlerted: veteranPriority.alerted,
              veteranHoldUntil: veteranPriority.holdUntil,
            }
          : {}),
      },
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
