import type {
  EmployerPostingDetail,
  EmployerPostingInput,
  EmployerPostingSummary,
  PostingStatus,
} from '@onestop/contracts';
import { and, count, desc, eq, isNotNull, ne, or, type SQL } from 'drizzle-orm';
import { jobPostings } from '../../db/schema';
import type { EmployerActor } from '../../platform/authz/actor';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound, ruleViolation } from '../../platform/errors';
import { createEmployerPosting } from '../postings/create-employer-posting';
import { LABOR_DISPUTE_STATEMENT } from '../postings/labor-dispute.rules';
import { jobTerms } from '../postings/postings.queries';
import { formatPostingNumber, hasLapsed } from '../postings/postings.rules';
import { postingColumns, type PostingRow } from '../postings/postings.store';

const WAITING_FOR_APPROVAL =
  'Your registration is waiting for approval by the central office. You can post jobs as soon as it is approved; we will email you.';

/**
 * What an employer sees: its own postings, except a staff member's unfinished draft. Another
 * employer's posting reads as not found.
 */
function ownPostings(actor: EmployerActor): SQL | undefined {
  return and(
    eq(jobPostings.employerId, actor.employerId),
    or(ne(jobPostings.status, 'draft'), isNotNull(jobPostings.createdByEmployerUserId)),
  );
}

function toSummary(row: PostingRow, now: Date): EmployerPostingSummary {
  return {
    id: row.id,
    recordNumber: formatPostingNumber(row.recordNumber),
    title: row.title,
    employer: { id: row.employerId, name: row.employerTradeName ?? row.employerName },
    status: row.status,
    openings: row.openings,
    city: row.city,
    state: row.state,
    zip: row.zip,
    postedAt: row.postedAt?.toISOString() ?? null,
    applicationDeadline: row.applicationDeadline,
    onBoard:
      row.status === 'open' &&
      row.removedFromBoardAt === null &&
      !hasLapsed(row.applicationDeadline, now),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listEmployerPostings(
  db: Db,
  actor: EmployerActor,
  q: { page: number; pageSize: number; status?: PostingStatus },
) {
  const where = and(ownPostings(actor), q.status ? eq(jobPostings.status, q.status) : undefined);
  const rows = await db
    .select(postingColumns)
    .from(jobPostings)
    .where(where)
    .orderBy(desc(jobPostings.createdAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await db.select({ n: count() }).from(jobPostings).where(where);
  const now = new Date();
  return {
    items: rows.map((r) => toSummary(r, now)),
    page: q.page,
    pageSize: q.pageSize,
    total: total?.n ?? 0,
  };
}

export async function readEmployerPosting(
  db: Db,
  actor: EmployerActor,
  id: string,
): Promise<EmployerPostingDetail> {
  const [row] = await db
    .select(postingColumns)
    .from(jobPostings)
    .where(and(eq(jobPostings.id, id), ownPostings(actor)));
  if (!row) throw notFound('posting');
  return {
    ...toSummary(row, new Date()),
    description: row.description,
    ...jobTerms(row),
    laborDisputeStatement: row.laborDisputeNotAtIssue ? LABOR_DISPUTE_STATEMENT : null,
    refusalReason: row.refusalReason,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * JOB-1: the employer enters a posting, which waits for staff in "Approve postings". An employer
 * whose own registration still waits (EMP-5) cannot post yet.
 */
export async function submitEmployerPosting(
  ctx: RequestContext,
  input: EmployerPostingInput,
): Promise<EmployerPostingDetail> {
  const actor = ctx.requireEmployer();
  // The session reads the employer's status on every request, so this is current.
  if (actor.employerStatus !== 'active') throw ruleViolation('EMP-5', WAITING_FOR_APPROVAL);
  const user = { employerId: actor.employerId, userId: actor.userId, email: actor.email };
  const { id } = await ctx.mutate((tx, audit) => createEmployerPosting(tx, audit, user, input));
  return readEmployerPosting(ctx.db, actor, id);
}
