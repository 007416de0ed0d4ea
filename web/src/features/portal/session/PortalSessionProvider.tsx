import type { LoginRequest, PortalSession, SelfRegistrationRequest } from '@onestop/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ActivityClock } from '../../session/activity-clock';
import { lastSeenFromSession } from '../../session/idle-timer';
import { connectPortalSession, portalApi, PORTAL_BASE } from '../portal-api';
import {
  PortalSessionContext,
  type PortalSessionApi,
  type PortalSessionState,
} from './portal-session-context';

const SESSION_URL = `${PORTAL_BASE}/session`;

/** Everything cached under this key belongs to the signed-in job seeker. */
export const PORTAL_QUERY_KEY = ['portal'] as const;

const reloadPortal = () => window.location.assign('/portal');

interface PortalSessionProviderProps {
  children: ReactNode;
  /** Where a different person's sign-in lands: a full reload, so nothing of the last one stays. */
  reloadHome?: () => void;
}

/** The job seeker's session, kept apart from the staff session (its own cookie and CSRF token). */
export function PortalSessionProvider({
  children,
  reloadHome = reloadPortal,
}: PortalSessionProviderProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<PortalSessionState>({
    status: 'loading',
    session: null,
    lost: false,
    signedOutByUser: false,
  });
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  /** When the server last saw the session, as far as this tab knows. */
  const [clock] = useState(() => new ActivityClock());

  const update = useCallback((next: PortalSessionState) => {
    // Writes that follow at once must already carry the new CSRF token.
    stateRef.current = next;
    setState(next);
  }, []);

  const accept = useCallback(
    (session: PortalSession) => {
      clock.set(lastSeenFromSession(session, Date.now()));
      update({ status: 'signedIn', session, lost: false, signedOutByUser: false });
    },
    [clock, update],
  );

  const markLost = useCallback(
    () =>
      setState((current) =>
        current.status === 'signedIn' && !current.lost ? { ...current, lost: true } : current,
      ),
    [],
  );

  useEffect(
    () =>
      connectPortalSession({
        csrfToken: () => stateRef.current.session?.csrfToken ?? null,
        activity: (startedAt) => {
          const current = stateRef.current;
          if (current.status === 'signedIn' && !current.lost) clock.recordRequest(startedAt);
        },
        sessionLost: markLost,
      }),
    [clock, markLost],
  );

  useEffect(() => {
    let cancelled = false;
    portalApi.get<PortalSession>(SESSION_URL, { expectUnauthenticated: true }).then(
      (session) => {
        if (!cancelled) accept(session);
      },
      () => {
        if (!cancelled) {
          update({ status: 'signedOut', session: null, lost: false, signedOutByUser: false });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [accept, update]);

  const startSession = useCallback(
    (session: PortalSession) => {
      queryClient.removeQueries({ queryKey: PORTAL_QUERY_KEY });
      accept(session);
      return session;
    },
    [accept, queryClient],
  );

  const signIn = useCallback(
    async (credentials: LoginRequest) =>
      startSession(
        await portalApi.post<PortalSession>(SESSION_URL, credentials, {
          expectUnauthenticated: true,
        }),
      ),
    [startSession],
  );

  const register = useCallback(
    async (request: SelfRegistrationRequest) =>
      startSession(
        await portalApi.post<PortalSession>(`${PORTAL_BASE}/registration`, request, {
          expectUnauthenticated: true,
        }),
      ),
    [startSession],
  );

  const resume = useCallback(
    async (credentials: LoginRequest) => {
      const previous = stateRef.current.session;
      const session = await portalApi.post<PortalSession>(SESSION_URL, credentials, {
        expectUnauthenticated: true,
      });
      if (previous?.seeker.id === session.seeker.id) {
        accept(session);
        // Reads that failed while signed out run again; what the seeker typed is untouched.
        void queryClient.invalidateQueries({ queryKey: PORTAL_QUERY_KEY });
        return;
      }
      reloadHome();
    },
    [accept, queryClient, reloadHome],
  );

  const signOut = useCallback(async () => {
    try {
      await portalApi.delete(SESSION_URL, { expectUnauthenticated: true });
    } catch {
      // Already ended on the server (timed out): signing out here is all that is left.
    }
    queryClient.removeQueries({ queryKey: PORTAL_QUERY_KEY });
    clock.set(null);
    update({ status: 'signedOut', session: null, lost: false, signedOutByUser: true });
  }, [clock, queryClient, update]);

  /** "Stay signed in": any answer from the server resets its idle timer. */
  const refresh = useCallback(async () => {
    accept(await portalApi.get<PortalSession>(SESSION_URL));
  }, [accept]);

  const value = useMemo<PortalSessionApi>(
    () => ({ ...state, clock, signIn, register, resume, signOut, refresh, markLost }),
    [state, clock, signIn, register, resume, signOut, refresh, markLost],
  );
  return <PortalSessionContext.Provider value={value}>{children}</PortalSessionContext.Provider>;
}
