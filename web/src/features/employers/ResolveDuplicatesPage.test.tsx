import type { EmployerDuplicatePlan } from '@onestop/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { bsrSession, EMPLOYER_ID, fakeEmployer, OTHER_ID, summaryOf } from './employer-fixtures';
import { renderWithAddress } from './test-render';

const work = {
  activities: 4,
  jobOrders: 2,
  openJobOrders: 1,
  oldestOpenOrderDate: '2026-01-10',
  hasSelfServiceAccount: true,
};
const plan: EmployerDuplicatePlan = {
  survivor: { ...summaryOf(fakeEmployer()), ...work },
  toInactivate: [
    {
      ...summaryOf(
        fakeEmployer({ id: OTHER_ID, recordNumber: 100300, legalName: 'Blue Grass Bakery' }),
      ),
      activities: 0,
      jobOrders: 0,
      openJobOrders: 0,
      oldestOpenOrderDate: null,
      hasSelfServiceAccount: false,
      reason: 'it has no job orders or activities',
    },
  ],
  contactsToCopy: [
    {
      fromEmployerId: OTHER_ID,
      contactId: '54000000-0000-4000-8000-000000000009',
      firstName: 'Sam',
      lastName: 'Ortiz',
      email: 'sam@example.test',
    },
  ],
};
const session = bsrSession({ permissions: { employers: 'change' } });
const path = `/employers/duplicates?ids=${OTHER_ID},${EMPLOYER_ID}`;

describe('resolving duplicate employers', () => {
  it('EMP-3: the plan says which record stays, which goes and why, and the contacts that move; confirming resolves it', async () => {
    const api = mockApi({
      'POST /api/v1/employers/duplicates/plan': () => ({ body: plan }),
      'POST /api/v1/employers/duplicates/resolve': () => ({
        body: { survivorId: EMPLOYER_ID, inactivatedIds: [OTHER_ID], contactsCopied: 1 },
      }),
      [`GET /api/v1/employers/${EMPLOYER_ID}`]: () => ({ body: fakeEmployer() }),
    });
    renderWithAddress(path, session);
    const kept = await screen.findByRole('region', { name: 'The record that stays: E-100200' });
    expect(within(kept).getByText('4 activities, 2 job orders (1 open)')).toBeTruthy();
    expect(within(kept).getByRole('cell', { name: 'Yes' })).toBeTruthy();
    const gone = screen.getByRole('region', { name: '1 record will be made inactive' });
    expect(
      within(gone).getByRole('cell', { name: 'it has no job orders or activities' }),
    ).toBeTruthy();
    expect(screen.getByText(/Sam Ortiz, from E-100300/).textContent).toContain('sam@example.test');
    expect(api.requests[0]?.body).toEqual({ ids: [OTHER_ID, EMPLOYER_ID] });

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Comment for the notes' }),
      'Same owner, same address.',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Keep E-100200 and make 1 record inactive' }),
    );
    await screen.findByText(
      'Duplicates resolved: E-100200 is kept and 1 record was made inactive. 1 contact was copied to it.',
    );
    expect(api.requests.find((r) => r.path.endsWith('/resolve'))?.body).toEqual({
      ids: [OTHER_ID, EMPLOYER_ID],
      survivorId: EMPLOYER_ID,
      comment: 'Same owner, same address.',
    });
    expect(screen.getByTestId('address').textContent).toBe(`/employers/${EMPLOYER_ID}`);
  });

  it('EMP-3: when the server cannot plan (two records with the employer’s own sign-in), it says why', async () => {
    mockApi({
      'POST /api/v1/employers/duplicates/plan': () =>
        apiError(
          422,
          'RULE_VIOLATION',
          'E-100200 and E-100300 each hold an employer’s own sign-in.',
        ),
    });
    renderWithAddress(path, session);
    expect((await screen.findByRole('alert')).textContent).toContain(
      'each hold an employer’s own sign-in',
    );
    expect(screen.getByRole('link', { name: 'Back to the employer search' })).toBeTruthy();
  });
});
