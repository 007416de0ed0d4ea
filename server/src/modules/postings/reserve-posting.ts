import type { PostingDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound, ruleViolation } from '../../platform/errors';
import { isFinal, reservationWindow } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  addNote,
  officeAreaId,
  postingColumns,
  postingSnapshot,
  postingToChange,
} from './postings.store';

/**
 * JOB-9: the owner keeps a posting for their own office's (or local area's) job seekers for 3, 5
 * or 7 days, after which everyone sees it; a subsidized opening may be kept indefinitely.
 */
export async function reservePosting(
  ctx: RequestContext,
  id: string,
  input: { days?: number | undefined; indefinite: boolean; scope: 'office' | 'area' },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (isFinal(row.status))
      throw ruleViolation('JOB-7', `A ${row.status} posting is not changed. Duplicate it instead.`);
    const window = reservationWindow(input, row, new Date());
    if ('rule' in window) throw ruleViolation(window.rule, window.message);
    const areaId = input.scope === 'area' ? await officeAreaId(tx, actor.officeId) : null;
    if (input.scope === 'area' && !areaId)
      throw ruleViolation(
        'JOB-9',
        'Your office belongs to no local area: reserve it for your office.',
      );
    const [after] = await tx
      .update(jobPostings)
      .set({
        ...window,
        reservedForOfficeId: actor.officeId,
        reservedForAreaId: areaId,
        updatedAt: new Date(),
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    const span = window.reservedIndefinitely
      ? 'indefinitely (subsidized opening)'
      : `for ${window.reservationDays} days${after.reservedUntil ? `, until ${after.reservedUntil.toISOString()}` : ' from posting'}`;
    await addNote(
      tx,
      id,
      'reservation',
      `Reserved for our ${input.scope}'s job seekers ${span}.`,
      actor,
    );
    await audit.record({
      action: 'posting.reserved',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
