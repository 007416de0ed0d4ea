import type { AuditList, AuditQuery } from '@onestop/contracts';
import { and, count, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { auditEvents, offices, seekers, staff } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';

/** SEC-9: the audit trail, newest first, limited to the offices the reviewer reaches. */
export async function listAuditEvents(db: Db, actor: Actor, query: AuditQuery): Promise<AuditList> {
  const filters: (SQL | undefined)[] = [
    actor.scopeOfficeIds === 'all'
      ? undefined
      : inArray(auditEvents.officeId, actor.scopeOfficeIds),
    query.actorId ? eq(auditEvents.actorId, query.actorId) : undefined,
    query.officeId ? eq(auditEvents.officeId, query.officeId) : undefined,
    query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
    query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.from ? gte(auditEvents.occurredAt, new Date(query.from)) : undefined,
    query.to ? lte(auditEvents.occurredAt, new Date(query.to)) : undefined,
  ];
  const where = and(...filters);
  const [total] = await db.select({ n: count() }).from(auditEvents).where(where);
  const rows = await db
    .select({
      event: auditEvents,
      actorName: sql<
        string | null
      >`coalesce(${staff.displayName}, ${seekers.firstName} || ' ' || ${seekers.lastName})`,
      officeName: offices.name,
    })
    .from(auditEvents)
    .leftJoin(staff, and(eq(staff.id, auditEvents.actorId), eq(auditEvents.actorKind, 'staff')))
    .leftJoin(
      seekers,
      and(eq(seekers.id, auditEvents.actorId), eq(auditEvents.actorKind, 'seeker')),
    )
    .leftJoin(offices, eq(offices.id, auditEvents.officeId))
    .where(where)
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map(({ event: e, actorName, officeName }) => ({
      id: e.id.toString(),
      occurredAt: e.occurredAt.toISOString(),
      actorId: e.actorId,
      actorName,
      officeId: e.officeId,
      officeName,
      action: e.action,
      entityType: e.entityType,
      entityId: e.entityId,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.requestId,
    })),
    page: query.page,
    pageSize: query.pageSize,
    total: total?.n ?? 0,
  };
}
