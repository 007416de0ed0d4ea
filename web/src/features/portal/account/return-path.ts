import type { Location } from 'react-router-dom';

const ACCOUNT_PAGES = ['/portal/login', '/portal/register'];

/** Where to go after signing in or registering: the portal page first asked for, else home. */
export function portalReturnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || !from.pathname.startsWith('/portal') || ACCOUNT_PAGES.includes(from.pathname))
    return '/portal';
  return `${from.pathname}${from.search}${from.hash}`;
}
