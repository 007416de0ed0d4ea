import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ALL_OFFICES, fakeSession } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

const roleOptions = {
  items: [
    {
      id: '20000000-0000-4000-8000-000000000002',
      key: 'case_manager',
      name: 'Case Manager',
      assignable: true,
    },
  ],
};

describe('re-sign-in over the current page', () => {
  it('SEC-5: a 401 opens a sign-in dialog over the page and keeps what was typed', async () => {
    const session = fakeSession();
    const reloadHome = vi.fn();
    const { requests } = mockApi({
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      'GET /api/v1/admin/staff/role-options': () => ({ body: roleOptions }),
      'POST /api/v1/admin/staff': () =>
        apiError(401, 'SESSION_EXPIRED', 'Your session ended after a period of inactivity.'),
      'POST /api/v1/session': () => ({
        status: 201,
        body: fakeSession({ csrfToken: 'csrf-token-2' }),
      }),
    });
    renderApp({ path: '/admin/staff/new', session, reloadHome });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'Jamie Rivera');
    await user.type(screen.getByLabelText('Email'), 'jamie@demo.test');
    await user.selectOptions(await screen.findByLabelText('Role'), 'Case Manager');
    await user.click(screen.getByRole('checkbox', { name: 'Lexington Career Center' }));
    await user.type(screen.getByLabelText('Access request reference'), 'AR-9');
    await user.type(screen.getByLabelText('Initial password'), 'a-long-password-1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    expect((within(dialog).getByLabelText('Email') as HTMLInputElement).value).toBe(
      'avery@demo.test',
    );
    await user.type(within(dialog).getByLabelText('Password'), 'demo-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(reloadHome).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Jamie Rivera');
    expect((screen.getByLabelText('Initial password') as HTMLInputElement).value).toBe(
      'a-long-password-1',
    );
    const signIn = requests.find((r) => r.method === 'POST' && r.path === '/api/v1/session');
    expect(signIn?.body).toEqual({ email: 'avery@demo.test', password: 'demo-password-1' });

    // The next write carries the new session's CSRF token.
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const writes = requests.filter((r) => r.path === '/api/v1/admin/staff');
    expect(writes.at(-1)?.headers['x-csrf-token']).toBe('csrf-token-2');
  });

  it('SEC-5: a different person signing in reloads to the home page', async () => {
    const reloadHome = vi.fn();
    mockApi({
      'GET /api/v1/admin/roles': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
      'POST /api/v1/session': () => ({
        status: 201,
        body: fakeSession({
          staff: {
            id: '10000000-0000-4000-8000-000000000099',
            email: 'other@demo.test',
            displayName: 'Other',
          },
        }),
      }),
    });
    renderApp({ path: '/admin/roles', session: fakeSession(), reloadHome });
    const user = userEvent.setup();
    const dialog = await screen.findByRole('dialog', { name: 'Sign in again to continue' });
    const email = within(dialog).getByLabelText('Email');
    await user.clear(email);
    await user.type(email, 'other@demo.test');
    await user.type(within(dialog).getByLabelText('Password'), 'demo-password-1');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(reloadHome).toHaveBeenCalledTimes(1));
  });
});
