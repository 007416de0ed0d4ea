import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { createApiClient } from '../../api/client';
import { ActivityClock } from './activity-clock';
import { lastSeenFromSession } from './idle-timer';

/** What every public-facing session answer carries: its CSRF token and idle timing. */
export interface AccountSessionInfo {
  csrfToken: string;
  idleTimeoutSeconds: number;
  warningSeconds: number;
  expiresAt: string;
  serverTime: string;
}

export interface AccountSessionState<S> {
  status: 'loading' | 'signedOut' | 'signedIn';
  /** Kept while `lost` is set, so the page underneath keeps what the person typed. */
  session: S | null;
  /** The server no longer knows the session (idle timeout, or signed out in another tab). */
  lost: boolean;
  /** Set when the person chose to sign out, so the sign-in page can say so. */
  signedOutByUser: boolean;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface AccountSessionApi<S, R> extends AccountSessionState<S> {
  signIn(credentials: Credentials): Promise<S>;
  /** Registers and signs in. */
  register(request: R): Promise<S>;
  /** Signs in again from the dialog that opens when the session was lost. */
  resume(credentials: Credentials): Promise<void>;
  signOut(): Promise<void>;
  /** When the server last saw the session (SEC-5 idle warning). */
  clock: ActivityClock;
  /** "Stay signed in": asks the server, which resets its idle timer. */
  refresh(): Promise<void>;
  /** The idle time ran out on screen: the re-sign-in dialog opens. */
  markLost(): void;
}

export interface AccountSessionOptions<S> {
  client: ReturnType<typeof createApiClient>;
  /** The API's base for this kind of account: `${base}/session`, `${base}/registration`. */
  base: string;
  /** Everything cached under this key belongs to the signed-in person. */
  queryKey: readonly string[];
  /** Who the session is: a different person's sign-in in the dialog reloads the page. */
  personOf(session: S): string;
  /** Where a different person's sign-in lands: a full reload, so nothing of the last one stays. */
  reloadHome(): void;
}

/**
 * A job seeker's or an employer user's session, each apart from the staff session (own cookie and
 * CSRF token): loads it, signs in, registers, resumes after a timeout and signs out.
 */
export function useAccountSession<S extends AccountSessionInfo, R>({
  client,
  base,
  queryKey,
  personOf,
  reloadHome,
}: AccountSessionOptions<S>): AccountSessionApi<S, R> {
  const sessionUrl = `${base}/session`;
  const queryClient = useQueryClient();
  const [state, setState] = useState<AccountSessionState<S>>({
    status: 'loading',
    session: null,
    lost: false,
    signedOutByUser: false,
  });
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);
  const [clock] = useState(() => new ActivityClock());

  const update = useCallback((next: AccountSessionState<S>) => {
    // Writes that follow at once must already carry the new CSRF token.
    stateRef.current = next;
    setState(next);
  }, []);

  const accept = useCallback(
    (session: S) => {
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
      client.connect({
        csrfToken: () => stateRef.current.session?.csrfToken ?? null,
        activity: (startedAt) => {
          const current = stateRef.current;
          if (current.status === 'signedIn' && !current.lost) clock.recordRequest(startedAt);
        },
        sessionLost: markLost,
      }),
    [client, clock, markLost],
  );

  useEffect(() => {
    let cancelled = false;
    client.methods.get<S>(sessionUrl, { expectUnauthenticated: true }).then(
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
  }, [client, sessionUrl, accept, update]);

  const startSession = useCallback(
    (session: S) => {
      queryClient.removeQueries({ queryKey });
      accept(session);
      return session;
    },
    [accept, queryClient, queryKey],
  );

  const signIn = useCallback(
    async (credentials: Credentials) =>
      startSession(
        await client.methods.post<S>(sessionUrl, credentials, { expectUnauthenticated: true }),
      ),
    [client, sessionUrl, startSession],
  );

  const register = useCallback(
    async (request: R) =>
      startSession(
        await client.methods.post<S>(`${base}/registration`, request, {
          expectUnauthenticated: true,
        }),
      ),
    [client, base, startSession],
  );

  const resume = useCallback(
    async (credentials: Credentials) => {
      const previous = stateRef.current.session;
      const session = await client.methods.post<S>(sessionUrl, credentials, {
        expectUnauthenticated: true,
      });
      if (previous && personOf(previous) === personOf(session)) {
        accept(session);
        // Reads that failed while signed out run again; what the person typed is untouched.
        void queryClient.invalidateQueries({ queryKey });
        return;
      }
      reloadHome();
    },
    [client, sessionUrl, personOf, accept, queryClient, queryKey, reloadHome],
  );

  const signOut = useCallback(async () => {
    try {
      await client.methods.delete(sessionUrl, { expectUnauthenticated: true });
    } catch {
      // Already ended on the server (timed out): signing out here is all that is left.
    }
    queryClient.removeQueries({ queryKey });
    clock.set(null);
    update({ status: 'signedOut', session: null, lost: false, signedOutByUser: true });
  }, [client, sessionUrl, clock, queryClient, queryKey, update]);

  const refresh = useCallback(async () => {
    accept(await client.methods.get<S>(sessionUrl));
  }, [client, sessionUrl, accept]);

  return useMemo(
    () => ({ ...state, clock, signIn, register, resume, signOut, refresh, markLost }),
    [state, clock, signIn, register, resume, signOut, refresh, markLost],
  );
}
