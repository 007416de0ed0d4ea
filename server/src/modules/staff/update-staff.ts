import type { GrantKey, StaffDetail, UpdateStaffRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { staff, staffGrants, staffOffices } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { invalid, notFound } from '../../platform/errors';
import { assertAssignable } from './staff.policy';
import { findStaffDetail, staffSnapshot } from './staff.queries';
import { uniqueSorted } from './staff.rules';

type Input = UpdateStaffRequest & { grants?: GrantKey[] };

/** Role, offices and grants take effect on the person's very next request. */
export async function updateStaff(
  ctx: RequestContext,
  id: string,
  input: Input,
): Promise<StaffDetail> {
  const actor = ctx.requireActor();
  const current = await findStaffDetail(ctx.db, actor, id);
  if (!current) throw notFound('staff account');
  const officeIds = input.officeIds ? uniqueSorted(input.officeIds) : undefined;
  const grants = input.grants ? uniqueSorted(input.grants) : undefined;
  await assertAssignable(ctx.db, actor, {
    targetStaffId: id,
    roleId: input.roleId !== current.roleId ? input.roleId : undefined,
    officeIds,
    addedGrants: grants?.filter((g) => !current.grants.includes(g)),
  });
  const defaultOfficeId = input.defaultOfficeId ?? current.defaultOfficeId;
  const finalOffices = officeIds ?? current.offices.map((o) => o.id);
  if (!finalOffices.includes(defaultOfficeId)) {
    throw invalid('defaultOfficeId', 'The default office must be one of the granted offices.');
  }
  await ctx.mutate(async (tx, audit) => {
    const before = await staffSnapshot(tx, id);
    await tx
      .update(staff)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(input.roleId !== undefined ? { roleId: input.roleId } : {}),
        defaultOfficeId,
        updatedAt: new Date(),
      })
      .where(eq(staff.id, id));
    if (officeIds) {
      await tx.delete(staffOffices).where(eq(staffOffices.staffId, id));
      await tx
        .insert(staffOffices)
        .values(officeIds.map((officeId) => ({ staffId: id, officeId })));
    }
    if (grants) {
      await tx.delete(staffGrants).where(eq(staffGrants.staffId, id));
      if (grants.length > 0)
        await tx.insert(staffGrants).values(grants.map((grant) => ({ staffId: id, grant })));
    }
    await audit.record({
      action: 'staff.updated',
      entityType: 'staff',
      entityId: id,
      before,
      after: await staffSnapshot(tx, id),
    });
  });
  const detail = await findStaffDetail(ctx.db, actor, id);
  if (!detail) throw notFound('staff account');
  return detail;
}
