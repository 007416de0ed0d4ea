import type {
  ColleagueList,
  GrantKey,
  StaffDetail,
  StaffList,
  StaffListQuery,
  StaffSummary,
} from '@onestop/contracts';
import { and, asc, count, eq, exists, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { offices, roles, staff, staffGrants, staffOffices } from '../../db/schema';
import { lockedEmails } from '../../platform/auth/throttle';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';

/** Staff are reachable when any office granted to them is inside the actor's scope. */
function inScope(actor: Actor): SQL | undefined {
  if (actor.scopeOfficeIds === 'all') return undefined;
  return exists(
    sql`(select 1 from ${staffOffices} so where so.staff_id = ${staff.id} and so.office_id in ${actor.scopeOfficeIds})`,
  );
}

/** An ILIKE pattern for text containing `q`, its wildcards taken literally. */
const containing = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** EMP-7, JOB-2: up to ten active colleagues in the actor's reach whose name or email matches. */
export async function findColleagues(db: Db, actor: Actor, q: string): Promise<ColleagueList> {
  const like = containing(q);
  const rows = await db
    .select({
      id: staff.id,
      email: staff.email,
      displayName: staff.displayName,
      roleName: roles.name,
    })
    .from(staff)
    .innerJoin(roles, eq(roles.id, staff.roleId))
    .where(
      and(
        inScope(actor),
        eq(staff.active, true),
        or(ilike(staff.displayName, like), ilike(staff.email, like)),
      ),
    )
    .orderBy(asc(staff.displayName), asc(staff.id))
    .limit(10);
  return { items: rows };
}

export async function listStaff(db: Db, actor: Actor, query: StaffListQuery): Promise<StaffList> {
  const filters: (SQL | undefined)[] = [inScope(actor)];
  if (query.status !== 'all') filters.push(eq(staff.active, query.status === 'active'));
  if (query.roleId) filters.push(eq(staff.roleId, query.roleId));
  if (query.officeId) {
    filters.push(
      exists(
        sql`(select 1 from ${staffOffices} so where so.staff_id = ${staff.id} and so.office_id = ${query.officeId})`,
      ),
    );
  }
  if (query.q) {
    const like = containing(query.q);
    filters.push(or(ilike(staff.displayName, like), ilike(staff.email, like)));
  }
  const where = and(...filters);
  const [totalRow] = await db.select({ n: count() }).from(staff).where(where);
  const rows = await db
    .select({ staff, roleName: roles.name })
    .from(staff)
    .innerJoin(roles, eq(roles.id, staff.roleId))
    .where(where)
    .orderBy(asc(staff.displayName), asc(staff.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const officesByStaff = await officeRefsFor(
    db,
    rows.map((r) => r.staff.id),
  );
  const locked = await lockedEmails(
    db,
    rows.map((r) => r.staff.email),
  );
  return {
    items: rows.map((r) =>
      toSummary(
        r.staff,
        r.roleName,
        officesByStaff.get(r.staff.id) ?? [],
        locked.has(r.staff.email),
      ),
    ),
    page: query.page,
    pageSize: query.pageSize,
    total: totalRow?.n ?? 0,
  };
}

/** Null when the record does not exist or lies outside the actor's scope: both read as not found. */
export async function findStaffDetail(
  db: Db,
  actor: Actor,
  id: string,
): Promise<StaffDetail | null> {
  const [row] = await db
    .select({ staff, roleName: roles.name })
    .from(staff)
    .innerJoin(roles, eq(roles.id, staff.roleId))
    .where(and(eq(staff.id, id), inScope(actor)));
  if (!row) return null;
  const officeMap = await officeRefsFor(db, [id]);
  const locked = await lockedEmails(db, [row.staff.email]);
  const grants = await db
    .select({ grant: staffGrants.grant })
    .from(staffGrants)
    .where(eq(staffGrants.staffId, id));
  const s = row.staff;
  return {
    ...toSummary(s, row.roleName, officeMap.get(id) ?? [], locked.size > 0),
    defaultOfficeId: s.defaultOfficeId,
    grants: grants.map((g) => g.grant as GrantKey).sort(),
    accessRequestRef: s.accessRequestRef,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    deactivatedAt: s.deactivatedAt?.toISOString() ?? null,
  };
}

async function officeRefsFor(db: Db, staffIds: string[]) {
  const map = new Map<string, StaffSummary['offices']>();
  if (staffIds.length === 0) return map;
  const rows = await db
    .select({
      staffId: staffOffices.staffId,
      id: offices.id,
      code: offices.code,
      name: offices.name,
    })
    .from(staffOffices)
    .innerJoin(offices, eq(offices.id, staffOffices.officeId))
    .where(inArray(staffOffices.staffId, staffIds))
    .orderBy(asc(offices.name));
  for (const { staffId, ...office } of rows) {
    map.set(staffId, [...(map.get(staffId) ?? []), office]);
  }
  return map;
}

function toSummary(
  s: typeof staff.$inferSelect,
  roleName: string,
  officeRefs: StaffSummary['offices'],
  locked: boolean,
): StaffSummary {
  return {
    id: s.id,
    email: s.email,
    displayName: s.displayName,
    roleId: s.roleId,
    roleName,
    active: s.active,
    locked,
    offices: officeRefs,
    lastLoginAt: s.lastLoginAt?.toISOString() ?? null,
  };
}

/** The audit snapshot of an account: what an administrator can change about it. */
export async function staffSnapshot(db: Db, id: string) {
  const [s] = await db.select().from(staff).where(eq(staff.id, id));
  if (!s) return null;
  // One query at a time: `db` may be a transaction, whose single connection takes no overlap.
  const officeRows = await db
    .select({ id: staffOffices.officeId })
    .from(staffOffices)
    .where(eq(staffOffices.staffId, id));
  const grantRows = await db
    .select({ grant: staffGrants.grant })
    .from(staffGrants)
    .where(eq(staffGrants.staffId, id));
  return {
    email: s.email,
    displayName: s.displayName,
    roleId: s.roleId,
    defaultOfficeId: s.defaultOfficeId,
    officeIds: officeRows.map((o) => o.id).sort(),
    grants: grantRows.map((g) => g.grant).sort(),
    active: s.active,
    accessRequestRef: s.accessRequestRef,
  };
}
