import { and, eq, isNull } from 'drizzle-orm';
import { employerSessions, employerUsers, employers } from '../../db/schema';
import type { EmployerActor } from '../authz/actor';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { sessionExpiresAt } from './sessions';
import { newToken, sessionIdFor } from './tokens';

export const EMPLOYER_SESSION_COOKIE = 'onestop_employer_session';
const TOUCH_GRANULARITY_MS = 5_000;

export async function createEmployerSession(tx: Db, employerUserId: string): Promise<string> {
  const token = newToken();
  await tx
    .insert(employerSessions)
    .values({ id: sessionIdFor(token), employerUserId, csrfToken: newToken() });
  return token;
}

/**
 * An employer user's session, refused once revoked, idle past the timeout, or the user disabled.
 * The employer's status is re-read each time: a record rejected or merged away stops its users at
 * their next request.
 */
export async function loadEmployerActor(
  db: Db,
  token: string,
  config: Config,
  now = new Date(),
): Promise<EmployerActor> {
  const [row] = await db
    .select({ session: employerSessions, user: employerUsers, employer: employers })
    .from(employerSessions)
    .innerJoin(employerUsers, eq(employerUsers.id, employerSessions.employerUserId))
    .innerJoin(employers, eq(employers.id, employerUsers.employerId))
    .where(and(eq(employerSessions.id, sessionIdFor(token)), isNull(employerSessions.revokedAt)));
  if (!row || row.user.status !== 'active' || row.employer.status === 'inactive') {
    throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  }
  if (sessionExpiresAt(row.session.lastSeenAt, config) <= now) {
    throw new AppError(
      'SESSION_EXPIRED',
      'You were signed out after a period of inactivity. Sign in again to continue.',
    );
  }
  return {
    kind: 'employer',
    userId: row.user.id,
    employerId: row.employer.id,
    employerName: row.employer.tradeName ?? row.employer.legalName,
    employerStatus: row.employer.status,
    email: row.user.email,
    firstName: row.user.firstName,
    lastName: row.user.lastName,
    sessionId: row.session.id,
    csrfToken: row.session.csrfToken,
    lastSeenAt: row.session.lastSeenAt,
  };
}

export async function touchEmployerSession(
  db: Db,
  actor: EmployerActor,
  now = new Date(),
): Promise<Date> {
  if (now.getTime() - actor.lastSeenAt.getTime() < TOUCH_GRANULARITY_MS) return actor.lastSeenAt;
  await db
    .update(employerSessions)
    .set({ lastSeenAt: now })
    .where(eq(employerSessions.id, actor.sessionId));
  return now;
}
