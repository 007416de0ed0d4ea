import type { LoginRequest, SessionInfo } from '@onestop/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { api, connectSession } from '../../api/client';
import { ActivityClock } from './activity-clock';
import { lastSeenFromSession } from './idle-timer';
import {
  SessionContext,
  type LostReason,
  type ResumeOutcome,
  type SessionApi,
  type SessionState,
} from './session-context';

const SESSION_URL = '/api/v1/session';

interface SessionProviderProps {
  children: ReactNode;
  /** Tests start from a known session instead of asking the server. */
  initialSession?: SessionInfo;
  /** Where a different person's sign-in lands: a full reload, so nothing of the last user stays. */
  reloadHome?: () => void;
}

const reloadToHome = () => window.location.assign('/');

export function SessionProvider({
  children,
  initialSession,
  reloadHome = reloadToHome,
}: SessionProviderProps) {
  const queryClient = useQueryClient();
  const [clock] = useState(() => {
    const created = new ActivityClock();
    if (initialSession) created.set(lastSeenFromSession(initialSession, Date.now()));
    return created;
  });
  const [state, setState] = useState<SessionState>(() => ({
    status: initialSession ? 'signedIn' : 'loading',
    session: initialSession ?? null,
    lost: null,
    signedOutByUser: false,
  }));
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const accept = useCallback(
    (session: SessionInfo, receivedAt: number) => {
      clock.set(lastSeenFromSession(session, receivedAt));
      const next: SessionState = {
        status: 'signedIn',
        session,
        lost: null,
        signedOutByUser: false,
      };
      // Writes that follow at once must already carry the new CSRF token.
      stateRef.current = next;
      setState(next);
    },
    [clock],
  );

  useEffect(
    () =>
      connectSession({
        csrfToken: () => stateRef.current.session?.csrfToken ?? null,
        activity: (startedAt) => {
          const current = stateRef.current;
          if (current.status === 'signedIn' && !current.lost) clock.recordRequest(startedAt);
        },
        sessionLost: () => {
          setState((current) =>
            current.status === 'signedIn' && !current.lost
              ? { ...current, lost: 'server' }
              : current,
          );
        },
      }),
    [clock],
  );

  useEffect(() => {
    if (initialSession) return;
    let cancelled = false;
    api.get<SessionInfo>(SESSION_URL, { expectUnauthenticated: true }).then(
      (session) => {
        if (!cancelled) accept(session, Date.now());
      },
      () => {
        if (!cancelled) {
          setState({ status: 'signedOut', session: null, lost: null, signedOutByUser: false });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [accept, initialSession]);

  const signIn = useCallback(
    async (credentials: LoginRequest) => {
      const session = await api.post<SessionInfo>(SESSION_URL, credentials, {
        expectUnauthenticated: true,
      });
      queryClient.clear();
      accept(session, Date.now());
      return session;
    },
    [accept, queryClient],
  );

  const resume = useCallback(
    async (credentials: LoginRequest): Promise<ResumeOutcome> => {
      const previous = stateRef.current.session;
      const session = await api.post<SessionInfo>(SESSION_URL, credentials, {
        expectUnauthenticated: true,
      });
      if (previous && previous.staff.id === session.staff.id) {
        accept(session, Date.now());
        // Reads that failed while signed out run again; the page's own state is untouched.
        void queryClient.invalidateQueries();
        return 'same-user';
      }
      reloadHome();
      return 'other-user';
    },
    [accept, queryClient, reloadHome],
  );

  const signOut = useCallback(async () => {
    try {
      await api.delete(SESSION_URL, { expectUnauthenticated: true });
    } catch {
      // Already ended on the server (timed out, or revoked): signing out here is all that is left.
    }
    queryClient.clear();
    clock.set(null);
    const next: SessionState = {
      status: 'signedOut',
      session: null,
      lost: null,
      signedOutByUser: true,
    };
    stateRef.current = next;
    setState(next);
  }, [clock, queryClient]);

  const switchOffice = useCallback(
    async (officeId: string) => {
      const session = await api.put<SessionInfo>(`${SESSION_URL}/office`, { officeId });
      accept(session, Date.now());
      // What is on screen belongs to the old office's scope; read it again.
      void queryClient.invalidateQueries();
      return session;
    },
    [accept, queryClient],
  );

  const refresh = useCallback(async () => {
    const session = await api.get<SessionInfo>(SESSION_URL);
    accept(session, Date.now());
  }, [accept]);

  const markLost = useCallback((reason: LostReason) => {
    setState((current) =>
      current.status === 'signedIn' && !current.lost ? { ...current, lost: reason } : current,
    );
  }, []);

  const value = useMemo<SessionApi>(
    () => ({ ...state, clock, signIn, resume, signOut, switchOffice, refresh, markLost }),
    [state, clock, signIn, resume, signOut, switchOffice, refresh, markLost],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
