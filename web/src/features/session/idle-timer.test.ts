import { describe, expect, it } from 'vitest';
import {
  idlePhase,
  lastSeenAfterRequest,
  lastSeenFromSession,
  SERVER_TOUCH_GRANULARITY_MS,
  splitCountdown,
} from './idle-timer';

const settings = { idleTimeoutSeconds: 30 * 60, warningSeconds: 2 * 60 };
const t0 = 1_700_000_000_000;
const minutes = (n: number) => n * 60_000;

describe('idle timer (SEC-5)', () => {
  it('SEC-5: stays quiet until the warning time', () => {
    expect(idlePhase(t0, t0 + minutes(10), settings)).toEqual({
      kind: 'active',
      msUntilWarning: minutes(18),
    });
  });

  it('SEC-5: warns at idleTimeoutSeconds - warningSeconds after the last activity', () => {
    const atWarning = idlePhase(t0, t0 + minutes(28), settings);
    expect(atWarning).toMatchObject({ kind: 'warning', secondsLeft: 120 });
    expect(idlePhase(t0, t0 + minutes(28) - 1, settings).kind).toBe('active');
  });

  it('SEC-5: counts down whole seconds and says when the next second starts', () => {
    const phase = idlePhase(t0, t0 + minutes(29) + 15_250, settings);
    expect(phase).toEqual({ kind: 'warning', secondsLeft: 45, msUntilNextSecond: 750 });
  });

  it('SEC-5: expires exactly at the idle timeout', () => {
    expect(idlePhase(t0, t0 + minutes(30) - 1, settings)).toMatchObject({ secondsLeft: 1 });
    expect(idlePhase(t0, t0 + minutes(30), settings)).toEqual({ kind: 'expired' });
    expect(idlePhase(t0, t0 + minutes(90), settings)).toEqual({ kind: 'expired' });
  });

  it('SEC-5: a request resets the timer only when the server would record it', () => {
    expect(lastSeenAfterRequest(null, t0)).toBe(t0);
    // The server skips its write when its last one is fresher than its granularity.
    expect(lastSeenAfterRequest(t0, t0 + SERVER_TOUCH_GRANULARITY_MS - 1)).toBe(t0);
    expect(lastSeenAfterRequest(t0, t0 + SERVER_TOUCH_GRANULARITY_MS)).toBe(
      t0 + SERVER_TOUCH_GRANULARITY_MS,
    );
  });

  it("SEC-5: a session response sets the last activity from the server's own expiry", () => {
    const session = {
      idleTimeoutSeconds: 1800,
      serverTime: '2024-05-01T12:00:00.000Z',
      // Last seen 10 s before the server answered.
      expiresAt: '2024-05-01T12:29:50.000Z',
    };
    expect(lastSeenFromSession(session, t0)).toBe(t0 - 10_000);
  });

  it('SEC-5: splits the countdown into minutes and seconds', () => {
    expect(splitCountdown(125)).toEqual({ minutes: 2, seconds: 5 });
    expect(splitCountdown(59)).toEqual({ minutes: 0, seconds: 59 });
    expect(splitCountdown(-3)).toEqual({ minutes: 0, seconds: 0 });
  });
});
