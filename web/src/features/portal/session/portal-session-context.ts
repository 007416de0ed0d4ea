import type { PortalSession, SelfRegistrationRequest } from '@onestop/contracts';
import { createContext, useContext } from 'react';
import type { AccountSessionApi, AccountSessionState } from '../../session/account-session';

export type PortalSessionState = AccountSessionState<PortalSession>;

/** SEEK-1: `register` registers the job seeker and signs them in. */
export type PortalSessionApi = AccountSessionApi<PortalSession, SelfRegistrationRequest>;

export const PortalSessionContext = createContext<PortalSessionApi | null>(null);

export function usePortalSessionApi(): PortalSessionApi {
  const value = useContext(PortalSessionContext);
  if (!value) throw new Error('usePortalSessionApi must be used inside <PortalSessionProvider>');
  return value;
}

/** The signed-in job seeker; only for components behind <RequirePortalSession>. */
export function usePortalSession(): PortalSession {
  const { session } = usePortalSessionApi();
  if (!session) throw new Error('usePortalSession needs a signed-in job seeker');
  return session;
}
