import type { LaborDispute } from '@onestop/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { employerLaborDisputes, employers, jobPostings } from '../../db/schema';
import type { AuditWriter } from '../../platform/audit/audit';
import type { Actor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { listLaborDisputes } from './labor-disputes.queries';
import { positionAtIssue, type DisputeScope } from './labor-dispute.rules';
import { addNote, postingColumns, postingSnapshot } from './postings.store';

export interface LaborDisputeInput {
  startedAt: string;
  description?: string | null | undefined;
  positionsAtIssue: string;
  positionCodes: string[];
  positionTitles: string[];
  verified: boolean;
}

/**
 * JOB-11, 652.9(a)-(b): when a dispute begins, the employer's live postings for positions at
 * issue go on hold (no referral may fill them) and the others carry the mandatory statement.
 */
async function applyToPostings(
  tx: Db,
  audit: AuditWriter,
  actor: Actor,
  dispute: DisputeScope,
  employerId: string,
) {
  const live = await tx
    .select(postingColumns)
    .from(jobPostings)
    .where(
      and(
        eq(jobPostings.employerId, employerId),
        inArray(jobPostings.status, ['open', 'on_hold', 'draft', 'pending_approval']),
      ),
    )
    .for('update');
  for (const row of live) {
    const atIssue = positionAtIssue(dispute, row);
    if (!atIssue && row.laborDisputeNotAtIssue) continue;
    const hold = atIssue && row.status === 'open';
    const [after] = await tx
      .update(jobPostings)
      .set(
        atIssue
          ? {
              ...(hold ? { status: 'on_hold' as const } : {}),
              laborDisputeNotAtIssue: false,
              updatedAt: new Date(),
            }
          : { laborDisputeNotAtIssue: true, updatedAt: new Date() },
      )
      .where(eq(jobPostings.id, row.id))
      .returning(postingColumns);
    if (!after) continue;
    await addNote(
      tx,
      row.id,
      'labor_dispute',
      atIssue
        ? `Labor dispute at the employer over "${dispute.positionsAtIssue}": this position is at issue${hold ? ', so the posting is on hold' : ''}. No referrals until the dispute is verified over (JOB-11).`
        : 'Labor dispute at the employer: this position is not at issue, and the posting carries the mandatory labor dispute statement (JOB-11).',
      actor,
    );
    await audit.record({
      action: hold ? 'posting.status_changed' : 'posting.updated',
      entityType: 'job_posting',
      entityId: row.id,
      before: postingSnapshot(row),
      after: { ...postingSnapshot(after), reason: 'labor dispute (JOB-11)' },
    });
  }
}

/** JOB-11, 652.9(c): the central office records a labor dispute reported at an employer. */
export async function recordLaborDispute(
  ctx: RequestContext,
  employerId: string,
  input: LaborDisputeInput,
): Promise<LaborDispute[]> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const [employer] = await tx
      .select({ id: employers.id })
      .from(employers)
      .where(eq(employers.id, employerId));
    if (!employer) throw notFound('employer');
    const now = new Date();
    const [dispute] = await tx
      .insert(employerLaborDisputes)
      .values({
        employerId,
        startedAt: input.startedAt,
        description: input.description ?? null,
        positionsAtIssue: input.positionsAtIssue,
        positionCodes: input.positionCodes,
        positionTitles: input.positionTitles,
        recordedByStaffId: actor.staffId,
        ...(input.verified ? { verifiedAt: now, verifiedByStaffId: actor.staffId } : {}),
      })
      .returning();
    if (!dispute) throw new Error('insert returned no row');
    await audit.record({
      action: 'posting.labor_dispute_recorded',
      entityType: 'labor_dispute',
      entityId: dispute.id,
      after: dispute,
    });
    await applyToPostings(tx, audit, actor, dispute, employerId);
  });
  return listLaborDisputes(ctx.db, employerId);
}
