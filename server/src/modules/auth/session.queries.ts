import { completePermissions, type SessionInfo } from '@onestop/contracts';
import { asc, inArray } from 'drizzle-orm';
import { offices } from '../../db/schema';
import { sessionExpiresAt } from '../../platform/auth/sessions';
import type { Actor } from '../../platform/authz/actor';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db/database';

/** The SEC-8 status line and the UI's permission map come from here. */
export async function describeSession(db: Db, actor: Actor, config: Config): Promise<SessionInfo> {
  const granted = await db
    .select({ id: offices.id, code: offices.code, name: offices.name })
    .from(offices)
    .where(inArray(offices.id, actor.grantedOfficeIds))
    .orderBy(asc(offices.name));
  const current = granted.find((o) => o.id === actor.officeId);
  if (!current) throw new Error('session office is not among granted offices');
  return {
    staff: { id: actor.staffId, email: actor.email, displayName: actor.displayName },
    role: actor.role,
    office: current,
    offices: granted,
    permissions: completePermissions(actor.permissions),
    withheldTabs: actor.withheldTabs,
    grants: actor.grants,
    csrfToken: actor.csrfToken,
    idleTimeoutSeconds: config.session.idleSeconds,
    warningSeconds: config.session.warningSeconds,
    expiresAt: sessionExpiresAt(actor.lastSeenAt, config).toISOString(),
    serverTime: new Date().toISOString(),
  };
}
