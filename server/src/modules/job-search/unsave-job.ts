import { and, eq } from 'drizzle-orm';
import { savedJobs } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';

/** SEEK-11: the seeker lets go of a saved job, on the board or not. */
export async function unsaveJob(ctx: RequestContext, postingId: string) {
  const { seekerId } = ctx.requireSeeker();
  await ctx.mutate(async (tx, audit) => {
    const removed = await tx
      .delete(savedJobs)
      .where(and(eq(savedJobs.seekerId, seekerId), eq(savedJobs.postingId, postingId)))
      .returning({ postingId: savedJobs.postingId });
    if (removed.length === 0) throw notFound('saved job');
    await audit.record({
      action: 'portal.job_unsaved',
      entityType: 'job_posting',
      entityId: postingId,
      before: { seekerId },
    });
  });
  return { ok: true as const };
}
