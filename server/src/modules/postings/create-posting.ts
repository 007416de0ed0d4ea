import type { CreatePostingInput, PostingDetail } from '@onestop/contracts';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { ruleViolation } from '../../platform/errors';
import { deadlineProblem, programTypeProblem } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import {
  changerOf,
  contentProblem,
  disputeDecision,
  employerNames,
  loadEmployer,
  occupationFields,
  postingColumns,
  postingSnapshot,
  refuseIf,
  worksiteFields,
  type EmployerRow,
} from './postings.store';
import { refreshPostingMatch } from '../matching/match-features.store';

/**
 * The columns an order's own fields fill, as entered. Address, occupation and the workflow
 * columns are the caller's.
 */
export function enteredFields(input: Omit<CreatePostingInput, 'employerId' | 'intakeMethod'>) {
  const {
    onetCode: _code,
    locationId: _location,
    address1: _a,
    city: _c,
    state: _s,
    zip: _z,
    ...fields
  } = input;
  return {
    ...fields,
    worksiteCompany: input.worksiteCompany ?? null,
    staffComments: input.staffComments ?? null,
    howToApply: input.howToApply ?? null,
    contactEmail: input.contactEmail ?? null,
    contactUrl: input.contactUrl ?? null,
    applicationDeadline: input.applicationDeadline ?? null,
  };
}

/**
 * The checks every new order passes before it is stored (JOB-12, JOB-13), and the columns it
 * gets from its employer, work site and occupation.
 */
export async function newPostingValues(
  tx: Db,
  employer: EmployerRow,
  input: Omit<CreatePostingInput, 'employerId' | 'intakeMethod'>,
) {
  refuseIf(contentProblem(input));
  if (input.applicationDeadline) refuseIf(deadlineProblem(input.applicationDeadline, new Date()));
  return {
    ...enteredFields(input),
    employerId: employer.id,
    ...employerNames(employer),
    ...(await worksiteFields(tx, employer, input)),
    ...occupationFields(input, input.onetCode),
  };
}

/**
 * JOB-1: staff take a job order in person, by phone, fax, mail or email, for any employer (an
 * out-of-area one too, if it prefers). The taker owns it (JOB-2). It starts as a draft; submitting
 * opens it. An order for a position at issue in a labor dispute is not taken (JOB-11).
 */
export async function createStaffOrder(
  ctx: RequestContext,
  input: CreatePostingInput,
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  const id = await ctx.mutate(async (tx, audit) => {
    const employer = await loadEmployer(tx, input.employerId);
    refuseIf(programTypeProblem(changerOf(actor), input.programType));
    const values = await newPostingValues(tx, employer, input);
    const dispute = await disputeDecision(tx, { ...input, onetCode: values.onetCode });
    if (dispute.kind === 'refuse' || dispute.kind === 'confirm')
      throw ruleViolation(dispute.rule, dispute.message);
    const [row] = await tx
      .insert(jobPostings)
      .values({
        ...values,
        laborDisputeNotAtIssue: dispute.kind === 'statement',
        origin: 'staff_order',
        intakeMethod: input.intakeMethod,
        status: 'draft',
        ownerStaffId: actor.staffId,
        officeId: actor.officeId,
        createdByStaffId: actor.staffId,
        updatedByStaffId: actor.staffId,
      })
      .returning(postingColumns);
    if (!row) throw new Error('insert returned no row');
    await refreshPostingMatch(tx, [row.id]);
    await audit.record({
      action: 'posting.created',
      entityType: 'job_posting',
      entityId: row.id,
      after: postingSnapshot(row),
    });
    return row.id;
  });
  return postingDetailOf(ctx.db, actor, id);
}
