import { IdleWarning } from '../../session/IdleWarningDialog';
import { PortalReSignInDialog } from '../session/PortalReSignInDialog';
import { usePortalSessionApi } from '../session/portal-session-context';
import { PortalSessionProvider } from '../session/PortalSessionProvider';
import { PortalHeader } from './PortalHeader';
import { PortalShell } from './PortalShell';

/** SEC-5 for job seekers, who often use shared computers: warn, then cover the page. */
function SessionDialogs() {
  const { status, lost, session, clock, refresh, signOut, markLost } = usePortalSessionApi();
  if (status !== 'signedIn' || !session) return null;
  if (lost) return <PortalReSignInDialog />;
  return (
    <IdleWarning
      idleTimeoutSeconds={session.idleTimeoutSeconds}
      warningSeconds={session.warningSeconds}
      clock={clock}
      refresh={refresh}
      signOut={signOut}
      onExpired={markLost}
    />
  );
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
