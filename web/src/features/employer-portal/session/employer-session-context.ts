import type { EmployerPortalSession, EmployerRegistrationRequest } from '@onestop/contracts';
import { createContext, useContext } from 'react';
import type { AccountSessionApi } from '../../session/account-session';

/** EMP-5: `register` registers the employer and its first user, and signs them in. */
export type EmployerSessionApi = AccountSessionApi<
  EmployerPortalSession,
  EmployerRegistrationRequest
>;

export const EmployerSessionContext = createContext<EmployerSessionApi | null>(null);

export function useEmployerSessionApi(): EmployerSessionApi {
  const value = useContext(EmployerSessionContext);
  if (!value)
    throw new Error('useEmployerSessionApi must be used inside <EmployerSessionProvider>');
  return value;
}

/** The signed-in employer user; only for components behind <RequireEmployerSession>. */
export function useEmployerSession(): EmployerPortalSession {
  const { session } = useEmployerSessionApi();
  if (!session) throw new Error('useEmployerSession needs a signed-in employer user');
  return session;
}
