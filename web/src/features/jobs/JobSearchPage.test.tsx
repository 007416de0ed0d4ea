import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { fakeHit, fakeResult, POSTING_ID } from './test/job-fixtures';
import { visitorHandlers } from './test/job-handlers';

const searches = (api: ReturnType<typeof mockApi>, path = '/api/v1/jobs') =>
  api.requests.filter((r) => r.path === path).map((r) => Object.fromEntries(r.url.searchParams));

describe('the public job board', () => {
  it('SEEK-11: runs the search in the address, shows the results with highlights, and a new search changes the address', async () => {
    const api = mockApi({
      ...visitorHandlers,
      'GET /api/v1/jobs': (request) =>
        request.url.searchParams.get('q') === 'nurse'
          ? { body: fakeResult([]) }
          : { body: fakeResult([fakeHit()], 1) },
    });
    renderApp({ path: '/jobs?q=forklift&zip=40601&sort=distance' });

    const heading = await screen.findByRole('heading', { level: 2, name: '1 job' });
    expect(heading.getAttribute('aria-live')).toBe('polite');
    expect(searches(api)[0]).toEqual({
      q: 'forklift',
      zip: '40601',
      radiusMiles: '25',
      sort: 'distance',
      page: '1',
      pageSize: '20',
    });
    expect((screen.getByLabelText('Keywords') as HTMLInputElement).value).toBe('forklift');
    expect((screen.getByLabelText('ZIP code') as HTMLInputElement).value).toBe('40601');
    expect((screen.getByLabelText('Distance') as HTMLSelectElement).value).toBe('25');
    expect((screen.getByLabelText('Sort by') as HTMLSelectElement).value).toBe('distance');

    const link = screen.getByRole('link', { name: 'Forklift Operator' });
    expect(link.getAttribute('href')).toBe(`/jobs/${POSTING_ID}`);
    expect(link.querySelector('mark')?.textContent).toBe('Forklift');
    const item = link.closest('li') as HTMLElement;
    expect(item.querySelector('.usa-collection__description mark')?.textContent).toBe('forklift');
    for (const text of [
      'Bluegrass Distribution',
      'Frankfort, KY 40601',
      '3.2 miles away',
      '$17 to $19.50 an hour',
      'Day shift',
      'Full time',
    ])
      expect(within(item).getByText(text)).toBeTruthy();
    expect(within(item).getByText(/^Posted Nov 20, 2026$/)).toBeTruthy();

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Keywords'));
    await user.type(screen.getByLabelText('Keywords'), 'nurse');
    await user.clear(screen.getByLabelText('ZIP code'));
    await user.selectOptions(screen.getByLabelText('Occupation or job family'), '29');
    await user.click(screen.getByRole('button', { name: 'Search' }));

    await screen.findByRole('heading', { level: 2, name: '0 jobs' });
    expect(screen.getByText('No jobs match this search.')).toBeTruthy();
    // Without a ZIP, neither the radius nor sorting by distance is sent.
    expect(searches(api).at(-1)).toEqual({
      q: 'nurse',
      occupation: '29',
      sort: 'relevance',
      page: '1',
      pageSize: '20',
    });
    expect(
      screen.getByRole('option', { name: 'Healthcare practitioners and technical' }),
    ).toBeTruthy();
  });

  it('SEEK-11: an unknown ZIP code is shown on the ZIP field, from the server', async () => {
    mockApi({
      ...visitorHandlers,
      'GET /api/v1/jobs': () =>
        apiError(400, 'VALIDATION_FAILED', 'Check the search.', [
          {
            path: 'zip',
            message: 'We do not know the ZIP code 99999. Check it, or search without one.',
          },
        ]),
    });
    renderApp({ path: '/jobs?zip=99999' });
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: /We do not know the ZIP code 99999/ }),
    ).toBeTruthy();
    const zip = screen.getByLabelText('ZIP code');
    expect(zip.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${zip.id}-error`)?.textContent).toContain('99999');
    expect(screen.queryByRole('heading', { level: 2, name: /jobs?$/ })).toBeNull();
  });

  it('SEEK-11: a ZIP code that is not 5 digits is refused before searching', async () => {
    const api = mockApi({
      ...visitorHandlers,
      'GET /api/v1/jobs': () => ({ body: fakeResult([]) }),
    });
    renderApp({ path: '/jobs' });
    await screen.findByRole('heading', { level: 2, name: '0 jobs' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('ZIP code'), '406');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(
      await screen.findByText('Enter a 5-digit ZIP code, like 40601.', { selector: 'a' }),
    ).toBeTruthy();
    expect(searches(api)).toHaveLength(1);
  });

  it('SEEK-11: pages through the results with USWDS pagination', async () => {
    const api = mockApi({
      ...visitorHandlers,
      'GET /api/v1/jobs': () => ({ body: fakeResult([fakeHit()], 45) }),
    });
    renderApp({ path: '/jobs?q=forklift' });
    await screen.findByRole('heading', { level: 2, name: '45 jobs' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await screen.findByRole('button', { name: 'Page 2', current: 'page' });
    expect(searches(api).at(-1)).toMatchObject({ q: 'forklift', page: '2' });
  });
});

describe('job search for staff', () => {
  it('SEEK-11, JOB-9: staff see reserved postings tagged, linking to the posting record', async () => {
    const api = mockApi({
      'GET /api/v1/job-search': () => ({ body: fakeResult([fakeHit({ reserved: true })], 1) }),
    });
    renderApp({
      path: '/job-search?q=forklift',
      session: fakeSession({ permissions: { postings: 'view' } }),
    });
    const link = await screen.findByRole('link', { name: 'Forklift Operator' });
    expect(link.getAttribute('href')).toBe(`/postings/${POSTING_ID}`);
    expect(within(link.closest('h3') as HTMLElement).getByText('Reserved')).toBeTruthy();
    expect(searches(api, '/api/v1/job-search')[0]).toMatchObject({ q: 'forklift' });
  });

  it('SEC-2: staff without View on postings are told they have no access', async () => {
    mockApi({});
    renderApp({ path: '/job-search', session: fakeSession({ permissions: { seekers: 'view' } }) });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeTruthy();
  });
});
