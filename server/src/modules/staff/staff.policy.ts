import type { GrantKey } from '@onestop/contracts';
import { eq, inArray } from 'drizzle-orm';
import { offices, roles } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import { hasGrant, reachesAnyOffice } from '../../platform/authz/permissions';
import type { Db } from '../../platform/db/database';
import { AppError, invalid } from '../../platform/errors';

/**
 * An administrator may hand out only what is theirs to give: offices inside their scope, an
 * existing role, and the central-office grant only if they hold it.
 */
export async function assertAssignable(
  db: Db,
  actor: Actor,
  change: { roleId?: string; officeIds?: string[]; grants?: GrantKey[] },
): Promise<void> {
  if (change.roleId) {
    const [role] = await db.select({ id: roles.id }).from(roles).where(eq(roles.id, change.roleId));
    if (!role) throw invalid('roleId', 'Choose a role from the list.');
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
  if (change.grants?.includes('central_office') && !hasGrant(actor, 'central_office')) {
    throw new AppError(
      'FORBIDDEN',
      'Only staff who hold the central-office grant can give it to someone else.',
    );
  }
}
