import { sql } from 'drizzle-orm';
import { savedJobs } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { seekerAudience } from './job-search.sql';
import { noLongerPosted, readPublicPosting } from './public-posting.queries';

/** SEEK-11: the seeker keeps a job on the board to come back to. Saving it twice changes nothing. */
export async function saveJob(ctx: RequestContext, postingId: string) {
  const { seekerId } = ctx.requireSeeker();
  const posting = await readPublicPosting(
    ctx.db,
    await seekerAudience(ctx.db, seekerId),
    postingId,
  );
  if (!posting) throw noLongerPosted();
  await ctx.mutate(async (tx, audit) => {
    await tx
      .insert(savedJobs)
      .values({ seekerId, postingId })
      .onConflictDoUpdate({
        target: [savedJobs.seekerId, savedJobs.postingId],
        set: { savedAt: sql`${savedJobs.savedAt}` },
      });
    await audit.record({
      action: 'portal.job_saved',
      entityType: 'job_posting',
      entityId: postingId,
      after: { seekerId },
    });
  });
  return { ok: true as const };
}
