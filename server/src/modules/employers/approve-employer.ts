import type { EmployerSummary } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { conflict, invalid, notFound } from '../../platform/errors';
import { insertNote } from './add-note';
import { employerSnapshot, findEmployer, lockEmployer, toSummary } from './employers.queries';
import { assertServingOffice } from './employers.policy';

/** The record, once decided, must still be one that waits: two staff may open the same entry. */
export async function lockPending(tx: Db, id: string) {
  const row = await lockEmployer(tx, null, id);
  if (row.status !== 'pending_approval') {
    throw conflict('This registration has already been decided. Reload the approval queue.');
  }
  return row;
}

export async function decidedSummary(ctx: RequestContext, id: string): Promise<EmployerSummary> {
  const found = await findEmployer(ctx.db, null, id);
  if (!found) throw notFound('employer');
  return toSummary(found.employer, found.officeName);
}

/**
 * EMP-5: central-office staff approve a self-registered employer; it becomes active and is served
 * by the office the employer chose or the one named here.
 */
export async function approveEmployer(
  ctx: RequestContext,
  id: string,
  input: { officeId?: string | undefined },
): Promise<EmployerSummary> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const current = await lockPending(tx, id);
    const officeId = input.officeId ?? current.officeId;
    if (!officeId) throw invalid('officeId', 'Choose the office that will serve this employer.');
    if (input.officeId) await assertServingOffice(tx, actor, input.officeId);
    const now = new Date();
    const [after] = await tx
      .update(employers)
      .set({
        status: 'active',
        officeId,
        approvedByStaffId: actor.staffId,
        approvedAt: now,
        updatedAt: now,
        updatedByStaffId: actor.staffId,
      })
      .where(eq(employers.id, id))
      .returning();
    await insertNote(tx, {
      employerId: id,
      body: `Self-registration approved by ${actor.displayName} (central office).`,
      staffId: actor.staffId,
      officeId: actor.officeId,
    });
    await audit.record({
      action: 'employer.approved',
      entityType: 'employer',
      entityId: id,
      before: employerSnapshot(current),
      after: after ? employerSnapshot(after) : null,
    });
  });
  return decidedSummary(ctx, id);
}
