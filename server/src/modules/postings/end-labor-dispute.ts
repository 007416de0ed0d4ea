import type { LaborDispute } from '@onestop/contracts';
import { and, eq, isNull, notInArray } from 'drizzle-orm';
import { employerLaborDisputes, jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { listLaborDisputes } from './labor-disputes.queries';
import { addNote, postingColumns } from './postings.store';

/**
 * JOB-11, 652.9(d): full service resumes once the central office has verified with the employer
 * and the workers' representatives that the dispute is over. Postings lose the statement when no
 * other dispute at the employer remains; postings held for it stay on hold for their owners to
 * reopen.
 */
export async function endLaborDispute(
  ctx: RequestContext,
  employerId: string,
  disputeId: string,
  input: { endedAt: string; verificationNote: string },
): Promise<LaborDispute[]> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const [after] = await tx
      .update(employerLaborDisputes)
      .set({
        endedAt: input.endedAt,
        endedVerifiedByStaffId: actor.staffId,
        endVerificationNote: input.verificationNote,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(employerLaborDisputes.id, disputeId),
          eq(employerLaborDisputes.employerId, employerId),
          isNull(employerLaborDisputes.endedAt),
        ),
      )
      .returning();
    if (!after) throw notFound('active labor dispute');
    await audit.record({
      action: 'posting.labor_dispute_ended',
      entityType: 'labor_dispute',
      entityId: disputeId,
      after: { endedAt: after.endedAt, endVerificationNote: after.endVerificationNote },
    });
    const [other] = await tx
      .select({ id: employerLaborDisputes.id })
      .from(employerLaborDisputes)
      .where(
        and(
          eq(employerLaborDisputes.employerId, employerId),
          isNull(employerLaborDisputes.endedAt),
        ),
      )
      .limit(1);
    if (other) return;
    const cleared = await tx
      .update(jobPostings)
      .set({ laborDisputeNotAtIssue: false, updatedAt: new Date() })
      .where(
        and(
          eq(jobPostings.employerId, employerId),
          eq(jobPostings.laborDisputeNotAtIssue, true),
          // What a finished posting said stays as it was.
          notInArray(jobPostings.status, ['closed', 'filled', 'refused']),
        ),
      )
      .returning(postingColumns);
    for (const row of cleared) {
      await addNote(
        tx,
        row.id,
        'labor_dispute',
        'The labor dispute is over (verified): the statement is removed.',
        actor,
      );
      await audit.record({
        action: 'posting.updated',
        entityType: 'job_posting',
        entityId: row.id,
        before: { laborDisputeNotAtIssue: true },
        after: { laborDisputeNotAtIssue: false, reason: 'labor dispute ended (JOB-11)' },
      });
    }
  });
  return listLaborDisputes(ctx.db, employerId);
}
