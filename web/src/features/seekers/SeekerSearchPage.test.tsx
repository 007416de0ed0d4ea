import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from '../../app/AppRoutes';
import { createQueryClient } from '../../app/query-client';
import { fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { SessionProvider } from '../session/SessionProvider';
import { caseManagerSession, fakeSeeker, summaryOf } from './seeker-fixtures';

/** Shows the router's address, which the app never otherwise exposes in a test. */
function AddressProbe() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

function renderWithAddress(path: string) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider initialSession={caseManagerSession()}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <AddressProbe />
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

const placeholder = summaryOf(
  fakeSeeker({
    email: 'no-email-40000000@placeholder.invalid',
    emailIsPlaceholder: true,
    ssnMasked: '***-**-0577',
    ssnIsPseudo: true,
  }),
);

describe('finding a job seeker', () => {
  it('SEEK-3: a search needs at least one criterion, and nothing is sent without one', async () => {
    const api = mockApi({});
    renderApp({ path: '/seekers', session: caseManagerSession() });
    await userEvent.click(await screen.findByRole('button', { name: 'Search' }));

    const summary = await screen.findByRole('alert');
    const message = 'Enter an SSN, a name, an email, a record number or a phone number to search.';
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const group = screen.getByRole('group', { name: 'Search by any of these' });
    expect(group.getAttribute('aria-describedby')).toContain('seeker-search-criteria-error');
    expect(api.requests.filter((r) => r.path === '/api/v1/seekers/search')).toEqual([]);
  });

  it('SEEK-3: the SSN goes in the POST body and never into the page address', async () => {
    const api = mockApi({
      'POST /api/v1/seekers/search': () => ({
        body: { items: [placeholder], page: 1, pageSize: 25, total: 1 },
      }),
    });
    renderWithAddress('/seekers');
    const ssn = await screen.findByRole('textbox', { name: 'Social Security number' });
    expect(ssn.getAttribute('type')).toBe('text');
    expect(ssn.getAttribute('inputmode')).toBe('numeric');
    expect(ssn.getAttribute('autocomplete')).toBe('off');
    await userEvent.type(ssn, '212-45-6789');
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Delores Hayes');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));

    const table = await screen.findByRole('table', { name: 'Job seekers that match the search' });
    expect(within(table).getByRole('link', { name: 'Dolores Haze' })).toBeTruthy();
    expect(within(table).getByText('S-100123')).toBeTruthy();
    expect(within(table).getByText('No email (placeholder)')).toBeTruthy();
    expect(within(table).getByText('Pseudo-SSN')).toBeTruthy();

    const address = screen.getByTestId('address').textContent ?? '';
    expect(address).toBe('/seekers?name=Delores+Hayes');
    const search = api.requests.find((r) => r.path === '/api/v1/seekers/search');
    expect(search?.method).toBe('POST');
    expect(search?.url.search).toBe('');
    expect(search?.body).toMatchObject({ ssn: '212-45-6789', name: 'Delores Hayes', page: 1 });
    for (const request of api.requests) expect(request.url.href).not.toMatch(/6789/);

    // Sorting and paging keep the SSN in the request, still out of the address.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'recent');
    await screen.findByText('/seekers?name=Delores+Hayes&sort=recent');
    expect(api.requests.at(-1)?.body).toMatchObject({ ssn: '212-45-6789', sort: 'recent' });
  });

  it('SEEK-3, SEC-2: the Register button is offered with Add, not with View only', async () => {
    mockApi({});
    const viewer = renderApp({
      path: '/seekers',
      session: fakeSession({ permissions: { seekers: 'view' } }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Find a job seeker' });
    expect(screen.queryByRole('link', { name: 'Register a job seeker' })).toBeNull();
    viewer.unmount();

    renderApp({ path: '/seekers', session: caseManagerSession() });
    await screen.findByRole('heading', { level: 1, name: 'Find a job seeker' });
    expect(screen.getByRole('link', { name: 'Register a job seeker' })).toBeTruthy();
  });
});
