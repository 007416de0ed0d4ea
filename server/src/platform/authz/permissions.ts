import {
  levelAtLeast,
  tabModule,
  type AccessLevel,
  type GrantKey,
  type ModuleKey,
  type TabKey,
} from '@onestop/contracts';
import type { Actor } from './actor';

/**
 * What a route needs. Every route states one (deny by default): `public` for the few routes a
 * visitor may call, `authenticated` for what any signed-in staff member may do to their own
 * session, `seeker` for a signed-in job seeker acting on their own record, `employer` for an
 * employer's portal user acting for their own employer, or a module with the
 * least SEC-2 level, optionally with a SEC-7 training grant.
 */
export type RoutePermission =
  | 'public'
  | 'authenticated'
  | 'seeker'
  | 'employer'
  | { module: ModuleKey; level: Exclude<AccessLevel, 'none'>; grant?: GrantKey };

export function levelFor(actor: Actor, module: ModuleKey): AccessLevel {
  return actor.permissions[module] ?? 'none';
}

export function can(actor: Actor, module: ModuleKey, level: AccessLevel): boolean {
  return levelAtLeast(levelFor(actor, module), level);
}

export function hasGrant(actor: Actor, grant: GrantKey): boolean {
  return actor.grants.includes(grant);
}

export function tabAllowed(actor: Actor, tab: TabKey): boolean {
  return can(actor, tabModule(tab), 'view') && !actor.withheldTabs.includes(tab);
}

export function satisfies(actor: Actor, permission: RoutePermission): boolean {
  if (permission === 'public' || permission === 'authenticated') return true;
  // A staff session never acts as a job seeker or an employer.
  if (permission === 'seeker' || permission === 'employer') return false;
  if (!can(actor, permission.module, permission.level)) return false;
  return permission.grant ? hasGrant(actor, permission.grant) : true;
}

/** Whether a record that belongs to these offices is inside the actor's reach. */
export function reachesAnyOffice(actor: Actor, officeIds: readonly string[]): boolean {
  if (actor.scopeOfficeIds === 'all') return true;
  const reach = actor.scopeOfficeIds;
  return officeIds.some((id) => reach.includes(id));
}
