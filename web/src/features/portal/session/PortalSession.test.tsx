import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { fakePortalSession, newResume, signedInHandlers } from '../test/portal-fixtures';

describe('the job seeker session', () => {
  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    let signedIn = false;
    mockApi({
      ...signedInHandlers(),
      'GET /api/v1/portal/session': () =>
        signedIn
          ? { body: fakePortalSession() }
          : apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
      'POST /api/v1/portal/session': () => {
        signedIn = true;
        return { status: 201, body: fakePortalSession() };
      },
    });
    renderApp({ path: '/portal/resume/upload' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Sign in to OneStop' });
    await user.type(screen.getByLabelText('Email'), 'dolores@example.com');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('heading', { level: 1, name: 'Upload a resume' });
  });

  it('when the session has timed out, a save opens the seeker’s sign-in dialog and keeps the page', async () => {
    let expired = true;
    const api = mockApi({
      ...signedInHandlers(newResume()),
      'PUT /api/v1/portal/resume': (request) =>
        expired
          ? apiError(401, 'SESSION_EXPIRED', 'You were signed out after a period of inactivity.')
          : { body: { ...(request.body as object), updatedAt: '2026-03-02T15:00:00.000Z' } },
      'POST /api/v1/portal/session': () => {
        expired = false;
        return { status: 201, body: fakePortalSession({ csrfToken: 'seeker-csrf-2' }) };
      },
    });
    renderApp({ path: '/portal/resume' });
    const user = userEvent.setup();
    const city = await screen.findByRole('textbox', { name: 'City' });
    await user.clear(city);
    await user.type(city, 'Georgetown');
    await user.click(screen.getByRole('button', { name: 'Save my progress' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to keep going' });
    expect(within(dialog).getByLabelText('Email')).toHaveProperty('value', 'dolores@example.com');
    await user.type(within(dialog).getByLabelText('Password'), 'a long passphrase');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('textbox', { name: 'City' })).toHaveProperty(
      'value',
      'Georgetown',
    );
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Save my progress' }));
    await screen.findByText(/Your resume was saved on/);
    const puts = api.requests.filter((r) => r.method === 'PUT');
    expect(puts.at(-1)?.headers['x-csrf-token']).toBe('seeker-csrf-2');
  });

  it('SEC-5: warns before the idle timeout, lets the seeker stay, and later covers the page with the sign-in dialog without a click', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const api = mockApi({
        ...signedInHandlers(),
        'GET /api/v1/portal/session': () => ({
          body: fakePortalSession({ idleTimeoutSeconds: 60, warningSeconds: 20 }),
        }),
      });
      renderApp({ path: '/portal/resume' });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(1_000);
      });
      // Signed in: the seeker's navigation is there (waitFor would run on the faked timers).
      expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(35_000);
      });
      expect(screen.queryByRole('dialog')).toBeNull();
      await act(async () => {
        await vi.advanceTimersByTimeAsync(10_000);
      });
      const warning = screen.getByRole('dialog', { name: 'Your session is about to end' });
      expect(within(warning).getByRole('timer').textContent).toMatch(/^\d+ seconds$/);

      const sessionChecks = () =>
        api.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/portal/session');
      const before = sessionChecks().length;
      await act(async () => {
        within(warning).getByRole('button', { name: 'Stay signed in' }).click();
        await vi.advanceTimersByTimeAsync(100);
      });
      expect(sessionChecks().length).toBe(before + 1);
      expect(screen.queryByRole('dialog')).toBeNull();

      await act(async () => {
        await vi.advanceTimersByTimeAsync(61_000);
      });
      expect(screen.getByRole('dialog', { name: 'Sign in again to keep going' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });
});
