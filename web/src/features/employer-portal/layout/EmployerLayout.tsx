import type { EmployerPortalSession } from '@onestop/contracts';
import { AccountSessionDialogs } from '../../session/AccountSessionDialogs';
import { PortalShell } from '../../portal/layout/PortalShell';
import { useEmployerSessionApi } from '../session/employer-session-context';
import { EmployerSessionProvider } from '../session/EmployerSessionProvider';
import { EmployerHeader } from './EmployerHeader';

const emailOf = (session: EmployerPortalSession) => session.user.email;

function SessionDialogs() {
  return (
    <AccountSessionDialogs api={useEmployerSessionApi()} idPrefix="employer" emailOf={emailOf} />
  );
}

/** Every /employer page: the employer user's session, header and footer. */
export function EmployerLayout() {
  return (
    <EmployerSessionProvider>
      <PortalShell header={<EmployerHeader />}>
        <SessionDialogs />
      </PortalShell>
    </EmployerSessionProvider>
  );
}
