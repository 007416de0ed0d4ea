import {
  levelAtLeast,
  tabModule,
  type AccessLevel,
  type ModuleKey,
  type SessionInfo,
  type TabKey,
} from '@onestop/contracts';

type Access = Pick<SessionInfo, 'permissions' | 'withheldTabs'>;

/** SEC-2: the user's level for a module; a module the session does not name is denied. */
export function levelFor(session: Access, module: ModuleKey): AccessLevel {
  return session.permissions[module] ?? 'none';
}

export function can(session: Access, module: ModuleKey, needed: AccessLevel): boolean {
  return levelAtLeast(levelFor(session, module), needed);
}

/** SEC-3: a tab is unavailable when the role withholds it or lacks View on its module. */
export function isTabWithheld(session: Access, tab: TabKey): boolean {
  return session.withheldTabs.includes(tab) || !can(session, tabModule(tab), 'view');
}
