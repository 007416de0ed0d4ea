import type { EmployerDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { AppError, ruleViolation } from '../../platform/errors';
import {
  employerSnapshot,
  findFeinHolder,
  lockEmployer,
  requireEmployerDetail,
} from './employers.queries';
import { feinRace, feinTaken } from './employers.policy';
import { formatFein } from './employers.rules';

/**
 * Staff make a record active or inactive, with a reason kept on the record and in the audit trail.
 * A self-registration still waiting is decided in the approval queue instead (EMP-5), and a record
 * comes back only if no other active record has taken its FEIN meanwhile (EMP-2).
 */
export async function changeEmployerStatus(
  ctx: RequestContext,
  id: string,
  input: { status: 'active' | 'inactive'; reason: string },
): Promise<EmployerDetail> {
  const actor = ctx.requireActor();
  try {
    await ctx.mutate(async (tx, audit) => {
      const current = await lockEmployer(tx, actor, id);
      if (current.status === 'pending_approval') {
        throw ruleViolation(
          'EMP-5',
          'This employer registered itself and is waiting for approval. The central office approves or rejects it in the approval queue.',
        );
      }
      if (current.status === input.status) {
        throw new AppError('CONFLICT', `This employer record is already ${input.status}.`);
      }
      if (input.status === 'active' && current.fein) {
        const holder = await findFeinHolder(tx, current.fein, id);
        if (holder) throw feinTaken(holder, formatFein(current.fein) as string);
      }
      const [after] = await tx
        .update(employers)
        .set({
          status: input.status,
          inactivatedReason: input.status === 'inactive' ? input.reason : null,
          mergedIntoId: input.status === 'inactive' ? current.mergedIntoId : null,
          updatedAt: new Date(),
          updatedByStaffId: actor.staffId,
        })
        .where(eq(employers.id, id))
        .returning();
      await audit.record({
        action: 'employer.status_changed',
        entityType: 'employer',
        entityId: id,
        before: employerSnapshot(current),
        after: after ? { ...employerSnapshot(after), reason: input.reason } : null,
      });
    });
  } catch (error) {
    throw feinRace(error) ?? error;
  }
  return requireEmployerDetail(ctx.db, actor, id);
}
