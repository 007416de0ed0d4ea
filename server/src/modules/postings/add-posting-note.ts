import type { PostingDetail } from '@onestop/contracts';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { postingDetailOf, readPosting } from './postings.queries';
import { addNote } from './postings.store';

/** JOB-2: staff who are not the owner leave a note for the owner rather than change the posting. */
export async function addPostingNote(
  ctx: RequestContext,
  id: string,
  input: { body: string },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  if (!(await readPosting(ctx.db, actor, id))) throw notFound('job posting');
  await ctx.mutate(async (tx, audit) => {
    await addNote(tx, id, 'note', input.body, actor);
    await audit.record({
      action: 'posting.note_added',
      entityType: 'job_posting',
      entityId: id,
      after: { note: input.body },
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
