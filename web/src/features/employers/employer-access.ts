import type { SessionInfo } from '@onestop/contracts';
import { can } from '../session/permissions';

/**
 * EMP-5: the approval queue is worked by staff with Change on employers and the central-office
 * grant (SEC-7), as the server's approval routes require.
 */
export function isCentralOffice(
  session: Pick<SessionInfo, 'permissions' | 'withheldTabs' | 'grants'>,
): boolean {
  return can(session, 'employers', 'change') && session.grants.includes('central_office');
}
