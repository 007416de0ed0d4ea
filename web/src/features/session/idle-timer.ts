/**
 * SEC-5 idle timeout, as pure functions of time so they can be tested without waiting.
 *
 * The server resets a session's timer on each authenticated request, but skips the write when
 * its last one is under this many milliseconds old (server/src/platform/auth/sessions.ts). The
 * client mirrors that, so its estimate of the server's "last seen" is never later than the truth:
 * a warning that comes a few seconds early is harmless, one that comes late is not.
 */
export const SERVER_TOUCH_GRANULARITY_MS = 5_000;

export interface IdleSettings {
  idleTimeoutSeconds: number;
  warningSeconds: number;
}

export type IdlePhase =
  | { kind: 'active'; msUntilWarning: number }
  | { kind: 'warning'; secondsLeft: number; msUntilNextSecond: number }
  | { kind: 'expired' };

/** The server's last-seen time after a response to a request sent at `requestStartedAt`. */
export function lastSeenAfterRequest(lastSeenAt: number | null, requestStartedAt: number): number {
  if (lastSeenAt === null) return requestStartedAt;
  if (requestStartedAt - lastSeenAt >= SERVER_TOUCH_GRANULARITY_MS) return requestStartedAt;
  return lastSeenAt;
}

/**
 * The last-seen time a SessionInfo reports, moved onto the client's clock: the server says when
 * the session expires and what time it was when it answered.
 */
export function lastSeenFromSession(
  session: { expiresAt: string; serverTime: string; idleTimeoutSeconds: number },
  receivedAt: number,
): number {
  const msLeftOnServer = Date.parse(session.expiresAt) - Date.parse(session.serverTime);
  return receivedAt + msLeftOnServer - session.idleTimeoutSeconds * 1000;
}

export function idlePhase(lastSeenAt: number, now: number, settings: IdleSettings): IdlePhase {
  const expiresAt = lastSeenAt + settings.idleTimeoutSeconds * 1000;
  const warnAt = expiresAt - settings.warningSeconds * 1000;
  if (now >= expiresAt) return { kind: 'expired' };
  if (now < warnAt) return { kind: 'active', msUntilWarning: warnAt - now };
  const msLeft = expiresAt - now;
  const secondsLeft = Math.ceil(msLeft / 1000);
  return { kind: 'warning', secondsLeft, msUntilNextSecond: msLeft - (secondsLeft - 1) * 1000 };
}

/** Splits a countdown for display: 125 → { minutes: 2, seconds: 5 }. */
export function splitCountdown(totalSeconds: number): { minutes: number; seconds: number } {
  const clamped = Math.max(0, Math.floor(totalSeconds));
  return { minutes: Math.floor(clamped / 60), seconds: clamped % 60 };
}
