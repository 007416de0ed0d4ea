import type { Role, UpsertRoleRequest } from '@onestop/contracts';
import { and, eq, ne, sql } from 'drizzle-orm';
import { roleWithheldTabs, rolePermissions, roles, staff } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { conflict, notFound, ruleViolation } from '../../platform/errors';
import { findRole, roleSnapshot } from './roles.queries';
import { keepsRoleAdministration, roleKeyFrom, storedPermissions } from './roles.rules';

type Input = Required<UpsertRoleRequest>;

async function assertNameFree(tx: Db, name: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: roles.id })
    .from(roles)
    .where(
      and(
        sql`lower(${roles.name}) = ${name.toLowerCase()}`,
        exceptId ? ne(roles.id, exceptId) : undefined,
      ),
    );
  if (clash)
    throw conflict('Another role already has this name.', [
      { path: 'name', message: 'Choose another name.' },
    ]);
}

async function writeAccess(tx: Db, roleId: string, input: Input) {
  await tx.delete(rolePermissions).where(eq(rolePermissions.roleId, roleId));
  await tx.delete(roleWithheldTabs).where(eq(roleWithheldTabs.roleId, roleId));
  const perms = storedPermissions(input.permissions);
  if (perms.length > 0)
    await tx.insert(rolePermissions).values(perms.map((p) => ({ roleId, ...p })));
  const tabs = [...new Set(input.withheldTabs)];
  if (tabs.length > 0)
    await tx.insert(roleWithheldTabs).values(tabs.map((tab) => ({ roleId, tab })));
}

/** SEC-2, SEC-3: roles carry a level per module and the tabs they withhold. */
export async function createRole(ctx: RequestContext, input: Input): Promise<Role> {
  const id = await ctx.mutate(async (tx, audit) => {
    await assertNameFree(tx, input.name);
    let key = roleKeyFrom(input.name);
    const [keyTaken] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.key, key));
    if (keyTaken) key = `${key}_${Date.now().toString(36)}`;
    const [created] = await tx
      .insert(roles)
      .values({ key, name: input.name, description: input.description, scope: input.scope })
      .returning({ id: roles.id });
    if (!created) throw new Error('insert returned no row');
    await writeAccess(tx, created.id, input);
    const role = await findRole(tx, created.id);
    await audit.record({
      action: 'role.created',
      entityType: 'role',
      entityId: created.id,
      after: role ? roleSnapshot(role) : {},
    });
    return created.id;
  });
  return (await findRole(ctx.db, id)) as Role;
}

export async function updateRole(ctx: RequestContext, id: string, input: Input): Promise<Role> {
  const actor = ctx.requireActor();
  if (actor.role.id === id && !keepsRoleAdministration(input.permissions)) {
    throw ruleViolation(
      'SEC-2',
      'This change would remove your own access to role administration. Ask another administrator to make it.',
    );
  }
  await ctx.mutate(async (tx, audit) => {
    const before = await findRole(tx, id);
    if (!before) throw notFound('role');
    await assertNameFree(tx, input.name, id);
    await tx
      .update(roles)
      .set({
        name: input.name,
        description: input.description,
        scope: input.scope,
        updatedAt: new Date(),
      })
      .where(eq(roles.id, id));
    await writeAccess(tx, id, input);
    const after = await findRole(tx, id);
    await audit.record({
      action: 'role.updated',
      entityType: 'role',
      entityId: id,
      before: roleSnapshot(before),
      after: after ? roleSnapshot(after) : null,
    });
  });
  return (await findRole(ctx.db, id)) as Role;
}

export async function deleteRole(ctx: RequestContext, id: string): Promise<void> {
  await ctx.mutate(async (tx, audit) => {
    const role = await findRole(tx, id);
    if (!role) throw notFound('role');
    if (role.isSystem)
      throw ruleViolation(
        'SEC-2',
        'Built-in roles cannot be deleted; change their access instead.',
      );
    const [inUse] = await tx
      .select({ id: staff.id })
      .from(staff)
      .where(eq(staff.roleId, id))
      .limit(1);
    if (inUse) throw conflict('Staff accounts still have this role. Give them another role first.');
    await tx.delete(roles).where(eq(roles.id, id));
    await audit.record({
      action: 'role.deleted',
      entityType: 'role',
      entityId: id,
      before: roleSnapshot(role),
    });
  });
}
