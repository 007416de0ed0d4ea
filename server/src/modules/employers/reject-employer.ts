import type { EmployerSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { insertNote } from './add-note';
import { decidedSummary, lockPending } from './approve-employer';
import { employerSnapshot } from './employers.queries';

/**
 * EMP-5: central-office staff reject a self-registration (not a real employer, or a duplicate of
 * one already served). The record stays, inactive, with the reason on it and in a note.
 */
export async function rejectEmployer(
  ctx: RequestContext,
  id: string,
  input: { reason: string },
): Promise<EmployerSummary> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const current = await lockPending(tx, id);
    const [after] = await tx
      .update(employers)
      .set({
        status: 'inactive',
        inactivatedReason: `Registration rejected: ${input.reason}`,
        updatedAt: new Date(),
        updatedByStaffId: actor.staffId,
      })
      .where(eq(employers.id, id))
      .returning();
    await insertNote(tx, {
      employerId: id,
      body: `Self-registration rejected by ${actor.displayName} (central office): ${input.reason}`,
      staffId: actor.staffId,
      officeId: actor.officeId,
    });
    await audit.record({
      action: 'employer.rejected',
      entityType: 'employer',
      entityId: id,
      before: employerSnapshot(current),
      after: after ? { ...employerSnapshot(after), reason: input.reason } : null,
    });
  });
  return decidedSummary(ctx, id);
}
