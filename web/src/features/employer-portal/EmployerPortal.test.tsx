import type { EmployerPortalSession } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockRequest } from '../../test/mock-api';
import { renderApp } from '../../test/render';

const CSRF = 'employer-csrf';

function employerSession(status: 'pending_approval' | 'active' = 'active'): EmployerPortalSession {
  return {
    user: {
      id: '00000000-0000-4000-8000-0000000000e1',
      firstName: 'Dana',
      lastName: 'Owner',
      email: 'dana@capitalcabinets.example',
    },
    employer: {
      id: '00000000-0000-4000-8000-0000000000e2',
      name: 'Capital City Cabinets LLC',
      status,
    },
    csrfToken: CSRF,
    idleTimeoutSeconds: 1800,
    warningSeconds: 120,
    expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
    serverTime: new Date().toISOString(),
  };
}

const noPostings = () => ({ body: { items: [], page: 1, pageSize: 20, total: 0 } });
const staffSignedOut = {
  'GET /api/v1/session': () => apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
};

describe('the employer portal', () => {
  it('EMP-5: an employer registers, is signed in, and sees that it waits for approval before posting', async () => {
    let registered = false;
    const api = mockApi({
      ...staffSignedOut,
      'GET /api/v1/employer-portal/session': () =>
        apiError(401, 'UNAUTHENTICATED', 'Sign in to continue.'),
      'POST /api/v1/employer-portal/registration': (request) => {
        const body = request.body as { fein: string };
        if (!registered && body.fein === '61-0000001') {
          registered = true;
          return apiError(409, 'CONFLICT', 'An employer with this FEIN is already registered.', [
            { path: 'fein', message: 'This FEIN is already registered.' },
          ]);
        }
        return { status: 201, body: employerSession('pending_approval') };
      },
      'GET /api/v1/employer-portal/postings': noPostings,
    });
    renderApp({ path: '/employer/register' });
    const user = userEvent.setup();
    await screen.findByRole('heading', { level: 1, name: 'Register your business' });
    await user.type(
      screen.getByRole('textbox', { name: /Legal name/ }),
      'Capital City Cabinets LLC',
    );
    await user.type(screen.getByRole('textbox', { name: /^FEIN/ }), '61-0000001');
    await user.type(screen.getByRole('textbox', { name: /First name/ }), 'Dana');
    await user.type(screen.getByRole('textbox', { name: /Last name/ }), 'Owner');
    await user.type(
      screen.getByRole('textbox', { name: /Work email/ }),
      'dana@capitalcabinets.example',
    );
    await user.type(screen.getByLabelText(/^Password/), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'This FEIN is already registered.' });
    expect(link.getAttribute('href')).toBe('#employer-form-fein');
    const fein = screen.getByRole('textbox', { name: /^FEIN/ });
    await user.clear(fein);
    await user.type(fein, '61-0000002');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    await screen.findByRole('heading', { level: 1, name: 'Capital City Cabinets LLC' });
    expect(
      screen.getByRole('heading', { name: 'Your registration is waiting for approval' }),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Post a job' })).toBeNull();
    const sent = api.requests.filter((r) => r.path === '/api/v1/employer-portal/registration');
    expect(sent[1]?.body).toMatchObject({
      legalName: 'Capital City Cabinets LLC',
      fein: '61-0000002',
      contact: { firstName: 'Dana', lastName: 'Owner', email: 'dana@capitalcabinets.example' },
      password: 'a long passphrase',
    });
  });

  it('JOB-1, JOB-13: an approved employer posts a job with no staff-only fields; a refusal is shown with its reason', async () => {
    let attempts = 0;
    const api = mockApi({
      ...staffSignedOut,
      'GET /api/v1/employer-portal/session': () => ({ body: employerSession() }),
      'GET /api/v1/employer-portal/postings': noPostings,
      'POST /api/v1/employer-portal/postings': (request: MockRequest) => {
        attempts += 1;
        if (attempts === 1) {
          return {
            status: 422,
            body: {
              error: {
                code: 'RULE_VIOLATION',
                rule: 'JOB-13',
                message: 'A posting cannot state a preference by age or sex (EEO).',
                requestId: 'r',
              },
            },
          };
        }
        return {
          status: 201,
          body: { id: 'p1', title: (request.body as { title: string }).title },
        };
      },
    });
    renderApp({ path: '/employer' });
    const user = userEvent.setup();
    const main = await screen.findByRole('main');
    await user.click(await within(main).findByRole('link', { name: 'Post a job' }));
    await screen.findByRole('heading', { level: 1, name: 'Post a job' });
    expect(screen.queryByLabelText('How the order came in')).toBeNull();
    expect(screen.queryByLabelText('Confidential staff comments')).toBeNull();
    await user.type(screen.getByRole('textbox', { name: /Job title/ }), 'Cabinet Assembler');
    await user.type(
      screen.getByRole('textbox', { name: /Job description/ }),
      'Assemble and finish kitchen cabinets. Training provided.',
    );
    await user.click(screen.getByRole('button', { name: 'Send for approval' }));
    expect(await screen.findByText(/preference by age or sex/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Send for approval' }));
    await screen.findByText(/“Cabinet Assembler” was sent for approval/);
    const posted = api.requests.filter((r) => r.method === 'POST')[1];
    expect(posted?.headers['x-csrf-token']).toBe(CSRF);
    expect(posted?.body).toMatchObject({ title: 'Cabinet Assembler' });
    expect(posted?.body).not.toHaveProperty('intakeMethod');
    expect(posted?.body).not.toHaveProperty('staffComments');
  });
});
