import type { AccessLevel, ModuleKey } from '@onestop/contracts';
import { MODULES, levelAtLeast } from '@onestop/contracts';

/** A stable key for a new role from its name ("Youth Counselor" → "youth_counselor"). */
export function roleKeyFrom(name: string): string {
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return key.length > 0 ? key.slice(0, 60) : 'role';
}

/** Only levels above `none` are stored: a module that is absent is denied. */
export function storedPermissions(
  permissions: Partial<Record<ModuleKey, AccessLevel>>,
): { module: ModuleKey; level: AccessLevel }[] {
  return MODULES.flatMap((module) => {
    const level = permissions[module];
    return level && level !== 'none' ? [{ module, level }] : [];
  });
}

/** An administrator must not edit their own role out of role administration. */
export function keepsRoleAdministration(
  permissions: Partial<Record<ModuleKey, AccessLevel>>,
): boolean {
  return levelAtLeast(permissions['admin.roles'] ?? 'none', 'change');
}
