import { PortalReSignInDialog } from '../session/PortalReSignInDialog';
import { usePortalSessionApi } from '../session/portal-session-context';
import { PortalSessionProvider } from '../session/PortalSessionProvider';
import { PortalHeader } from './PortalHeader';
import { PortalShell } from './PortalShell';

function LostSessionDialog() {
  const { status, lost } = usePortalSessionApi();
  return status === 'signedIn' && lost ? <PortalReSignInDialog /> : null;
}

/** Every /portal page: the job seeker's session, header and footer; no staff navigation. */
export function PortalLayout() {
  return (
    <PortalSessionProvider>
      <PortalShell header={<PortalHeader />}>
        <LostSessionDialog />
      </PortalShell>
    </PortalSessionProvider>
  );
}
