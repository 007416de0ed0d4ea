import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

describe('sign-in page', () => {
  it('sends a visitor to sign in, explains a refusal, then returns them to the page they asked for', async () => {
    let attempts = 0;
    mockApi({
      'GET /api/v1/session': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
      'POST /api/v1/session': () =>
        ++attempts === 1
          ? apiError(423, 'ACCOUNT_LOCKED', 'The account is locked until 14:05 UTC.')
          : { status: 201, body: fakeSession({ permissions: { audit: 'view' } }) },
      'GET /api/v1/audit-events': () => ({ body: { items: [], page: 1, pageSize: 25, total: 0 } }),
      'GET /api/v1/offices': () => ({ body: { items: [] } }),
    });
    renderApp({ path: '/admin/audit' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Sign in to OneStop' });

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter your email address.' })).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Email').getAttribute('aria-describedby')).toBe('email-error');

    await user.type(screen.getByLabelText('Email'), 'avery@demo.test');
    await user.type(screen.getByLabelText('Password'), 'demo-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The account is locked until 14:05 UTC.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeTruthy();
  });
});
