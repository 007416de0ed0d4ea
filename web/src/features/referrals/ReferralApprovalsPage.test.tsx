import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { fakeQueueItem, fakeReferral, REFERRAL_ID } from './test/referral-fixtures';

// The whole app renders for each test; on a busy machine the first screen takes a while.
configure({ asyncUtilTimeout: 5000 });

const caseManager = () =>
  fakeSession({ permissions: { seekers: 'change', postings: 'view', referrals: 'change' } });
const queueOf = (items: ReturnType<typeof fakeQueueItem>[]) => ({
  body: { items, targetBusinessDays: 2 },
});
const OLDER_ID = '80000000-0000-4000-8000-000000000002';

describe('Approve referrals', () => {
  it('REF-4: the queue shows each request oldest first with its age, stars and why; approving refers', async () => {
    let queue = [
      fakeQueueItem({
        id: OLDER_ID,
        seeker: { id: OLDER_ID, recordNumber: 'JS-000040', name: 'Ash Lee' },
        ageDays: 4,
      }),
      fakeQueueItem({ ageDays: 1, overdue: false }),
    ];
    const api = mockApi({
      'GET /api/v1/referrals/queue': () => queueOf(queue),
      [`POST /api/v1/referrals/${REFERRAL_ID}/approve`]: () => {
        queue = queue.filter((item) => item.id !== REFERRAL_ID);
        return { body: fakeReferral({ status: 'referred' }) };
      },
    });
    renderApp({ path: '/', session: caseManager() });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'Approve referrals' }));
    await screen.findByRole('heading', { level: 1, name: 'Approve referrals' });

    const headings = await screen.findAllByRole('heading', { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual([
      'Ash Lee (JS-000040)',
      'Dana Reyes (JS-000041)',
    ]);
    const older = headings[0]!.closest('li')!;
    expect(within(older).getByText(/Waiting 4 days/)).toBeTruthy();
    expect(within(older).getByText('Overdue: waiting more than 2 business days')).toBeTruthy();
    expect(within(older).getByText('5 of 5 stars')).toBeTruthy();
    const dana = headings[1]!.closest('li')!;
    expect(within(dana).queryByText(/Overdue/)).toBeNull();
    await user.click(within(dana).getByRole('button', { name: 'Why these stars' }));
    expect(within(dana).getByRole('list', { name: 'What the rating looked at' })).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: 'Approve Dana Reyes for Forklift Operator' }),
    );
    await screen.findByText(
      'Dana Reyes was referred to Forklift Operator and will be emailed how to apply.',
    );
    expect(api.requests.some((r) => r.path.endsWith(`${REFERRAL_ID}/approve`))).toBe(true);
    expect(await screen.findByText('1 request waiting')).toBeTruthy();
  });

  it('REF-4: a denial needs a specific reason of 10 characters or more, sent with the chosen signature', async () => {
    let queue = [fakeQueueItem()];
    const api = mockApi({
      'GET /api/v1/referrals/queue': () => queueOf(queue),
      [`POST /api/v1/referrals/${REFERRAL_ID}/deny`]: () => {
        queue = [];
        return {
          body: {
            ...fakeReferral({ status: 'denied', denialReason: 'No forklift certificate.' }),
            emailedTo: 'dana@example.com',
          },
        };
      },
    });
    renderApp({ path: '/referrals/approvals', session: caseManager() });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Deny Dana Reyes for Forklift Operator' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Deny Dana Reyes for Forklift Operator' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'No cert');
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(
      await within(dialog).findByText('Say specifically why, in at least 10 characters.'),
    ).toBeTruthy();
    expect(api.requests.some((r) => r.path.endsWith('/deny'))).toBe(false);

    await user.clear(within(dialog).getByRole('textbox', { name: 'Reason' }));
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'No forklift certificate.',
    );
    await user.click(within(dialog).getByRole('radio', { name: 'The office’s contact only' }));
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    await screen.findByText(
      'The request of Dana Reyes for Forklift Operator was denied; the reason was emailed to dana@example.com.',
    );
    expect(api.requests.find((r) => r.path.endsWith('/deny'))?.body).toEqual({
      reason: 'No forklift certificate.',
      signAs: 'office',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    await screen.findByText('No referral requests are waiting.');
  });

  it('REF-4: the server’s refusal is shown in the dialog as it is written', async () => {
    mockApi({
      'GET /api/v1/referrals/queue': () => queueOf([fakeQueueItem()]),
      [`POST /api/v1/referrals/${REFERRAL_ID}/deny`]: () =>
        apiError(409, 'CONFLICT', 'This request was already answered by Sam Ortiz.'),
    });
    renderApp({ path: '/referrals/approvals', session: caseManager() });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Deny Dana Reyes for Forklift Operator' }),
    );
    const dialog = screen.getByRole('dialog');
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'The resume lists no warehouse work.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Deny' }));
    expect(
      await within(dialog).findByText('This request was already answered by Sam Ortiz.'),
    ).toBeTruthy();
  });

  it('SEC-2: without Change on referrals the page says so and the navigation leaves it out', async () => {
    mockApi({});
    renderApp({
      path: '/referrals/approvals',
      session: fakeSession({ permissions: { seekers: 'view', referrals: 'view' } }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Approve referrals' })).toBeNull();
  });
});
