import type { EmployerOwner } from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { employerOwners } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { loadOwners, lockEmployer } from './employers.queries';

/** EMP-7: a staff member stops owning the account (for example, on leaving the office). */
export async function removeOwner(
  ctx: RequestContext,
  employerId: string,
  staffId: string,
): Promise<{ items: EmployerOwner[] }> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    await lockEmployer(tx, actor, employerId);
    const removed = await tx
      .delete(employerOwners)
      .where(and(eq(employerOwners.employerId, employerId), eq(employerOwners.staffId, staffId)))
      .returning();
    if (removed.length === 0) throw notFound('owner');
    await audit.record({
      action: 'employer.owner_removed',
      entityType: 'employer',
      entityId: employerId,
      before: { ownerStaffId: staffId },
    });
  });
  return { items: await loadOwners(ctx.db, employerId) };
}
