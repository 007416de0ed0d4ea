import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

describe('idle warning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('SEC-5: warns at idle minus warning seconds, counts down, then asks to sign in again', async () => {
    mockApi({});
    renderApp({ session: fakeSession({ idleTimeoutSeconds: 14, warningSeconds: 8 }) });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(5_500);
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1_000);
    });
    const warning = screen.getByRole('dialog', { name: 'Your session is about to end' });
    expect(warning.textContent).toContain('8 seconds');
    for (let second = 0; second < 3; second++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
    }
    expect(screen.getByRole('timer').textContent).toBe('5 seconds');
    for (let second = 0; second < 5; second++) {
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
    }
    expect(screen.getByRole('dialog', { name: 'Sign in again to continue' })).toBeTruthy();
  });
});
