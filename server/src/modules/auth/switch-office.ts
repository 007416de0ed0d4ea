import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/** SEC-4: staff work in one office at a time and may switch only among the offices granted to them. */
export async function switchOffice(ctx: RequestContext, officeId: string): Promise<void> {
  const actor = ctx.requireActor();
  if (!actor.grantedOfficeIds.includes(officeId)) {
    throw new AppError('FORBIDDEN', 'You can only switch to an office you have been granted.');
  }
  if (officeId === actor.officeId) return;
  await ctx.mutate(async (tx, audit) => {
    await tx.update(sessions).set({ officeId }).where(eq(sessions.id, actor.sessionId));
    await audit.record({
      action: 'auth.office_switched',
      entityType: 'staff',
      entityId: actor.staffId,
      officeId,
      before: { officeId: actor.officeId },
      after: { officeId },
    });
  });
  actor.officeId = officeId;
}
