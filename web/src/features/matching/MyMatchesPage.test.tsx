import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { seekerHandlers } from '../jobs/test/job-handlers';
import { fakeMatchedPosting, fakeSeekerMatches, MATCH_POSTING_ID } from './test/match-fixtures';

// The whole app renders for each test; on a busy machine the first screen takes a while.
configure({ asyncUtilTimeout: 5000 });

const OTHER_ID = '70000000-0000-4000-8000-000000000032';

describe('My matches', () => {
  it('MATCH-1: lists the matched postings with their stars, facts and a "Why these stars" explanation', async () => {
    const api = mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => ({
        body: fakeSeekerMatches([
          fakeMatchedPosting(),
          fakeMatchedPosting({
            postingId: OTHER_ID,
            title: 'Home Health Aide',
            distanceMiles: null,
            payMin: null,
            payMax: null,
            payUnit: null,
            rating: { stars: 2, score: 0.33, findings: [] },
          }),
        ]),
      }),
    });
    renderApp({ path: '/portal' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'My matches' }));
    await screen.findByRole('heading', { level: 1, name: 'My matches' });
    await screen.findByRole('heading', { level: 2, name: '2 matches' });

    const link = screen.getByRole('link', { name: 'Licensed Practical Nurse' });
    expect(link.getAttribute('href')).toBe(`/portal/jobs/${MATCH_POSTING_ID}`);
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('4 of 5 stars')).toBeTruthy();
    expect(within(item).getByText('Bluegrass Care Center')).toBeTruthy();
    expect(within(item).getByText('Lexington, KY')).toBeTruthy();
    expect(within(item).getByText('4.2 miles away')).toBeTruthy();
    expect(within(item).getByText('$24 to $28.50 an hour')).toBeTruthy();
    const other = screen.getByRole('link', { name: 'Home Health Aide' }).closest('li')!;
    expect(within(other as HTMLElement).getByText('2 of 5 stars')).toBeTruthy();
    expect(within(other as HTMLElement).getByText('Pay not listed')).toBeTruthy();

    const why = within(item).getByRole('button', { name: 'Why these stars' });
    expect(why.getAttribute('aria-expanded')).toBe('false');
    await user.click(why);
    expect(why.getAttribute('aria-expanded')).toBe('true');
    const explanation = within(item).getByRole('list', { name: 'What the rating looked at' });
    expect(
      within(explanation)
        .getAllByRole('listitem')
        .map((row) => row.textContent),
    ).toEqual([
      '✓ Met: Same occupation (29-2061.00): 30 months of experience',
      '✗ Not met: CDL class A required: none on record; caps the rating at 2 stars',
      '✓ Met: 4 miles, within the 25-mile radius',
    ]);
    expect(api.requests.find((r) => r.path === '/api/v1/portal/matches')?.url.search).toBe(
      '?minStars=0',
    );
  });

  it('MATCH-1: the rating filter asks for that many stars or more, and says when none are left', async () => {
    const api = mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': (request) =>
        request.url.searchParams.get('minStars') === '5'
          ? { body: fakeSeekerMatches([]) }
          : { body: fakeSeekerMatches([fakeMatchedPosting()]) },
    });
    renderApp({ path: '/portal/matches' });
    await screen.findByRole('heading', { level: 2, name: '1 match' });
    const user = userEvent.setup();
    const select = screen.getByLabelText('Rating') as HTMLSelectElement;
    expect([...select.options].map((o) => o.text)).toEqual([
      'Any rating',
      '1 star or more',
      '2 stars or more',
      '3 stars or more',
      '4 stars or more',
      '5 stars',
    ]);
    await user.selectOptions(select, '5');
    await screen.findByRole('heading', { level: 2, name: '0 matches' });
    expect(screen.getByText(/No matches at this rating/)).toBeTruthy();
    expect(api.requests.at(-1)?.url.searchParams.get('minStars')).toBe('5');
  });

  it('MATCH-1: with no matches, sends the seeker to add work history to their resume', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => ({ body: fakeSeekerMatches([]) }),
    });
    renderApp({ path: '/portal/matches' });
    await screen.findByRole('heading', { level: 3, name: 'No matches yet' });
    expect(
      screen.getByRole('link', { name: 'Add work history to my resume' }).getAttribute('href'),
    ).toBe('/portal/resume');
  });

  it('MATCH-1: in Spanish, the page and its explanations', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => ({ body: fakeSeekerMatches([fakeMatchedPosting()]) }),
    });
    renderApp({ path: '/portal/matches?minStars=3' });
    await screen.findByRole('heading', { level: 2, name: '1 match' });
    expect((screen.getByLabelText('Rating') as HTMLSelectElement).value).toBe('3');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Español' }));
    await screen.findByRole('heading', { level: 1, name: 'Mis coincidencias' });
    expect(screen.getByText('4 de 5 estrellas')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Por qué estas estrellas' }));
    expect(screen.getByText('Misma ocupación (29-2061.00): 30 meses de experiencia')).toBeTruthy();
  });

  it('MATCH-1: a refused request shows the server’s message', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => apiError(404, 'NOT_FOUND', 'No job seeker record.'),
    });
    renderApp({ path: '/portal/matches' });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('No job seeker'));
  });
  it('VET-2: a veteran sees the veteran-priority jobs they were alerted to above the matches', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => ({ body: fakeSeekerMatches([fakeMatchedPosting()]) }),
      'GET /api/v1/portal/veteran-alerts': () => ({
        body: {
          items: [
            {
              postingId: OTHER_ID,
              title: 'Forklift Operator',
              employerName: 'Priority Pallets',
              city: 'Frankfort',
              stars: 5,
              createdAt: '2026-11-23T10:00:00.000Z',
              holdUntil: '2999-01-01T10:00:00.000Z',
            },
          ],
        },
      }),
    });
    renderApp({ path: '/portal/matches' });
    const panel = (await screen.findByRole('heading', { name: 'Veteran priority jobs' })).closest(
      '.usa-alert',
    ) as HTMLElement;
    const link = within(panel).getByRole('link', { name: 'Forklift Operator' });
    expect(link.getAttribute('href')).toBe(`/portal/jobs/${OTHER_ID}`);
    expect(within(panel).getByText('5 of 5 stars')).toBeTruthy();
    expect(panel.textContent).toMatch(/Only veterans can see it until/);
  });

  it('VET-2: without alerts there is no veteran panel', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/matches': () => ({ body: fakeSeekerMatches([fakeMatchedPosting()]) }),
      'GET /api/v1/portal/veteran-alerts': () => ({ body: { items: [] } }),
    });
    renderApp({ path: '/portal/matches' });
    await screen.findByRole('heading', { level: 2, name: '1 match' });
    expect(screen.queryByRole('heading', { name: 'Veteran priority jobs' })).toBeNull();
  });
});
