import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, EMPLOYER_ID, fakeEmployer } from './employer-fixtures';

describe('editing an employer', () => {
  it('EMP-1: only changed fields are sent; an emptied field is cleared; becoming a contractor clears the FEIN', async () => {
    const employer = fakeEmployer();
    const api = mockApi({
      [`GET /api/v1/employers/${EMPLOYER_ID}`]: () => ({ body: employer }),
      [`PATCH /api/v1/employers/${EMPLOYER_ID}`]: () => ({ body: employer }),
    });
    renderApp({
      path: `/employers/${EMPLOYER_ID}/edit`,
      session: bsrSession({ permissions: { employers: 'change' } }),
    });
    const trade = await screen.findByRole('textbox', { name: 'Trade name (doing business as)' });
    expect((screen.getByRole('textbox', { name: 'FEIN' }) as HTMLInputElement).value).toBe(
      '61-1234567',
    );
    await userEvent.clear(trade);
    await userEvent.click(
      screen.getByRole('checkbox', { name: /This employer is an independent contractor/ }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'The employer’s statement that it has no FEIN' }),
      'Stated by phone that it has none.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('The changes were saved.');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      tradeName: null,
      independentContractor: true,
      fein: null,
      noFeinNote: 'Stated by phone that it has none.',
    });
  });

  it('SEC-2: editing needs Change', async () => {
    mockApi({});
    renderApp({
      path: `/employers/${EMPLOYER_ID}/edit`,
      session: bsrSession({ permissions: { employers: 'view' } }),
    });
    await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' });
  });
});
