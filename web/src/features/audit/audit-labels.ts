/** Actions the server records today; others show by their code until they are translated. */
export const KNOWN_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_refused',
  'auth.account_locked',
  'auth.logout',
  'auth.office_switched',
  'staff.created',
  'staff.updated',
  'staff.deactivated',
  'staff.reactivated',
  'staff.unlocked',
  'staff.password_reset',
  'role.created',
  'role.updated',
  'role.deleted',
  'system.seeded',
] as const;
export type KnownAction = (typeof KNOWN_ACTIONS)[number];

export const KNOWN_ENTITY_TYPES = ['staff', 'role', 'system'] as const;
export type KnownEntityType = (typeof KNOWN_ENTITY_TYPES)[number];

export function isKnownAction(action: string): action is KnownAction {
  return (KNOWN_ACTIONS as readonly string[]).includes(action);
}

export function isKnownEntityType(type: string): type is KnownEntityType {
  return (KNOWN_ENTITY_TYPES as readonly string[]).includes(type);
}

/** The server's placeholder for values it will not show (passwords, tokens). */
export const REDACTED = '[redacted]';
