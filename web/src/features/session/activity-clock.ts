import { lastSeenAfterRequest } from './idle-timer';

/**
 * When the server last saw this session, on the client's clock. A tiny external store so that only
 * the idle watcher re-renders when it moves, not the whole app on every response.
 */
export class ActivityClock {
  private lastSeenAt: number | null = null;
  private readonly listeners = new Set<() => void>();

  readonly get = (): number | null => this.lastSeenAt;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(value: number | null): void {
    if (value === this.lastSeenAt) return;
    this.lastSeenAt = value;
    for (const listener of this.listeners) listener();
  }

  recordRequest(requestStartedAt: number): void {
    this.set(lastSeenAfterRequest(this.lastSeenAt, requestStartedAt));
  }
}
