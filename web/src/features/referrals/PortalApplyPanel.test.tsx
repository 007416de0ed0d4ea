import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { fakePosting, POSTING_ID } from '../jobs/test/job-fixtures';
import { seekerHandlers } from '../jobs/test/job-handlers';
import { fakeRating } from '../matching/test/match-fixtures';
import { PORTAL_CSRF } from '../portal/test/portal-fixtures';
import { fakeHowToApply, fakeReferral } from './test/referral-fixtures';

configure({ asyncUtilTimeout: 5000 });

const pageHandlers = (stars: number) => ({
  ...seekerHandlers,
  [`GET /api/v1/portal/jobs/${POSTING_ID}`]: () => ({ body: fakePosting() }),
  [`GET /api/v1/portal/matches/${POSTING_ID}`]: () => ({ body: fakeRating({ stars }) }),
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('applying from the portal job page', () => {
  it('REF-3, MATCH-1: on a 5-star match the seeker sees the stars with why and asks for a referral', async () => {
    const api = mockApi({
      ...pageHandlers(5),
      'POST /api/v1/portal/referrals': () => ({ status: 201, body: fakeReferral() }),
    });
    renderApp({ path: `/portal/jobs/${POSTING_ID}` });
    const panel = (await screen.findByRole('heading', { level: 2, name: 'Apply for this job' }))
      .parentElement!;
    expect(await within(panel).findByText('5 of 5 stars')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(within(panel).getByRole('button', { name: 'Why these stars' }));
    expect(within(panel).getByRole('list', { name: 'What the rating looked at' })).toBeTruthy();

    await user.click(within(panel).getByRole('button', { name: 'Ask for a referral' }));
    await within(panel).findByText(
      'Your request was sent: Waiting for approval. We will email you when staff answer.',
    );
    const post = api.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({ postingId: POSTING_ID });
    expect(post?.headers['x-csrf-token']).toBe(PORTAL_CSRF);
    expect(within(panel).queryByRole('button', { name: 'Ask for a referral' })).toBeNull();
  });

  it('REF-3: below 4 stars the button is off and says why', async () => {
    mockApi(pageHandlers(2));
    renderApp({ path: `/portal/jobs/${POSTING_ID}` });
    expect(await screen.findByText('2 of 5 stars')).toBeTruthy();
    const ask = screen.getByRole('button', { name: 'Ask for a referral' });
    expect((ask as HTMLButtonElement).disabled).toBe(true);
    expect(ask.getAttribute('aria-describedby')).toBe('apply-ask-hint');
    expect(
      screen.getByText('You can ask for a referral to jobs that fit you with 4 or 5 stars.'),
    ).toBeTruthy();
  });

  it('REF-1: the server’s refusal (a duplicate) is shown as it is written', async () => {
    mockApi({
      ...pageHandlers(4),
      'POST /api/v1/portal/referrals': () =>
        apiError(409, 'CONFLICT', 'You have already asked to be referred to this job.'),
    });
    renderApp({ path: `/portal/jobs/${POSTING_ID}` });
    const user = userEvent.setup();
    await screen.findByText('4 of 5 stars');
    await user.click(screen.getByRole('button', { name: 'Ask for a referral' }));
    expect(
      await screen.findByText('You have already asked to be referred to this job.'),
    ).toBeTruthy();
  });

  it('REF-2: "Show me how to apply" reveals the method and contact, to print or email', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const api = mockApi({
      ...pageHandlers(3),
      [`GET /api/v1/portal/postings/${POSTING_ID}/how-to-apply`]: () => ({
        body: fakeHowToApply(),
      }),
      [`POST /api/v1/portal/postings/${POSTING_ID}/how-to-apply/email`]: () => ({
        body: { sentTo: 'dolores@example.com' },
      }),
    });
    renderApp({ path: `/portal/jobs/${POSTING_ID}` });
    const user = userEvent.setup();
    await screen.findByText('3 of 5 stars');
    expect(api.requests.some((r) => r.path.endsWith('/how-to-apply'))).toBe(false);
    const show = screen.getByRole('button', { name: 'Show me how to apply' });
    await user.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const how = (await screen.findByRole('heading', { level: 3, name: 'How to apply' }))
      .parentElement!;
    expect(within(how).getByText('By email')).toBeTruthy();
    expect(
      within(how).getByRole('link', { name: 'jobs@bluegrass.example' }).getAttribute('href'),
    ).toBe('mailto:jobs@bluegrass.example');
    expect(within(how).getByText('502-555-0100')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Email them to me' }));
    await screen.findByText('Sent to dolores@example.com.');
    await waitFor(() =>
      expect(api.requests.filter((r) => r.path.endsWith('/how-to-apply/email'))).toHaveLength(1),
    );
  });
});
