import { sql } from 'drizzle-orm';
import { postingViews } from '../../db/schema';
import type { RequestContext } from '../../platform/context';

/** SEEK-11: the seeker opened a posting; it heads their recently viewed jobs. */
export async function recordPostingView(ctx: RequestContext, postingId: string): Promise<void> {
  const { seekerId } = ctx.requireSeeker();
  await ctx.mutate(async (tx, audit) => {
    await tx
      .insert(postingViews)
      .values({ seekerId, postingId })
      .onConflictDoUpdate({
        target: [postingViews.seekerId, postingViews.postingId],
        set: { viewedAt: sql`now()` },
      });
    await audit.record({
      action: 'portal.job_viewed',
      entityType: 'job_posting',
      entityId: postingId,
    });
  });
}
