import type { PostingDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { postingDetailOf } from './postings.queries';
import { addNote, postingColumns, postingSnapshot, postingToChange } from './postings.store';

/** JOB-9: the owner opens a reserved posting to everyone before its window ends. */
export async function releaseReservation(ctx: RequestContext, id: string): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (row.reservationDays === null && !row.reservedIndefinitely)
      throw invalid('id', 'This posting is not reserved.');
    const [after] = await tx
      .update(jobPostings)
      .set({
        reservationDays: null,
        reservedIndefinitely: false,
        reservedUntil: null,
        reservedForOfficeId: null,
        reservedForAreaId: null,
        updatedAt: new Date(),
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    await addNote(tx, id, 'reservation', 'Reservation released: every job seeker sees it.', actor);
    await audit.record({
      action: 'posting.reservation_released',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
