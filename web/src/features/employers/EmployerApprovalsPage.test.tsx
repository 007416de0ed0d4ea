import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_OFFICES, OFFICES } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import {
  bsrSession,
  centralSession,
  EMPLOYER_ID,
  fakeEmployer,
  OTHER_ID,
  paged,
  summaryOf,
} from './employer-fixtures';

const pending = (id: string, name: string, office: { id: string; name: string } | null) => ({
  ...summaryOf(
    fakeEmployer({
      id,
      legalName: name,
      status: 'pending_approval',
      source: 'self_service',
      office,
    }),
  ),
  createdAt: '2026-02-01T15:00:00.000Z',
});

describe('approving self-registered employers', () => {
  it('EMP-5: without the central-office grant the page says so and asks the server nothing', async () => {
    const api = mockApi({});
    renderApp({
      path: '/employers/approvals',
      session: bsrSession({ permissions: { employers: 'delete' } }),
    });
    await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' });
    expect(screen.getByText(/Only central-office staff approve employers/)).toBeTruthy();
    expect(api.requests.filter((r) => r.path.startsWith('/api/v1/employers'))).toEqual([]);
  });

  it('EMP-5: central office approves one (naming the office) and rejects another with a reason', async () => {
    let queue = [
      pending(EMPLOYER_ID, 'Bluegrass Bakery LLC', null),
      pending(OTHER_ID, 'Not A Real Co', { id: OFFICES.london.id, name: OFFICES.london.name }),
    ];
    const decide = (id: string) => {
      const decided = queue.find((e) => e.id === id)!;
      queue = queue.filter((e) => e.id !== id);
      return { body: decided };
    };
    const api = mockApi({
      'GET /api/v1/employers/approval-queue': () => ({ body: paged(queue) }),
      'GET /api/v1/offices': () => ({ body: { items: ALL_OFFICES } }),
      [`POST /api/v1/employers/${EMPLOYER_ID}/approve`]: () => decide(EMPLOYER_ID),
      [`POST /api/v1/employers/${OTHER_ID}/reject`]: () => decide(OTHER_ID),
    });
    renderApp({ path: '/employers/approvals', session: centralSession() });
    const table = await screen.findByRole('table', {
      name: 'Employers waiting for approval, oldest first',
    });
    expect(within(table).getByText('None chosen')).toBeTruthy();

    await userEvent.click(
      within(table).getByRole('button', { name: 'Approve Bluegrass Bakery LLC (E-100200)' }),
    );
    let dialog = screen.getByRole('dialog', { name: 'Approve Bluegrass Bakery LLC?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    const office = within(dialog).getByRole('combobox', {
      name: 'Office that will serve the employer',
    });
    expect(office.getAttribute('aria-invalid')).toBe('true');
    await within(office).findByRole('option', { name: OFFICES.georgetown.name });
    await userEvent.selectOptions(office, OFFICES.georgetown.id);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Approve' }));
    const notice = await screen.findByText(
      'Bluegrass Bakery LLC (E-100200) was approved and is now active.',
    );
    expect(api.requests.find((r) => r.path.endsWith('/approve'))?.body).toEqual({
      officeId: OFFICES.georgetown.id,
    });
    expect(document.activeElement?.contains(notice)).toBe(true);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Reject Not A Real Co (E-100200)' }),
    );
    dialog = screen.getByRole('dialog', { name: 'Reject the registration of Not A Real Co?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for rejecting' });
    expect(document.activeElement).toBe(reason);
    await userEvent.type(reason, 'Test registration');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reject' }));
    await screen.findByText('The registration of Not A Real Co (E-100200) was rejected.');
    expect(api.requests.find((r) => r.path.endsWith('/reject'))?.body).toEqual({
      reason: 'Test registration',
    });
    expect(await screen.findByText('No employers are waiting for approval.')).toBeTruthy();
  });
});
