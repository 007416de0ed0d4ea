import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeSession, fakeStaffDetail, ALL_OFFICES } from '../test/fixtures';
import { mockApi } from '../test/mock-api';
import { renderApp } from '../test/render';

function navLinks() {
  const nav = screen.getByRole('navigation', { name: 'Primary navigation' });
  return within(nav)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

describe('navigation and actions by permission', () => {
  it('SEC-2: an administrator sees Staff, Roles, Audit log and Mail outbox in the navigation', async () => {
    renderApp({ session: fakeSession() });
    await screen.findByRole('heading', { level: 1, name: 'Welcome, Avery' });
    expect(navLinks()).toEqual(['Home', 'Staff', 'Roles', 'Audit log', 'Mail outbox']);
  });

  it('SEC-2, SEEK-11: View on postings brings Job search into the navigation', async () => {
    renderApp({ session: fakeSession({ permissions: { seekers: 'view', postings: 'view' } }) });
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toContain('Job search');
    expect(navLinks()).not.toContain('Mail outbox');
  });

  it('SEC-2, JOB-1: View on postings brings Job orders into the navigation', async () => {
    renderApp({ session: fakeSession({ permissions: { postings: 'view' } }) });
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toContain('Job orders');
  });

  it('SEC-2: navigation hides the admin areas from a user who lacks View on them', async () => {
    const caseManager = fakeSession({
      role: {
        id: '20000000-0000-4000-8000-000000000002',
        key: 'case_manager',
        name: 'Case Manager',
        scope: 'office',
      },
      permissions: { seekers: 'add', services: 'add' },
    });
    renderApp({ session: caseManager });
    await screen.findByRole('heading', { level: 1 });
    expect(navLinks()).toEqual(['Home', 'Job seekers']);
    expect(screen.queryByRole('link', { name: 'Manage accounts' })).toBeNull();
    expect(screen.getAllByText('Coming soon').length).toBe(1);
    expect(screen.getByRole('link', { name: 'Find a job seeker' })).toBeTruthy();
  });

  it('SEC-2: typing the address of a page the role lacks shows "no access", not the page', async () => {
    mockApi({});
    renderApp({
      path: '/admin/roles',
      session: fakeSession({ permissions: { 'admin.staff': 'view' } }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeTruthy();
  });

  it('SEC-2: a view-only user sees no Add button and read-only details without actions', async () => {
    const person = fakeStaffDetail();
    mockApi({
      'GET /api/v1/admin/staff': () => ({
        body: { items: [person], page: 1, pageSize: 25, total: 1 },
      }),
      [`GET /api/v1/admin/staff/${person.id}`]: () => ({ body: person }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
    });
    const viewer = fakeSession({ permissions: { 'admin.staff': 'view', audit: 'view' } });
    const list = renderApp({ path: '/admin/staff', session: viewer });
    await screen.findByRole('link', { name: 'Casey Morgan' });
    expect(screen.queryByRole('link', { name: 'Add staff member' })).toBeNull();
    list.unmount();

    renderApp({ path: `/admin/staff/${person.id}`, session: viewer });
    await screen.findByRole('heading', { level: 1, name: 'Casey Morgan' });
    for (const name of ['Deactivate', 'Reactivate', 'Unlock', 'Set new password', 'Save changes']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('AR-2024-001')).toBeTruthy();
  });

  it('SEC-2: change level shows edit and password but not Deactivate, which needs delete', async () => {
    const person = fakeStaffDetail({ locked: true });
    mockApi({
      [`GET /api/v1/admin/staff/${person.id}`]: () => ({ body: person }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
    });
    renderApp({
      path: `/admin/staff/${person.id}`,
      session: fakeSession({ permissions: { 'admin.staff': 'change' } }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Casey Morgan' });
    expect(screen.getByRole('button', { name: 'Unlock' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Set new password' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Name' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Deactivate' })).toBeNull();
  });

  it('SEC-2: delete level shows Deactivate for another person', async () => {
    const person = fakeStaffDetail();
    mockApi({
      [`GET /api/v1/admin/staff/${person.id}`]: () => ({ body: person }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      'GET /api/v1/admin/roles': () => ({ body: { items: [] } }),
    });
    renderApp({ path: `/admin/staff/${person.id}`, session: fakeSession() });
    expect(await screen.findByRole('button', { name: 'Deactivate' })).toBeTruthy();
  });
});
