import type { Location } from 'react-router-dom';

/**
 * Where to go after signing in or registering: the page first asked for under `home`, unless it
 * was one of the account pages, else `home` itself.
 */
export function accountReturnPath(state: unknown, home: string, accountPages: string[]): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || !from.pathname.startsWith(home) || accountPages.includes(from.pathname)) return home;
  return `${from.pathname}${from.search}${from.hash}`;
}

export const portalReturnPath = (state: unknown) =>
  accountReturnPath(state, '/portal', ['/portal/login', '/portal/register']);
