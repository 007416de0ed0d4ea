import type { LoginRequest, SessionInfo } from '@onestop/contracts';
import { createContext, useContext } from 'react';
import type { ActivityClock } from './activity-clock';

export type SessionStatus = 'loading' | 'signedOut' | 'signedIn';

/** Why a signed-in session ended without the user signing out (SEC-5). */
export type LostReason = 'idle' | 'server';

export interface SessionState {
  status: SessionStatus;
  /** Kept while `lost` is set so the page underneath, and the status line, stay as they were. */
  session: SessionInfo | null;
  lost: LostReason | null;
  /** Set when the user chose to sign out, so the sign-in page can say so. */
  signedOutByUser: boolean;
}

export type ResumeOutcome = 'same-user' | 'other-user';

export interface SessionApi extends SessionState {
  clock: ActivityClock;
  signIn(credentials: LoginRequest): Promise<SessionInfo>;
  /** Signs in again from the re-sign-in dialog, keeping the page if it is the same person. */
  resume(credentials: LoginRequest): Promise<ResumeOutcome>;
  signOut(): Promise<void>;
  switchOffice(officeId: string): Promise<SessionInfo>;
  /** "Stay signed in": one call that resets the server's idle timer. */
  refresh(): Promise<void>;
  markLost(reason: LostReason): void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSessionApi(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionApi must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components that render behind the sign-in guard. */
export function useSession(): SessionInfo {
  const { session } = useSessionApi();
  if (!session) throw new Error('useSession needs a signed-in session');
  return session;
}
