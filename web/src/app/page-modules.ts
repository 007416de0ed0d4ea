import type { ModuleKey } from '@onestop/contracts';

/** Which module each area of the app belongs to, for the access level in the SEC-8 status line. */
const AREAS: [prefix: string, module: ModuleKey][] = [
  ['/seekers', 'seekers'],
  ['/employers', 'employers'],
  ['/postings', 'postings'],
  ['/admin/staff', 'admin.staff'],
  ['/admin/roles', 'admin.roles'],
  ['/admin/audit', 'audit'],
  ['/job-search', 'postings'],
  ['/admin/outbox', 'admin.staff'],
];

/**
 * Read from the address rather than reported by the page, so the status line is right from the
 * first frame, before the page has loaded its data.
 */
export function moduleForPath(pathname: string): ModuleKey | null {
  const area = AREAS.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return area ? area[1] : null;
}
