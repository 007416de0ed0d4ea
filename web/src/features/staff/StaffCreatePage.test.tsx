import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ALL_OFFICES, fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

describe('choosing a role for a new account', () => {
  it('SEC-7: offers only roles within the administrator’s own access', async () => {
    mockApi({
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      'GET /api/v1/admin/staff/role-options': () => ({
        body: {
          items: [
            {
              id: '20000000-0000-4000-8000-000000000001',
              key: 'administrator',
              name: 'Administrator',
              assignable: false,
            },
            {
              id: '20000000-0000-4000-8000-000000000002',
              key: 'case_manager',
              name: 'Case Manager',
              assignable: true,
            },
          ],
        },
      }),
    });
    renderApp({ path: '/admin/staff/new', session: fakeSession() });
    const role = await screen.findByLabelText('Role');
    await within(role).findByRole('option', { name: 'Case Manager' });
    expect(within(role).queryByRole('option', { name: 'Administrator' })).toBeNull();
  });
});
