import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_OFFICES, fakeSession, fakeStaffDetail } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';

describe('staff detail tabs', () => {
  it('SEC-3: a tab withheld from the role shows as unavailable instead of disappearing', async () => {
    const person = fakeStaffDetail({ grants: ['program_enrollment', 'ssn_reveal'] });
    mockApi({
      [`GET /api/v1/admin/staff/${person.id}`]: () => ({ body: person }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      'GET /api/v1/admin/staff/role-options': () => ({ body: { items: [] } }),
    });
    renderApp({
      path: `/admin/staff/${person.id}`,
      session: fakeSession({ withheldTabs: ['staff.grants'] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Casey Morgan' });

    const tabs = within(screen.getByRole('tablist', { name: 'Account details' })).getAllByRole(
      'tab',
    );
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      'General',
      'Offices',
      'Training grants (unavailable)',
    ]);

    await userEvent.click(screen.getByRole('tab', { name: 'Training grants (unavailable)' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.textContent).toContain('This tab is not available to your role.');
    expect(within(panel).queryByText('Reveal full SSN')).toBeNull();
    expect(within(panel).queryByRole('checkbox')).toBeNull();
  });

  it('SEC-3: the first available tab is selected and the others are reachable with arrow keys', async () => {
    const person = fakeStaffDetail();
    mockApi({
      [`GET /api/v1/admin/staff/${person.id}`]: () => ({ body: person }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      'GET /api/v1/admin/staff/role-options': () => ({ body: { items: [] } }),
    });
    renderApp({
      path: `/admin/staff/${person.id}`,
      session: fakeSession({ withheldTabs: ['staff.general'] }),
    });
    const offices = await screen.findByRole('tab', { name: 'Offices' });
    expect(offices.getAttribute('aria-selected')).toBe('true');
    offices.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Training grants' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(
      within(screen.getByRole('tabpanel')).getByRole('checkbox', { name: 'Program enrollment' }),
    ).toBeTruthy();
  });
});
