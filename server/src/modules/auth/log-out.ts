import { eq } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { RequestContext } from '../../platform/context';

export async function logOut(ctx: RequestContext): Promise<void> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(eq(sessions.id, actor.sessionId));
    await audit.record({ action: 'auth.logout', entityType: 'staff', entityId: actor.staffId });
  });
}
