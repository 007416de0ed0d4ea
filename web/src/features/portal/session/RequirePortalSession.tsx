import type { ReactNode } from 'react';
import { RequireAccountSession } from '../../session/RequireAccountSession';
import { usePortalSessionApi } from './portal-session-context';

/** Portal pages other than sign-in, registration and About need a job seeker's session. */
export function RequirePortalSession({ children }: { children: ReactNode }) {
  return (
    <RequireAccountSession state={usePortalSessionApi()} loginPath="/portal/login">
      {children}
    </RequireAccountSession>
  );
}
