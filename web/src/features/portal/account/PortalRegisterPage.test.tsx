import type { SelfRegistrationRequest } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../../test/fixtures';
import { apiError, mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import { fakeHome, fakePortalSession, PORTAL_CSRF } from '../test/portal-fixtures';

const signedOut = {
  'GET /api/v1/session': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
  'GET /api/v1/portal/session': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
};

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: 'First name' }), 'Dolores');
  await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Haze');
  const birth = screen.getByRole('group', { name: 'Date of birth' });
  await user.selectOptions(within(birth).getByRole('combobox', { name: 'Month' }), '5');
  await user.type(within(birth).getByRole('textbox', { name: 'Day' }), '25');
  await user.type(within(birth).getByRole('textbox', { name: 'Year' }), '1977');
  await user.type(screen.getByRole('textbox', { name: 'Email address' }), 'dolores@example.com');
  await user.type(screen.getByLabelText('Password'), 'a long passphrase');
}

describe('job seeker self-registration', () => {
  it('SEEK-1: missing answers are listed in the order of the form, and nothing is sent', async () => {
    const api = mockApi(signedOut);
    renderApp({ path: '/portal/register' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Create your OneStop account' });
    await user.type(screen.getByLabelText('Password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    const summary = await screen.findByRole('alert');
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#register-firstName',
      '#register-lastName',
      '#register-birthDate-month',
      '#register-email',
      '#register-password',
    ]);
    expect(links.at(-1)?.textContent).toBe('Use at least 12 characters for your password.');
    expect(screen.getByLabelText('Password').getAttribute('aria-describedby')).toBe(
      'register-password-hint register-password-error',
    );
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('SEEK-1: a field the server refuses is marked next to that field', async () => {
    mockApi({
      ...signedOut,
      'POST /api/v1/portal/registration': () =>
        apiError(400, 'VALIDATION_FAILED', 'Check the highlighted fields: Use a 5-digit ZIP.', [
          { path: 'zip', message: 'Use a 5-digit ZIP code, like 40507.' },
        ]),
    });
    renderApp({ path: '/portal/register' });
    const user = userEvent.setup();
    await fillRequired(user);
    await user.type(screen.getByRole('textbox', { name: 'ZIP code' }), '40507');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Use a 5-digit ZIP code, like 40507.' }),
    ).toBeTruthy();
    const zip = screen.getByRole('textbox', { name: 'ZIP code' });
    expect(zip.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('register-zip-error')?.textContent).toBe(
      'Use a 5-digit ZIP code, like 40507.',
    );
  });

  it('SEEK-1: registering signs the seeker in and opens their home; later writes carry the seeker’s CSRF token', async () => {
    const api = mockApi({
      ...signedOut,
      'POST /api/v1/portal/registration': () => ({ status: 201, body: fakePortalSession() }),
      'GET /api/v1/portal/home': () => ({ body: fakeHome() }),
      'DELETE /api/v1/portal/session': () => ({ body: { ok: true } }),
    });
    renderApp({ path: '/portal/register' });
    const user = userEvent.setup();
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    await screen.findByRole('heading', { level: 1, name: 'Welcome, Dolores' });
    expect(screen.getByText('Your account is ready, and you are signed in.')).toBeTruthy();
    const body = api.requests.find((r) => r.path === '/api/v1/portal/registration')
      ?.body as SelfRegistrationRequest;
    // Optional answers left empty are not sent: the server assigns a pseudo-SSN (SEEK-5).
    expect(body).toEqual({
      firstName: 'Dolores',
      lastName: 'Haze',
      birthDate: '1977-05-25',
      email: 'dolores@example.com',
      password: 'a long passphrase',
    });
    expect(await screen.findByRole('heading', { name: 'My resume' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    await screen.findByRole('heading', { level: 1, name: 'Sign in to OneStop' });
    const signOut = api.requests.find((r) => r.method === 'DELETE');
    expect(signOut?.headers['x-csrf-token']).toBe(PORTAL_CSRF);
    expect(screen.getByText('You have signed out.')).toBeTruthy();
  });

  it('a 401 from the portal never opens the staff re-sign-in dialog, even with staff signed in', async () => {
    mockApi({
      'GET /api/v1/portal/session': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
    });
    renderApp({ path: '/portal/resume', session: fakeSession() });
    await screen.findByRole('heading', { level: 1, name: 'Sign in to OneStop' });
    expect(screen.queryByRole('dialog')).toBeNull();
    // The portal has its own header: no staff navigation or status line.
    expect(screen.queryByRole('region', { name: 'Session status' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Job seeker navigation' })).toBeTruthy();
  });
});
