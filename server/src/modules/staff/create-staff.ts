import type { CreateStaffRequest, GrantKey, StaffDetail } from '@onestop/contracts';
import { sql } from 'drizzle-orm';
import { staff, staffGrants, staffOffices } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import type { RequestContext } from '../../platform/context';
import { conflict } from '../../platform/errors';
import { assertAssignable } from './staff.policy';
import { findStaffDetail, staffSnapshot } from './staff.queries';
import { normaliseEmail, uniqueSorted } from './staff.rules';

type Input = CreateStaffRequest & { grants: GrantKey[] };

/** SEC-6: an administrator creates an account on an approved access request. */
export async function createStaff(ctx: RequestContext, input: Input): Promise<StaffDetail> {
  const actor = ctx.requireActor();
  const email = normaliseEmail(input.email);
  const officeIds = uniqueSorted(input.officeIds);
  const grants = uniqueSorted(input.grants);
  await assertAssignable(ctx.db, actor, { roleId: input.roleId, officeIds, addedGrants: grants });
  const passwordHash = await hashPassword(input.initialPassword);
  const id = await ctx.mutate(async (tx, audit) => {
    const [taken] = await tx
      .select({ id: staff.id })
      .from(staff)
      .where(sql`lower(${staff.email}) = ${email}`);
    if (taken)
      throw conflict('A staff account with this email already exists.', [
        { path: 'email', message: 'This email is already in use.' },
      ]);
    const [created] = await tx
      .insert(staff)
      .values({
        email,
        displayName: input.displayName,
        passwordHash,
        roleId: input.roleId,
        defaultOfficeId: input.defaultOfficeId,
        accessRequestRef: input.accessRequestRef,
      })
      .returning({ id: staff.id });
    if (!created) throw new Error('insert returned no row');
    await tx
      .insert(staffOffices)
      .values(officeIds.map((officeId) => ({ staffId: created.id, officeId })));
    if (grants.length > 0) {
      await tx.insert(staffGrants).values(grants.map((grant) => ({ staffId: created.id, grant })));
    }
    await audit.record({
      action: 'staff.created',
      entityType: 'staff',
      entityId: created.id,
      after: (await staffSnapshot(tx, created.id)) ?? {},
    });
    return created.id;
  });
  const detail = await findStaffDetail(ctx.db, actor, id);
  if (!detail) throw new Error('created staff not readable');
  return detail;
}
