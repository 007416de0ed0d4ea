import type { PortalSession } from '@onestop/contracts';
import { AccountSessionDialogs } from '../../session/AccountSessionDialogs';
import { usePortalSessionApi } from '../session/portal-session-context';
import { PortalSessionProvider } from '../session/PortalSessionProvider';
import { PortalHeader } from './PortalHeader';
import { PortalShell } from './PortalShell';

const emailOf = (session: PortalSession) => session.seeker.email;

/** SEC-5 for job seekers, who often use shared computers: warn, then cover the page. */
function SessionDialogs() {
  return <AccountSessionDialogs api={usePortalSessionApi()} idPrefix="portal" emailOf={emailOf} />;
}

/** Every /portal page: the job seeker's session, header and footer; no staff navigation. */
export function PortalLayout() {
  return (
    <PortalSessionProvider>
      <PortalShell header={<PortalHeader />}>
        <SessionDialogs />
      </PortalShell>
    </PortalSessionProvider>
  );
}
