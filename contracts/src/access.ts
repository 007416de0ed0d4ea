import { z } from 'zod';

/** SEC-2: process-level access, ordered. Each level includes the ones before it. */
export const ACCESS_LEVELS = ['none', 'view', 'change', 'add', 'delete'] as const;
export const accessLevel = z.enum(ACCESS_LEVELS);
export type AccessLevel = z.infer<typeof accessLevel>;

export function levelRank(level: AccessLevel): number {
  return ACCESS_LEVELS.indexOf(level);
}

export function levelAtLeast(held: AccessLevel, needed: AccessLevel): boolean {
  return levelRank(held) >= levelRank(needed);
}

/**
 * The modules that process-level security is configured for. Later issues add their modules here;
 * a role that does not name a module has `none` for it (deny by default).
 */
export const MODULES = [
  'seekers',
  'employers',
  'postings',
  'referrals',
  'services',
  'cases',
  'reports',
  'admin.staff',
  'admin.roles',
  'audit',
] as const;
export const moduleKey = z.enum(MODULES);
export type ModuleKey = z.infer<typeof moduleKey>;

/** SEC-3: record tabs a role can be denied. `<module>.<tab>`. */
export const TABS = [
  'seekers.general',
  'seekers.profile',
  'seekers.resume',
  'seekers.services',
  'seekers.referrals',
  'seekers.case',
  'employers.general',
  'employers.contacts',
  'employers.activities',
  'staff.general',
  'staff.offices',
  'staff.grants',
  'staff.activity',
] as const;
export const tabKey = z.enum(TABS);
export type TabKey = z.infer<typeof tabKey>;

/** The module whose View a tab also needs. */
export function tabModule(tab: TabKey): ModuleKey {
  const prefix = tab.split('.')[0];
  return prefix === 'staff' ? 'admin.staff' : (prefix as ModuleKey);
}

/** SEC-7: rights that grow with training; granted to a staff member, not to a role. */
export const GRANTS = [
  'program_enrollment',
  'job_posting_entry',
  'central_office',
  'ssn_reveal',
] as const;
export const grantKey = z.enum(GRANTS);
export type GrantKey = z.infer<typeof grantKey>;

/** Which records a role reaches: its current office, its local area, or the whole state. */
export const SCOPES = ['office', 'area', 'state'] as const;
export const scope = z.enum(SCOPES);
export type Scope = z.infer<typeof scope>;

/** Every module with its level; modules a role does not name are `none`. */
export function completePermissions(
  partial: Partial<Record<ModuleKey, AccessLevel>>,
): Record<ModuleKey, AccessLevel> {
  return Object.fromEntries(MODULES.map((m) => [m, partial[m] ?? 'none'])) as Record<
    ModuleKey,
    AccessLevel
  >;
}
