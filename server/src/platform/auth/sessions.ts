import type { AccessLevel, GrantKey, ModuleKey, TabKey } from '@onestop/contracts';
import { and, eq, isNull } from 'drizzle-orm';
import {
  offices,
  rolePermissions,
  roleWithheldTabs,
  roles,
  sessions,
  staff,
  staffGrants,
  staffOffices,
} from '../../db/schema';
import type { Actor } from '../authz/actor';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { newToken, sessionIdFor } from './tokens';

export const SESSION_COOKIE = 'onestop_session';
/** Writes of last_seen_at are skipped when the last one is this fresh, to spare the database. */
const TOUCH_GRANULARITY_MS = 5_000;

export async function createSession(
  tx: Db,
  staffId: string,
  officeId: string,
): Promise<{ token: string; sessionId: string }> {
  const token = newToken();
  const sessionId = sessionIdFor(token);
  await tx.insert(sessions).values({ id: sessionId, staffId, officeId, csrfToken: newToken() });
  return { token, sessionId };
}

export function sessionExpiresAt(lastSeenAt: Date, config: Config): Date {
  return new Date(lastSeenAt.getTime() + config.session.idleSeconds * 1000);
}

/**
 * Resolves a session token to the acting staff member, re-reading the account each time so that
 * a deactivation or a role change takes effect on the very next request (SEC-6).
 */
export async function loadActor(
  db: Db,
  token: string,
  config: Config,
  now = new Date(),
): Promise<Actor> {
  const sessionId = sessionIdFor(token);
  const [row] = await db
    .select({
      session: sessions,
      staffActive: staff.active,
      email: staff.email,
      displayName: staff.displayName,
      role: { id: roles.id, key: roles.key, name: roles.name, scope: roles.scope },
      officeAreaId: offices.localAreaId,
    })
    .from(sessions)
    .innerJoin(staff, eq(staff.id, sessions.staffId))
    .innerJoin(roles, eq(roles.id, staff.roleId))
    .innerJoin(offices, eq(offices.id, sessions.officeId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
  if (!row) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (!row.staffActive) {
    throw new AppError(
      'ACCOUNT_INACTIVE',
      'This account has been deactivated. Contact your administrator.',
    );
  }
  if (sessionExpiresAt(row.session.lastSeenAt, config) <= now) {
    throw new AppError(
      'SESSION_EXPIRED',
      'Your session ended after a period of inactivity. Sign in again to continue where you left off.',
    );
  }
  const staffId = row.session.staffId;
  const [perms, tabs, grants, granted] = await Promise.all([
    db.select().from(rolePermissions).where(eq(rolePermissions.roleId, row.role.id)),
    db.select().from(roleWithheldTabs).where(eq(roleWithheldTabs.roleId, row.role.id)),
    db.select().from(staffGrants).where(eq(staffGrants.staffId, staffId)),
    db
      .select({ id: offices.id, localAreaId: offices.localAreaId })
      .from(staffOffices)
      .innerJoin(offices, eq(offices.id, staffOffices.officeId))
      .where(and(eq(staffOffices.staffId, staffId), eq(offices.active, true))),
  ]);
  const grantedOfficeIds = granted.map((o) => o.id);
  if (!grantedOfficeIds.includes(row.session.officeId)) {
    // The office was withdrawn from this person since they signed in.
    throw new AppError('UNAUTHENTICATED', 'Your office access changed. Sign in again.');
  }
  return {
    kind: 'staff',
    staffId,
    email: row.email,
    displayName: row.displayName,
    sessionId,
    csrfToken: row.session.csrfToken,
    role: row.role,
    officeId: row.session.officeId,
    grantedOfficeIds,
    scopeOfficeIds: await scopeOffices(db, row.role.scope, row.session.officeId, row.officeAreaId),
    permissions: Object.fromEntries(perms.map((p) => [p.module, p.level])) as Partial<
      Record<ModuleKey, AccessLevel>
    >,
    withheldTabs: tabs.map((t) => t.tab as TabKey),
    grants: grants.map((g) => g.grant as GrantKey),
    lastSeenAt: row.session.lastSeenAt,
  };
}

async function scopeOffices(
  db: Db,
  scope: Actor['role']['scope'],
  officeId: string,
  areaId: string | null,
): Promise<string[] | 'all'> {
  if (scope === 'state') return 'all';
  if (scope === 'office' || !areaId) return [officeId];
  const inArea = await db
    .select({ id: offices.id })
    .from(offices)
    .where(eq(offices.localAreaId, areaId));
  return inArea.map((o) => o.id);
}

/** Marks activity; the idle timer of SEC-5 counts from here. */
export async function touchSession(db: Db, actor: Actor, now = new Date()): Promise<Date> {
  if (now.getTime() - actor.lastSeenAt.getTime() < TOUCH_GRANULARITY_MS) return actor.lastSeenAt;
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, actor.sessionId));
  return now;
}

export async function revokeStaffSessions(tx: Db, staffId: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.staffId, staffId), isNull(sessions.revokedAt)));
}
