import type { PostingDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound, ruleViolation } from '../../platform/errors';
import { isFinal } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  addNote,
  contentProblem,
  postingColumns,
  postingSnapshot,
  postingToChange,
  refuseIf,
} from './postings.store';

export interface ContactMethodInput {
  contactMethod?: 'email' | 'online' | 'phone' | 'in_person' | 'mail' | 'fax' | null | undefined;
  contactEmail?: string | null | undefined;
  contactUrl?: string | null | undefined;
  howToApply?: string | null | undefined;
  note?: string | null | undefined;
}

const FIELDS = ['contactMethod', 'contactEmail', 'contactUrl', 'howToApply'] as const;
const LABELS: Record<(typeof FIELDS)[number], string> = {
  contactMethod: 'how to apply',
  contactEmail: 'email',
  contactUrl: 'web address',
  howToApply: 'instructions',
};

/** JOB-2: how applicants reach the employer, changed by the owner or a designee, with a note. */
export async function changeContactMethod(
  ctx: RequestContext,
  id: string,
  input: ContactMethodInput,
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (isFinal(row.status))
      throw ruleViolation('JOB-7', `A ${row.status} posting is not changed. Duplicate it instead.`);
    const changes = Object.fromEntries(
      FIELDS.filter((f) => input[f] !== undefined && input[f] !== row[f]).map((f) => [f, input[f]]),
    );
    refuseIf(contentProblem({ ...row, ...changes }));
    const [after] = await tx
      .update(jobPostings)
      .set({ ...changes, updatedAt: new Date(), updatedByStaffId: actor.staffId })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    const said = FIELDS.filter((f) => f in changes).map(
      (f) => `${LABELS[f]}: ${row[f] ?? '(none)'} → ${after[f] ?? '(none)'}`,
    );
    await addNote(
      tx,
      id,
      'contact_method',
      `Contact method changed. ${said.join('; ') || 'No field changed'}.${input.note ? ` ${input.note}` : ''}`,
      actor,
    );
    await audit.record({
      action: 'posting.contact_method_changed',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
