import { levelAtLeast, type AccessLevel, type PostingDetail } from '@onestop/contracts';
import { and, eq, inArray } from 'drizzle-orm';
import { jobPostings, postingDesignees, rolePermissions, staff } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalid, notFound, ruleViolation } from '../../platform/errors';
import { isFinal, ownerChangeProblem } from './postings.rules';
import { postingDetailOf } from './postings.queries';
import { addNote, changerOf, loadPosting, postingColumns, refuseIf } from './postings.store';

/** Staff who can hold a posting: active, with at least Change on postings. Name → id. */
async function eligibleStaff(tx: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: staff.id, name: staff.displayName, level: rolePermissions.level })
    .from(staff)
    .leftJoin(
      rolePermissions,
      and(eq(rolePermissions.roleId, staff.roleId), eq(rolePermissions.module, 'postings')),
    )
    .where(and(inArray(staff.id, ids), eq(staff.active, true)));
  return new Map(
    rows
      .filter((r) => levelAtLeast((r.level ?? 'none') as AccessLevel, 'change'))
      .map((r) => [r.id, r.name]),
  );
}

/** JOB-2: the owner (or the central office) hands the posting on and names designated staff. */
export async function changeOwner(
  ctx: RequestContext,
  id: string,
  input: { ownerStaffId: string; designeeStaffIds: string[] },
): Promise<PostingDetail> {
  const actor = ctx.requireActor();
  await ctx.mutate(async (tx, audit) => {
    const found = await loadPosting(tx, id, true);
    if (!found) throw notFound('job posting');
    const { row, designeeIds } = found;
    refuseIf(ownerChangeProblem(changerOf(actor), { ...row, designeeIds }));
    if (isFinal(row.status))
      throw ruleViolation('JOB-7', `A ${row.status} posting is not changed. Duplicate it instead.`);
    const designees = [...new Set(input.designeeStaffIds)].filter((d) => d !== input.ownerStaffId);
    const eligible = await eligibleStaff(tx, [input.ownerStaffId, ...designees]);
    if (!eligible.has(input.ownerStaffId))
      throw invalid('ownerStaffId', 'Choose an active staff member who works with job postings.');
    const missing = designees.findIndex((d) => !eligible.has(d));
    if (missing >= 0)
      throw invalid(
        `designeeStaffIds.${missing}`,
        'Choose active staff members who work with job postings.',
      );
    const [after] = await tx
      .update(jobPostings)
      .set({
        ownerStaffId: input.ownerStaffId,
        updatedAt: new Date(),
        updatedByStaffId: actor.staffId,
      })
      .where(eq(jobPostings.id, id))
      .returning(postingColumns);
    if (!after) throw notFound('job posting');
    await tx.delete(postingDesignees).where(eq(postingDesignees.postingId, id));
    if (designees.length > 0)
      await tx
        .insert(postingDesignees)
        .values(
          designees.map((staffId) => ({ postingId: id, staffId, addedByStaffId: actor.staffId })),
        );
    const names = designees.map((d) => eligible.get(d)).join(', ');
    await addNote(
      tx,
      id,
      'owner',
      `Owner: ${eligible.get(input.ownerStaffId)}. Designated staff: ${names || 'none'}.`,
      actor,
    );
    await audit.record({
      action: 'posting.owner_changed',
      entityType: 'job_posting',
      entityId: id,
      before: { ownerStaffId: row.ownerStaffId, designeeIds },
      after: { ownerStaffId: after.ownerStaffId, designeeIds: designees },
    });
  });
  return postingDetailOf(ctx.db, actor, id);
}
