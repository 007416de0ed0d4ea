import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession } from '../employers/employer-fixtures';
import { fakePosting, POSTING_ID } from '../postings/posting-fixtures';
import { caseManagerSession, fakeSeeker, SEEKER_ID } from '../seekers/seeker-fixtures';
import {
  fakeCandidate,
  fakeCandidates,
  fakeMatchedPosting,
  fakeSeekerMatches,
  MATCH_POSTING_ID,
  MATCH_SEEKER_ID,
} from './test/match-fixtures';

// The whole app renders for each test; on a busy machine the first screen takes a while.
configure({ asyncUtilTimeout: 5000 });

const candidatesPath = `/api/v1/postings/${POSTING_ID}/candidates`;

describe('best candidates in a job order’s record', () => {
  it('MATCH-1: lists the seekers with stars, distance, a veteran tag and why; the filter asks again', async () => {
    const api = mockApi({
      [`GET /api/v1/postings/${POSTING_ID}`]: () => ({ body: fakePosting({ status: 'open' }) }),
      [`GET ${candidatesPath}`]: (request) =>
        request.url.searchParams.get('minStars') === '4'
          ? { body: fakeCandidates([]) }
          : { body: fakeCandidates([fakeCandidate()]) },
    });
    renderApp({ path: `/postings/${POSTING_ID}`, session: bsrSession() });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Best candidates' }))
      .parentElement as HTMLElement;
    const name = await within(section).findByRole('link', { name: 'Casey Collins' });
    expect(name.getAttribute('href')).toBe(`/seekers/${MATCH_SEEKER_ID}`);
    const item = name.closest('li') as HTMLElement;
    expect(within(item).getByText('Veteran')).toBeTruthy();
    expect(within(item).getByText('3 of 5 stars')).toBeTruthy();
    expect(within(item).getByText('6 miles away')).toBeTruthy();
    expect(within(item).getByText('Lives in Lexington 40505')).toBeTruthy();
    expect(within(section).getByText(/120 job seekers compared\. More job seekers/)).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(item).getByRole('button', { name: 'Why these stars' }));
    expect(within(item).getByText('4 miles, within the 25-mile radius')).toBeTruthy();

    await user.selectOptions(within(section).getByLabelText('Rating'), '4');
    await within(section).findByText('No job seekers fit this posting at this rating.');
    expect(api.requests.filter((r) => r.path === candidatesPath).map((r) => r.url.search)).toEqual([
      '?minStars=0',
      '?minStars=4',
    ]);
  });

  it('MATCH-1: not for a posting that is no longer open or on hold', async () => {
    const api = mockApi({
      [`GET /api/v1/postings/${POSTING_ID}`]: () => ({ body: fakePosting({ status: 'filled' }) }),
    });
    renderApp({ path: `/postings/${POSTING_ID}`, session: bsrSession() });
    await screen.findByRole('heading', { level: 1, name: /Bakery production worker/ });
    expect(screen.queryByRole('heading', { name: 'Best candidates' })).toBeNull();
    expect(api.requests.some((r) => r.path === candidatesPath)).toBe(false);
  });
});

describe('best job matches in a job seeker’s record', () => {
  const matchesPath = `/api/v1/seekers/${SEEKER_ID}/matches`;

  it('MATCH-1: lists the postings with stars and why, linked to their records', async () => {
    mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`GET ${matchesPath}`]: () => ({ body: fakeSeekerMatches([fakeMatchedPosting()]) }),
    });
    renderApp({ path: `/seekers/${SEEKER_ID}`, session: caseManagerSession() });
    const link = await screen.findByRole('link', { name: 'Licensed Practical Nurse' });
    expect(link.getAttribute('href')).toBe(`/postings/${MATCH_POSTING_ID}`);
    const item = link.closest('li') as HTMLElement;
    expect(within(item).getByText('4 of 5 stars')).toBeTruthy();
    expect(within(item).getByText('(JO-000131)')).toBeTruthy();
    await userEvent.click(within(item).getByRole('button', { name: 'Why these stars' }));
    expect(
      within(item).getByText('CDL class A required: none on record; caps the rating at 2 stars'),
    ).toBeTruthy();
  });

  it('MATCH-1: not shown to staff from whom the resume tab is withheld', async () => {
    const api = mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
    });
    renderApp({
      path: `/seekers/${SEEKER_ID}`,
      session: caseManagerSession({ withheldTabs: ['seekers.resume'] }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Dolores Haze (S-100123)' });
    expect(screen.queryByRole('heading', { name: 'Best job matches' })).toBeNull();
    expect(api.requests.some((r) => r.path === matchesPath)).toBe(false);
  });
});
