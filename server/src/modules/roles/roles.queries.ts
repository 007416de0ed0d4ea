import {
  completePermissions,
  type AccessLevel,
  type ModuleKey,
  type Role,
  type TabKey,
} from '@onestop/contracts';
import { asc, count, eq } from 'drizzle-orm';
import { roleWithheldTabs, rolePermissions, roles, staff } from '../../db/schema';
import type { Db } from '../../platform/db/database';

export async function listRoles(db: Db, id?: string): Promise<Role[]> {
  const base = db.select().from(roles);
  const rows = await (id ? base.where(eq(roles.id, id)) : base).orderBy(asc(roles.name));
  // One query at a time: `db` may be a transaction, whose single connection takes no overlap.
  const perms = await db.select().from(rolePermissions);
  const tabs = await db.select().from(roleWithheldTabs);
  const counts = await db
    .select({ roleId: staff.roleId, n: count() })
    .from(staff)
    .where(eq(staff.active, true))
    .groupBy(staff.roleId);
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    description: r.description,
    scope: r.scope,
    isSystem: r.isSystem,
    permissions: completePermissions(
      Object.fromEntries(
        perms.filter((p) => p.roleId === r.id).map((p) => [p.module, p.level]),
      ) as Partial<Record<ModuleKey, AccessLevel>>,
    ),
    withheldTabs: tabs
      .filter((t) => t.roleId === r.id)
      .map((t) => t.tab as TabKey)
      .sort(),
    staffCount: counts.find((c) => c.roleId === r.id)?.n ?? 0,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function findRole(db: Db, id: string): Promise<Role | null> {
  return (await listRoles(db, id))[0] ?? null;
}

export function roleSnapshot(role: Role) {
  return {
    name: role.name,
    description: role.description,
    scope: role.scope,
    permissions: role.permissions,
    withheldTabs: role.withheldTabs,
  };
}
