import type { LaborDispute } from '@onestop/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import { employerLaborDisputes } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { listLaborDisputes } from './labor-disputes.queries';

/** JOB-11, 652.9(c)(1): the central office verifies that a reported dispute exists. */
export async function verifyLaborDispute(
  ctx: RequestContext,
  employerId: string,
  disputeId: string,
): Promise<LaborDispute[]> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const [after] = await tx
      .update(employerLaborDisputes)
      .set({ verifiedAt: new Date(), verifiedByStaffId: actor.staffId, updatedAt: new Date() })
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
      action: 'posting.labor_dispute_verified',
      entityType: 'labor_dispute',
      entityId: disputeId,
      after: { verifiedAt: after.verifiedAt, verifiedByStaffId: actor.staffId },
    });
  });
  return listLaborDisputes(ctx.db, employerId);
}
