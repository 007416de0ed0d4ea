import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, fakeEmployer, OTHER_ID, paged, summaryOf } from './employer-fixtures';
import { renderWithAddress } from './test-render';

const bakery = summaryOf(fakeEmployer({ fein: '611234567' }));
const contractor = summaryOf(
  fakeEmployer({
    id: OTHER_ID,
    recordNumber: 100201,
    legalName: 'Bluegrass Bakery',
    tradeName: null,
    fein: null,
    independentContractor: true,
    status: 'pending_approval',
    source: 'self_service',
  }),
);

describe('finding an employer', () => {
  it('EMP-2: a search needs at least one criterion, and nothing is sent without one', async () => {
    const api = mockApi({});
    renderApp({ path: '/employers', session: bsrSession() });
    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter an employer name, a contact name, a FEIN or a contact email to search.',
      }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    expect(api.requests.filter((r) => r.path === '/api/v1/employers/search')).toEqual([]);
  });

  it('EMP-2: a FEIN must be its 9 digits before anything is sent', async () => {
    const api = mockApi({});
    renderApp({ path: '/employers', session: bsrSession() });
    await userEvent.type(await screen.findByRole('textbox', { name: 'FEIN' }), '61-12345');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter the 9 digits of the FEIN, like 12-3456789.',
      }),
    ).toBeTruthy();
    expect(api.requests).toEqual([]);
  });

  it('EMP-1, EMP-2: results show the record number, the FEIN as XX-XXXXXXX and the status; the criteria go in the address', async () => {
    const api = mockApi({
      'POST /api/v1/employers/search': () => ({ body: paged([bakery, contractor]) }),
    });
    renderWithAddress('/employers', bsrSession());
    await userEvent.type(await screen.findByRole('textbox', { name: 'Employer name' }), 'Bluegras');
    await userEvent.type(screen.getByRole('textbox', { name: 'Contact name' }), 'Maria');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    const table = await screen.findByRole('table', { name: 'Employers that match the search' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]!).getByRole('link', { name: 'Bluegrass Bakery LLC' })).toBeTruthy();
    expect(within(rows[1]!).getByText('E-100200')).toBeTruthy();
    expect(within(rows[1]!).getByText('61-1234567')).toBeTruthy();
    expect(within(rows[1]!).getByText('Active')).toBeTruthy();
    expect(within(rows[2]!).getByText('None: independent contractor')).toBeTruthy();
    expect(within(rows[2]!).getByText('Waiting for approval')).toBeTruthy();
    expect(within(rows[2]!).getByText('Self-registered')).toBeTruthy();

    expect(screen.getByTestId('address').textContent).toBe(
      '/employers?name=Bluegras&contact=Maria',
    );
    expect(api.requests.find((r) => r.path === '/api/v1/employers/search')?.body).toMatchObject({
      name: 'Bluegras',
      contactName: 'Maria',
      sort: 'relevance',
      page: 1,
    });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'name');
    await screen.findByText('/employers?name=Bluegras&contact=Maria&sort=name');
    expect(api.requests.at(-1)?.body).toMatchObject({ sort: 'name' });
  });

  it('EMP-3: Resolve duplicates needs two selected records, then opens the plan for them', async () => {
    mockApi({ 'POST /api/v1/employers/search': () => ({ body: paged([bakery, contractor]) }) });
    renderWithAddress(
      '/employers?name=Bluegrass',
      bsrSession({ permissions: { employers: 'change' } }),
    );
    await screen.findByRole('table', { name: 'Employers that match the search' });

    const resolve = screen.getByRole('button', { name: /Resolve duplicates/ });
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select Bluegrass Bakery LLC (E-100200)' }),
    );
    await userEvent.click(resolve);
    const error = await screen.findByRole('alert');
    expect(error.textContent).toBe(
      'Select at least two records of the same employer to resolve duplicates.',
    );
    expect(screen.getByTestId('address').textContent).toBe('/employers?name=Bluegrass');

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select Bluegrass Bakery (E-100201)' }),
    );
    expect(resolve.textContent).toBe('Resolve duplicates (2 selected)');
    await userEvent.click(resolve);
    expect(screen.getByTestId('address').textContent).toBe(
      `/employers/duplicates?ids=${bakery.id},${contractor.id}`,
    );
  });

  it('EMP-2, SEC-2: Add an employer needs Add; picking duplicates needs Change', async () => {
    mockApi({ 'POST /api/v1/employers/search': () => ({ body: paged([bakery]) }) });
    const viewer = renderApp({
      path: '/employers?name=Bluegrass',
      session: fakeSession({ permissions: { employers: 'view' } }),
    });
    await screen.findByRole('table', { name: 'Employers that match the search' });
    expect(screen.queryByRole('link', { name: 'Add an employer' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Resolve duplicates/ })).toBeNull();
    viewer.unmount();

    renderApp({ path: '/employers?name=Bluegrass', session: bsrSession() });
    await screen.findByRole('table', { name: 'Employers that match the search' });
    expect(screen.getAllByRole('link', { name: 'Add an employer' }).length).toBe(2);
  });
});
