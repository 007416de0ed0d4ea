import type { PostingDetail } from '@onestop/contracts';
import { jobPostings } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { formatPostingNumber, programTypeProblem, reservationHides } from './postings.rules';
import { postingDetailOf, viewerOf } from './postings.queries';
import {
  addNote,
  changerOf,
  contentProblem,
  employerNames,
  loadEmployer,
  loadPosting,
  postingColumns,
  postingSnapshot,
  refuseIf,
} from './postings.store';

type IntakeMethod = 'in_person' | 'phone' | 'fax' | 'mail' | 'email';

/**
 * JOB-7: when the employer has a closed or filled position again, staff copy the posting into a
 * new draft that they own. Openings, dates, status, reservation and notes start afresh; the
 * labor-dispute determination (JOB-11) is made again when the draft is opened.
 */
export async function duplicatePosting(
  ctx: RequestContext,
  sourceId: string,
  input: { openings?: number | undefined; intakeMethod?: IntakeMethod | undefined },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  const viewer = await viewerOf(ctx.db, actor);
  const id = await ctx.mutate(async (tx, audit) => {
    const found = await loadPosting(tx, sourceId);
    if (
      !found ||
      reservationHides(viewer, { ...found.row, designeeIds: found.designeeIds }, new Date())
    )
      throw notFound('job posting');
    const { row: source } = found;
    refuseIf(programTypeProblem(changerOf(actor), source.programType));
    refuseIf(contentProblem(source));
    const employer = await loadEmployer(tx, source.employerId);
    const {
      id: _id,
      recordNumber: _n,
      status: _s,
      postedAt: _p,
      applicationDeadline: _d,
      removedFromBoardAt: _r,
      closedAt: _c,
      refusalReason: _rr,
      reservedForOfficeId: _ro,
      reservedForAreaId: _ra,
      reservationDays: _rd,
      reservedUntil: _ru,
      reservedIndefinitely: _ri,
      importSource: _is,
      externalId: _e,
      createdByEmployerUserId: _u,
      createdAt: _ca,
      updatedAt: _ua,
      ...content
    } = source;
    const [row] = await tx
      .insert(jobPostings)
      .values({
        ...content,
        ...employerNames(employer),
        openings: input.openings ?? source.openings,
        origin: 'staff_order',
        intakeMethod: input.intakeMethod ?? source.intakeMethod ?? 'phone',
        status: 'draft',
        laborDisputeNotAtIssue: false,
        duplicatedFromId: source.id,
        ownerStaffId: actor.staffId,
        officeId: actor.officeId,
        createdByStaffId: actor.staffId,
        updatedByStaffId: actor.staffId,
      })
      .returning(postingColumns);
    if (!row) throw new Error('insert returned no row');
    await addNote(
      tx,
      row.id,
      'note',
      `Duplicated from ${formatPostingNumber(source.recordNumber)} (${source.status}).`,
      actor,
    );
    await audit.record({
      action: 'posting.duplicated',
      entityType: 'job_posting',
      entityId: row.id,
      after: { ...postingSnapshot(row), duplicatedFrom: formatPostingNumber(source.recordNumber) },
    });
    return row.id;
  });
  return postingDetailOf(ctx.db, actor, id);
}
