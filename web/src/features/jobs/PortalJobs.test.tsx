import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { PORTAL_CSRF } from '../portal/test/portal-fixtures';
import {
  fakeHit,
  fakePosting,
  fakeResult,
  fakeSavedJob,
  fakeSavedSearch,
  POSTING_ID,
} from './test/job-fixtures';
import { seekerHandlers, visitorHandlers } from './test/job-handlers';

describe('job search in the seeker portal', () => {
  it('SEEK-11: saves the search in the address with a name and daily email, and says where to find it', async () => {
    let attempts = 0;
    const api = mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/jobs': () => ({ body: fakeResult([fakeHit()], 1) }),
      'POST /api/v1/portal/saved-searches': (request) =>
        ++attempts === 1
          ? apiError(400, 'VALIDATION_FAILED', 'Check the name.', [
              { path: 'name', message: 'You already have a search with this name.' },
            ])
          : {
              status: 201,
              body: fakeSavedSearch({ name: (request.body as { name: string }).name }),
            },
    });
    renderApp({ path: '/portal/jobs?q=forklift&zip=40601' });
    await screen.findByRole('heading', { level: 2, name: '1 job' });
    expect(screen.getByRole('link', { name: 'Forklift Operator' }).getAttribute('href')).toBe(
      `/portal/jobs/${POSTING_ID}`,
    );

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save this search' }));
    const dialog = screen.getByRole('dialog', { name: 'Save this search' });
    const name = within(dialog).getByLabelText('Name') as HTMLInputElement;
    expect(name.value).toBe('“forklift”; within 25 miles of 40601');
    expect(document.activeElement).toBe(name);
    const alerts = within(dialog).getByLabelText(/Email me new jobs daily/) as HTMLInputElement;
    expect(alerts.checked).toBe(true);

    await user.clear(name);
    await user.type(name, 'Forklift near Frankfort');
    await user.click(within(dialog).getByRole('button', { name: 'Save search' }));
    expect(
      await within(dialog).findByText('You already have a search with this name.', {
        selector: 'a',
      }),
    ).toBeTruthy();

    await user.click(within(dialog).getByRole('button', { name: 'Save search' }));
    await screen.findByText('Search saved as “Forklift near Frankfort”.', { exact: false });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('link', { name: 'See your saved searches' }).getAttribute('href')).toBe(
      '/portal/saved',
    );
    const post = api.requests.filter((r) => r.method === 'POST').at(-1);
    expect(post?.headers['x-csrf-token']).toBe(PORTAL_CSRF);
    expect(post?.body).toEqual({
      name: 'Forklift near Frankfort',
      alertsEnabled: true,
      criteria: { q: 'forklift', zip: '40601', radiusMiles: 25 },
    });
  });

  it('SEEK-11: a seeker saves a job from its page and can remove it again', async () => {
    let saved = false;
    const api = mockApi({
      ...seekerHandlers,
      [`GET /api/v1/portal/jobs/${POSTING_ID}`]: () => ({ body: fakePosting({ saved }) }),
      [`PUT /api/v1/portal/saved-jobs/${POSTING_ID}`]: () => {
        saved = true;
        return { body: { ok: true } };
      },
      [`DELETE /api/v1/portal/saved-jobs/${POSTING_ID}`]: () => {
        saved = false;
        return { body: { ok: true } };
      },
    });
    renderApp({ path: `/portal/jobs/${POSTING_ID}` });
    await screen.findByRole('heading', { level: 1, name: 'Forklift Operator' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Save this job' }));
    await screen.findByRole('button', { name: 'Remove from saved jobs' });
    expect(screen.getByText('Job saved. You can find it on your saved jobs page.')).toBeTruthy();
    expect(api.requests.find((r) => r.method === 'PUT')?.headers['x-csrf-token']).toBe(PORTAL_CSRF);
    await user.click(screen.getByRole('button', { name: 'Remove from saved jobs' }));
    await screen.findByRole('button', { name: 'Save this job' });
    expect(screen.getByText('Removed from your saved jobs.')).toBeTruthy();
  });
});

describe('the saved jobs and searches page', () => {
  it('SEEK-11: lists saved jobs (one no longer posted) and removes one', async () => {
    let jobs = [
      fakeSavedJob(),
      fakeSavedJob({
        postingId: '70000000-0000-4000-8000-000000000002',
        title: 'Night Loader',
        onBoard: false,
      }),
    ];
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/saved-jobs': () => ({ body: { items: jobs } }),
      'GET /api/v1/portal/saved-searches': () => ({ body: { items: [] } }),
      [`DELETE /api/v1/portal/saved-jobs/${POSTING_ID}`]: () => {
        jobs = jobs.filter((job) => job.postingId !== POSTING_ID);
        return { body: { ok: true } };
      },
    });
    renderApp({ path: '/portal/saved' });
    const link = await screen.findByRole('link', { name: 'Forklift Operator' });
    expect(link.getAttribute('href')).toBe(`/portal/jobs/${POSTING_ID}`);
    // A job that left the board is not a link, and says so.
    const gone = screen.getByRole('heading', { level: 3, name: 'Night Loader' });
    expect(within(gone).queryByRole('link')).toBeNull();
    expect(within(gone.closest('li') as HTMLElement).getByText('No longer posted')).toBeTruthy();
    expect(screen.getByText(/You have not saved any searches yet/)).toBeTruthy();

    const user = userEvent.setup();
    const removes = screen.getAllByRole('button', { name: 'Remove' });
    expect(removes[0]!.getAttribute('aria-describedby')).toBe(`saved-job-${POSTING_ID}`);
    await user.click(removes[0]!);
    await screen.findByText('“Forklift Operator” was removed from your saved jobs.');
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Forklift Operator' })).toBeNull(),
    );
  });

  it('SEEK-11: runs, renames, turns off the daily email of, and deletes a saved search', async () => {
    let search = fakeSavedSearch({ criteria: { q: 'forklift', zip: '40601', radiusMiles: 10 } });
    let items = [search];
    const api = mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/saved-jobs': () => ({ body: { items: [] } }),
      'GET /api/v1/portal/saved-searches': () => ({ body: { items } }),
      [`PATCH /api/v1/portal/saved-searches/${search.id}`]: (request) => {
        search = { ...search, ...(request.body as object) };
        items = [search];
        return { body: search };
      },
      [`DELETE /api/v1/portal/saved-searches/${search.id}`]: () => {
        items = [];
        return { body: { ok: true } };
      },
    });
    renderApp({ path: '/portal/saved' });
    await screen.findByRole('heading', { level: 3, name: 'Forklift near Frankfort' });
    expect(screen.getByText('“forklift”; within 10 miles of 40601')).toBeTruthy();
    expect(screen.getByText('Daily email on')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the jobs' }).getAttribute('href')).toBe(
      '/portal/jobs?q=forklift&zip=40601&radiusMiles=10',
    );
    expect(screen.getByText(/You have not saved any jobs yet/)).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Turn off daily email' }));
    await screen.findByText('Daily email is off for “Forklift near Frankfort”.');
    await screen.findByText('Daily email off');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({ alertsEnabled: false });

    await user.click(screen.getByRole('button', { name: 'Rename' }));
    const newName = screen.getByLabelText('New name');
    await user.clear(newName);
    await user.type(newName, 'Forklift, Frankfort');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByRole('heading', { level: 3, name: 'Forklift, Frankfort' });
    expect(screen.getByText('The search is now called “Forklift, Frankfort”.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Forklift, Frankfort”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await screen.findByText('“Forklift, Frankfort” was deleted.');
    await screen.findByText(/You have not saved any searches yet/);
  });
});

describe('a posting on the public board', () => {
  it('JOB-11, SEEK-11: shows the labor-dispute statement first, the posting in plain words, and "Sign in to save this job"', async () => {
    mockApi({
      ...visitorHandlers,
      [`GET /api/v1/jobs/${POSTING_ID}`]: () => ({
        body: fakePosting({
          laborDisputeStatement: 'A labor dispute (strike) is in progress at this employer.',
          contactUrl: 'javascript:alert(1)',
        }),
      }),
    });
    renderApp({ path: `/jobs/${POSTING_ID}` });
    await screen.findByRole('heading', { level: 1, name: 'Forklift Operator' });
    const dispute = screen.getByRole('region', { name: 'Labor dispute at this employer' });
    expect(dispute.textContent).toContain('A labor dispute (strike) is in progress');
    const main = screen.getByRole('main');
    for (const text of [
      '$17 to $19.50 an hour',
      '40 hours',
      'Monday, Tuesday, Wednesday, Thursday, Friday',
      'At least 1 year',
      'High school diploma',
      'On a public transportation route',
      'Apply in person at the warehouse office.',
      '3 openings',
      'Apply by Dec 31, 2026',
    ])
      expect(within(main).getByText(text)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'jobs@bluegrass.example' }).getAttribute('href')).toBe(
      'mailto:jobs@bluegrass.example',
    );
    // A script address is not made a link.
    expect(screen.queryByRole('link', { name: /employer’s website/ })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Sign in to save this job' }).getAttribute('href'),
    ).toBe('/portal/login');
  });

  it('SEEK-11: keeps one JSON-LD JobPosting in the page, replacing the one the server put there', async () => {
    const server = document.createElement('script');
    server.type = 'application/ld+json';
    server.textContent = JSON.stringify({ '@type': 'JobPosting', title: 'Another job' });
    document.head.appendChild(server);
    mockApi({
      ...visitorHandlers,
      [`GET /api/v1/jobs/${POSTING_ID}`]: () => ({
        body: fakePosting({ jsonLd: { '@type': 'JobPosting', title: '</script><b>x</b>' } }),
      }),
    });
    const page = renderApp({ path: `/jobs/${POSTING_ID}` });
    await screen.findByRole('heading', { level: 1, name: 'Forklift Operator' });
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.textContent).not.toContain('</script>');
    expect(JSON.parse(scripts[0]!.textContent ?? '')).toEqual({
      '@type': 'JobPosting',
      title: '</script><b>x</b>',
    });
    page.unmount();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it('SEEK-11: a posting no longer on the board says so', async () => {
    mockApi({
      ...visitorHandlers,
      [`GET /api/v1/jobs/${POSTING_ID}`]: () =>
        apiError(404, 'NOT_FOUND', 'This job is no longer posted.'),
    });
    renderApp({ path: `/jobs/${POSTING_ID}` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This job is not posted' }),
    ).toBeTruthy();
  });
});
