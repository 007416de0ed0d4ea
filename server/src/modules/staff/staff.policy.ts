import { SCOPES, levelAtLeast, type GrantKey, type ModuleKey, type Role } from '@onestop/contracts';
import { inArray } from 'drizzle-orm';
import { offices } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import { levelFor, reachesAnyOffice } from '../../platform/authz/permissions';
import type { Db } from '../../platform/db/database';
import { AppError, invalid, ruleViolation } from '../../platform/errors';
import { findRole } from '../roles/roles.queries';

interface Change {
  targetStaffId?: string;
  roleId?: string;
  officeIds?: string[];
  /** Grants the account would gain. */
  addedGrants?: GrantKey[];
}

/**
 * An administrator may hand out only what is theirs to give (no escalation): offices inside their
 * scope, a role whose access and reach do not exceed their own, and training grants they hold.
 * Nobody changes their own role or grants.
 */
/** Whether a role reaches further than the actor: a higher level in any module, or a wider scope. */
export function roleExceeds(actor: Actor, role: Pick<Role, 'permissions' | 'scope'>): boolean {
  return (
    Object.entries(role.permissions).some(
      ([module, level]) => !levelAtLeast(levelFor(actor, module as ModuleKey), level),
    ) || SCOPES.indexOf(role.scope) > SCOPES.indexOf(actor.role.scope)
  );
}

export async function assertAssignable(db: Db, actor: Actor, change: Change): Promise<void> {
  const changesAccess = change.roleId !== undefined || (change.addedGrants?.length ?? 0) > 0;
  if (change.targetStaffId === actor.staffId && changesAccess) {
    throw ruleViolation(
      'SEC-6',
      'You cannot change your own role or training grants. Ask another administrator.',
    );
  }
  if (change.roleId) {
    const role = await findRole(db, change.roleId);
    if (!role) throw invalid('roleId', 'Choose a role from the list.');
    const exceeds = roleExceeds(actor, role);
    if (exceeds) {
      throw new AppError(
        'FORBIDDEN',
        `You cannot give the role "${role.name}": its access is wider than your own.`,
      );
    }
  }
  if (change.officeIds) {
    const found = await db
      .select({ id: offices.id, active: offices.active })
      .from(offices)
      .where(inArray(offices.id, change.officeIds));
    const usable = found.filter((o) => o.active && reachesAnyOffice(actor, [o.id]));
    if (usable.length !== new Set(change.officeIds).size) {
      throw invalid('officeIds', 'You can grant only active offices within your own scope.');
    }
  }
  const notHeld = (change.addedGrants ?? []).filter((g) => !actor.grants.includes(g));
  if (notHeld.length > 0) {
    const central = notHeld.includes('central_office');
    throw new AppError(
      'FORBIDDEN',
      central
        ? 'Only staff who hold the central-office grant can give it to someone else.'
        : `You can give only training grants you hold yourself (not: ${notHeld.join(', ')}).`,
    );
  }
}
