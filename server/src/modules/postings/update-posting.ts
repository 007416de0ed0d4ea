import type { PostingDetail, UpdatePostingInput } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employers, jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { invalid, notFound, ruleViolation } from '../../platform/errors';
import {
  applicationDeadline,
  deadlineProblem,
  isFinal,
  programTypeProblem,
} from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  changerOf,
  contentProblem,
  disputeDecision,
  occupationFields,
  postingColumns,
  postingSnapshot,
  postingToChange,
  refuseIf,
  worksiteFields,
} from './postings.store';
import { refreshPostingMatch } from '../matching/match-features.store';

const given = <T>(v: T | undefined): v is T => v !== undefined;

/**
 * Changes what the posting says (JOB-4). Openings, status and contact method have their own
 * actions, which add notes (JOB-2). The occupation code follows the text unless staff chose one.
 */
export async function updatePosting(
  ctx: RequestContext,
  id: string,
  input: UpdatePostingInput,
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const { row } = await postingToChange(tx, actor, id);
    if (isFinal(row.status))
      throw ruleViolation(
        'JOB-7',
        `A ${row.status} posting is not changed. Duplicate it into a new posting instead.`,
      );
    if (given(input.programType)) refuseIf(programTypeProblem(changerOf(actor), input.programType));
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as UpdatePostingInput;
    const merged = { ...row, ...changes };
    refuseIf(contentProblem(merged));
    if (merged.payMin !== null && merged.payMax !== null && merged.payMin > merged.payMax)
      throw invalid('payMax', 'The minimum pay is above the maximum.');
    if (row.reservedIndefinitely && !merged.subsidized)
      throw ruleViolation(
        'JOB-9',
        'This posting is reserved indefinitely, which only a subsidized opening may be. Release the reservation first.',
      );

    const live = row.status === 'open' || row.status === 'on_hold';
    if (given(input.applicationDeadline)) {
      if (row.removedFromBoardAt)
        throw ruleViolation(
          'JOB-8',
          'This posting left the job board when its deadline passed. Confirm with the employer that the job is still open, then repost it with a new deadline.',
        );
      if (live && row.postedAt) {
        merged.applicationDeadline = applicationDeadline(row.postedAt, input.applicationDeadline);
        refuseIf(deadlineProblem(merged.applicationDeadline, new Date()));
      }
    }

    const textChanged = given(input.title) || given(input.description);
    const occupation =
      textChanged || given(input.onetCode) ? occupationFields(merged, input.onetCode, row) : {};
    const siteChanged = (['locationId', 'address1', 'city', 'state', 'zip'] as const).some((k) =>
      given(input[k]),
    );
    let site = {};
    if (siteChanged) {
      const [employer] = await tx.select().from(employers).where(eq(employers.id, row.employerId));
      if (!employer) throw notFound('employer');
      // While a location is chosen its address is the work site; clear it to type another.
      site = await worksiteFields(tx, employer, {
        locationId: merged.locationId,
        address1: merged.address1,
        city: merged.city,
        state: merged.state,
        zip: merged.zip,
      });
    }

    const {
      onetCode: _c,
      locationId: _l,
      address1: _a,
      city: _ci,
      state: _s,
      zip: _z,
      applicationDeadline: _d,
      laborDisputeNotAtIssue: _n,
      ...rest
    } = changes;
    const next = { ...merged, ...occupation };
    // JOB-11: a live posting stays clear of the positions at issue; a draft is checked when opened.
    const dispute = await disputeDecision(tx, next);
    if (live && (dispute.kind === 'refuse' || dispute.kind === 'confirm'))
      throw ruleViolation(dispute.rule, dispute.message);

    const [after] = await tx
      .update(jobPostings)
      .set({
        ...rest,
        applicationDeadline: merged.applicationDeadline,
        ...occupation,
        ...site,
        laborDisputeNotAtIssue: dispute.kind === 'statement',
        updatedAt: new Date(),
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    await refreshPostingMatch(tx, [id]);
    await audit.record({
      action: 'posting.updated',
      entityType: 'job_posting',
      entityId: id,
      before: postingSnapshot(row),
      after: postingSnapshot(after),
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
