import { and, eq, isNull } from 'drizzle-orm';
import { seekerAccounts, seekerSessions, seekers } from '../../db/schema';
import type { SeekerActor } from '../authz/actor';
import type { Config } from '../config';
import type { Db } from '../db/database';
import { AppError } from '../errors';
import { sessionExpiresAt } from './sessions';
import { newToken, sessionIdFor } from './tokens';

export const SEEKER_SESSION_COOKIE = 'onestop_seeker_session';
const TOUCH_GRANULARITY_MS = 5_000;

export async function createSeekerSession(tx: Db, seekerId: string): Promise<string> {
  const token = newToken();
  await tx
    .insert(seekerSessions)
    .values({ id: sessionIdFor(token), seekerId, csrfToken: newToken() });
  return token;
}

/** A job seeker's session, refused once revoked, idle past the timeout, or the registration inactive. */
export async function loadSeekerActor(
  db: Db,
  token: string,
  config: Config,
  now = new Date(),
): Promise<SeekerActor> {
  const [row] = await db
    .select({ session: seekerSessions, seeker: seekers })
    .from(seekerSessions)
    .innerJoin(seekers, eq(seekers.id, seekerSessions.seekerId))
    .innerJoin(seekerAccounts, eq(seekerAccounts.seekerId, seekers.id))
    .where(and(eq(seekerSessions.id, sessionIdFor(token)), isNull(seekerSessions.revokedAt)));
  if (!row) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  if (sessionExpiresAt(row.session.lastSeenAt, config) <= now) {
    throw new AppError(
      'SESSION_EXPIRED',
      'You were signed out after a period of inactivity. Sign in again to continue.',
    );
  }
  return {
    kind: 'seeker',
    seekerId: row.seeker.id,
    email: row.seeker.email ?? '',
    firstName: row.seeker.firstName,
    lastName: row.seeker.lastName,
    sessionId: row.session.id,
    csrfToken: row.session.csrfToken,
    lastSeenAt: row.session.lastSeenAt,
  };
}

export async function touchSeekerSession(
  db: Db,
  actor: SeekerActor,
  now = new Date(),
): Promise<Date> {
  if (now.getTime() - actor.lastSeenAt.getTime() < TOUCH_GRANULARITY_MS) return actor.lastSeenAt;
  await db
    .update(seekerSessions)
    .set({ lastSeenAt: now })
    .where(eq(seekerSessions.id, actor.sessionId));
  return now;
}
