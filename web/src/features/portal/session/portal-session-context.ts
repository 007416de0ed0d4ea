import type { LoginRequest, PortalSession, SelfRegistrationRequest } from '@onestop/contracts';
import { createContext, useContext } from 'react';
import type { ActivityClock } from '../../session/activity-clock';

export type PortalSessionStatus = 'loading' | 'signedOut' | 'signedIn';

export interface PortalSessionState {
  status: PortalSessionStatus;
  /** Kept while `lost` is set, so the page underneath keeps what the seeker typed. */
  session: PortalSession | null;
  /** The server no longer knows the session (idle timeout, or signed out in another tab). */
  lost: boolean;
  /** Set when the seeker chose to sign out, so the sign-in page can say so. */
  signedOutByUser: boolean;
}

export interface PortalSessionApi extends PortalSessionState {
  signIn(credentials: LoginRequest): Promise<PortalSession>;
  /** SEEK-1: registers and signs in. */
  register(request: SelfRegistrationRequest): Promise<PortalSession>;
  /** Signs in again from the dialog that opens when the session was lost. */
  resume(credentials: LoginRequest): Promise<void>;
  signOut(): Promise<void>;
  /** When the server last saw the session (SEC-5 idle warning). */
  clock: ActivityClock;
  /** "Stay signed in": asks the server, which resets its idle timer. */
  refresh(): Promise<void>;
  /** The idle time ran out on screen: the re-sign-in dialog opens. */
  markLost(): void;
}

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
