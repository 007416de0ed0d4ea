import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { BSR_ID, bsrSession, EMPLOYER_ID, fakeEmployer, OTHER_ID } from './employer-fixtures';

const path = `/employers/${EMPLOYER_ID}`;
const get = `GET /api/v1/employers/${EMPLOYER_ID}`;
/** JOB-11: the record's labor disputes section, empty in these stories. */
const noDisputes = {
  [`GET /api/v1/employers/${EMPLOYER_ID}/labor-disputes`]: () => ({ body: { items: [] } }),
};

describe('an employer record', () => {
  it('EMP-6: recent activities and notes come first on the record, before the details', async () => {
    mockApi({ ...noDisputes, [get]: () => ({ body: fakeEmployer() }) });
    renderApp({ path, session: bsrSession() });
    const panel = await screen.findByRole('tabpanel', { name: 'General' });
    const headings = within(panel)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    expect(headings[0]).toBe('Before you contact this employer');
    const recent = within(panel).getByRole('region', { name: 'Before you contact this employer' });
    expect(within(recent).getByText('Site visit')).toBeTruthy();
    expect(within(recent).getByText('Toured the bakery line.')).toBeTruthy();
    expect(within(recent).getByText('Owner prefers calls after 2 pm.')).toBeTruthy();

    await userEvent.click(within(recent).getByRole('button', { name: /See all activities \(1\)/ }));
    expect(
      screen.getByRole('tab', { name: 'Activities and notes' }).getAttribute('aria-selected'),
    ).toBe('true');
  });

  it('EMP-1: the FEIN shows as XX-XXXXXXX; a contractor’s statement shows instead of one', async () => {
    mockApi({
      ...noDisputes,
      [get]: () => ({
        body: fakeEmployer({
          fein: null,
          independentContractor: true,
          noFeinNote: 'Stated on March 2 that it has no FEIN.',
        }),
      }),
    });
    renderApp({ path, session: bsrSession() });
    const panel = await screen.findByRole('tabpanel', { name: 'General' });
    expect(within(panel).getByText('None: independent contractor')).toBeTruthy();
    expect(within(panel).getByText('Stated on March 2 that it has no FEIN.')).toBeTruthy();
    expect(screen.getAllByText('Independent contractor').length).toBeGreaterThan(0);
  });

  it('SEC-3: a withheld tab shows as unavailable, and its summary is left out of General', async () => {
    mockApi({
      ...noDisputes,
      [get]: () => ({ body: fakeEmployer({ recentActivities: null, recentNotes: null }) }),
    });
    renderApp({ path, session: bsrSession({ withheldTabs: ['employers.activities'] }) });
    const tablist = await screen.findByRole('tablist', { name: 'Employer record' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['General', 'Contacts and locations', 'Activities and notes (unavailable)']);
    expect(screen.queryByRole('region', { name: 'Before you contact this employer' })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Activities and notes (unavailable)' }));
    expect(screen.getByRole('tabpanel').textContent).toContain(
      'This tab is not available to your role.',
    );
  });

  it('EMP-2: a record is made inactive only with a reason, which is sent with the new status', async () => {
    const employer = fakeEmployer();
    const api = mockApi({
      ...noDisputes,
      ...noDisputes,
      [get]: () => ({ body: employer }),
      [`PATCH /api/v1/employers/${EMPLOYER_ID}/status`]: () => {
        Object.assign(employer, { status: 'inactive', inactivatedReason: 'Closed the plant' });
        return { body: employer };
      },
    });
    renderApp({ path, session: bsrSession({ permissions: { employers: 'change' } }) });
    const open = await screen.findByRole('button', { name: 'Make inactive' });
    await userEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Make Bluegrass Bakery LLC inactive?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make inactive' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for the change' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);

    await userEvent.type(reason, 'Closed the plant');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Make inactive' }));
    await screen.findByText('The record is now inactive.');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      status: 'inactive',
      reason: 'Closed the plant',
    });
    expect(screen.getByText('Reason: Closed the plant')).toBeTruthy();
  });

  it('EMP-3: a record inactivated as a duplicate links to the record that was kept', async () => {
    mockApi({
      ...noDisputes,
      [get]: () => ({
        body: fakeEmployer({
          status: 'inactive',
          mergedIntoId: OTHER_ID,
          inactivatedReason: 'Duplicate of E-100009: it has no job orders or activities.',
        }),
      }),
    });
    renderApp({ path, session: bsrSession() });
    const link = await screen.findByRole('link', { name: 'Open the record that was kept' });
    expect(link.getAttribute('href')).toBe(`/employers/${OTHER_ID}`);
  });

  it('EMP-7: staff make themselves owners; the other owners are told, and an owner can be removed', async () => {
    const owner = {
      staffId: '10000000-0000-4000-8000-000000000009',
      displayName: 'Riley Chen',
      email: 'georgetown.bsr@demo.test',
      addedBy: 'Sam Patel',
      addedAt: '2026-01-06T15:00:00.000Z',
    };
    const employer = fakeEmployer({ owners: [owner] });
    const api = mockApi({
      ...noDisputes,
      ...noDisputes,
      [get]: () => ({ body: employer }),
      [`POST /api/v1/employers/${EMPLOYER_ID}/owners`]: () => {
        employer.owners = [
          ...employer.owners,
          { ...owner, staffId: BSR_ID, displayName: 'Blake Rivera', email: 'bsr@demo.test' },
        ];
        return { status: 201, body: { items: employer.owners } };
      },
      [`DELETE /api/v1/employers/${EMPLOYER_ID}/owners/${owner.staffId}`]: () => {
        employer.owners = employer.owners.filter((o) => o.staffId !== owner.staffId);
        return { body: { items: employer.owners } };
      },
    });
    renderApp({ path, session: bsrSession({ permissions: { employers: 'change' } }) });
    const owners = await screen.findByRole('region', { name: 'Account owners' });
    expect(within(owners).getByRole('rowheader', { name: 'Riley Chen' })).toBeTruthy();
    // EMP-7: a representative finds colleagues without staff administration rights.
    expect(
      within(owners).getByRole('search', { name: 'Find a colleague to add as an owner' }),
    ).toBeTruthy();

    await userEvent.click(within(owners).getByRole('button', { name: 'Make me an owner' }));
    await screen.findByText(
      'Blake Rivera now owns this account too. The other owners are told by email.',
    );
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ staffId: BSR_ID });
    expect(within(owners).queryByRole('button', { name: 'Make me an owner' })).toBeNull();

    await userEvent.click(
      within(owners).getByRole('button', { name: 'Remove Riley Chen as an owner' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Remove Riley Chen as an owner?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    await screen.findByText('Riley Chen no longer owns this account.');
    expect(within(owners).queryByRole('rowheader', { name: 'Riley Chen' })).toBeNull();
  });

  it('SEC-2: a view-only role gets no edit, status or owner actions', async () => {
    mockApi({ ...noDisputes, [get]: () => ({ body: fakeEmployer() }) });
    renderApp({ path, session: fakeSession({ permissions: { employers: 'view' } }) });
    await screen.findByRole('heading', { level: 1, name: 'Bluegrass Bakery LLC (E-100200)' });
    expect(screen.queryByRole('link', { name: 'Edit details' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make inactive' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Make me an owner' })).toBeNull();
  });
});
