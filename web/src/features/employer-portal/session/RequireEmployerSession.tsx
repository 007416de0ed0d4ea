import type { ReactNode } from 'react';
import { RequireAccountSession } from '../../session/RequireAccountSession';
import { useEmployerSessionApi } from './employer-session-context';

/** Employer portal pages other than sign-in and registration need an employer user's session. */
export function RequireEmployerSession({ children }: { children: ReactNode }) {
  return (
    <RequireAccountSession state={useEmployerSessionApi()} loginPath="/employer/login">
      {children}
    </RequireAccountSession>
  );
}
