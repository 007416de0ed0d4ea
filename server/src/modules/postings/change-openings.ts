import type { PostingDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { invalid, notFound, ruleViolation } from '../../platform/errors';
import { isFinal, openingsProblem } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  addNote,
  postingColumns,
  postingSnapshot,
  postingToChange,
  refuseIf,
} from './postings.store';

/** JOB-6: the owner or a designee raises the openings; they are never lowered. A note says so. */
export async function changeOpenings(
  ctx: RequestContext,
  id: string,
  input: { openings: number; note?: string | null | undefined },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (isFinal(row.status))
      throw ruleViolation('JOB-7', `A ${row.status} posting is not changed. Duplicate it instead.`);
    refuseIf(openingsProblem(row.openings, input.openings));
    if (input.openings === row.openings)
      throw invalid('openings', `The posting already has ${row.openings} openings.`);
    const [after] = await tx
      .update(jobPostings)
      .set({ openings: input.openings, updatedAt: new Date(), updatedByStaffId: actor.staffId })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    await addNote(
      tx,
      id,
      'openings',
      `Openings: ${row.openings} → ${input.openings}.${input.note ? ` ${input.note}` : ''}`,
      actor,
    );
    await audit.record({
      action: 'posting.openings_raised',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
