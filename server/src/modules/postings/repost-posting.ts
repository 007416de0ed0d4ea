import type { PostingDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound, ruleViolation } from '../../platform/errors';
import { addDays, deadlineProblem, isoDay, POSTING_SETTINGS } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  addNote,
  postingColumns,
  postingSnapshot,
  postingToChange,
  refuseIf,
} from './postings.store';

/**
 * JOB-8: after its deadline took it off the board, the owner confirms with the employer that the
 * job is still open and reposts it with a new deadline (the setting's days from today unless the
 * employer gave one). A job no longer open is closed instead.
 */
export async function repostPosting(
  ctx: RequestContext,
  id: string,
  input: { applicationDeadline?: string | undefined },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (row.status !== 'open' || !row.removedFromBoardAt)
      throw ruleViolation(
        'JOB-8',
        'Only an open posting whose deadline took it off the job board is reposted.',
      );
    const now = new Date();
    const deadline =
      input.applicationDeadline ?? addDays(isoDay(now), POSTING_SETTINGS.applicationDeadlineDays);
    refuseIf(deadlineProblem(deadline, now));
    const [after] = await tx
      .update(jobPostings)
      .set({
        applicationDeadline: deadline,
        removedFromBoardAt: null,
        updatedAt: now,
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    await addNote(
      tx,
      id,
      'board',
      `Reposted after confirming with the employer that the job is still open. New application deadline: ${deadline}.`,
      actor,
    );
    await audit.record({
      action: 'posting.reposted',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
