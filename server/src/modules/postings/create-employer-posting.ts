import type { EmployerPostingInput } from '@onestop/contracts';
import { jobPostings } from '../../db/schema';
import type { AuditWriter } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { ruleViolation } from '../../platform/errors';
import { newPostingValues } from './create-posting';
import { disputeDecision, loadEmployer, postingColumns, postingSnapshot } from './postings.store';
import { refreshPostingMatch } from '../matching/match-features.store';

/** A signed-in employer's portal user, acting for their own employer only. */
export interface EmployerUser {
  employerId: string;
  userId: string;
  email: string;
}

/**
 * JOB-1: an employer enters its own posting; it waits in the approval queue (status
 * pending_approval) until staff approve it and become its owner (JOB-2). Screening language
 * (JOB-13), a missing work-site company (JOB-12) and a position at issue in a labor dispute
 * (JOB-11) are refused at once, with the reason, so the employer can correct them.
 *
 * The employer portal calls it inside its own transaction:
 * `ctx.mutate((tx, audit) => createEmployerPosting(tx, audit, user, input))`.
 */
export async function createEmployerPosting(
  tx: Db,
  audit: AuditWriter,
  user: EmployerUser,
  input: EmployerPostingInput,
): Promise<{ id: string; recordNumber: number }> {
  const employer = await loadEmployer(tx, user.employerId);
  const order = {
    ...input,
    stateSource: 'full_service' as const,
    federalSource: 'employer_listing' as const,
    outOfArea: false,
    programType: 'none' as const,
    laborDisputeNotAtIssue: false,
    staffComments: null,
  };
  const values = await newPostingValues(tx, employer, order);
  const dispute = await disputeDecision(tx, {
    ...order,
    employerId: employer.id,
    onetCode: values.onetCode,
  });
  if (dispute.kind === 'refuse') throw ruleViolation(dispute.rule, dispute.message);
  const [row] = await tx
    .insert(jobPostings)
    .values({
      ...values,
      origin: 'employer_self_service',
      status: 'pending_approval',
      createdByEmployerUserId: user.userId,
    })
    .returning(postingColumns);
  if (!row) throw new Error('insert returned no row');
  await refreshPostingMatch(tx, [row.id]);
  await audit.record({
    action: 'posting.submitted_by_employer',
    entityType: 'job_posting',
    entityId: row.id,
    after: { ...postingSnapshot(row), submittedBy: user.email },
  });
  return { id: row.id, recordNumber: row.recordNumber };
}
