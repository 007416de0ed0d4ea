import { QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { fakeSession } from '../../test/fixtures';
import { apiError, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession } from '../employers/employer-fixtures';
import { fakePosting, POSTING_ID } from '../postings/posting-fixtures';
import { SessionProvider } from '../session/SessionProvider';
import { ReferButton } from './ReferButton';
import { fakeReferral, REFERRAL_ID, REFERRAL_POSTING_ID } from './test/referral-fixtures';

configure({ asyncUtilTimeout: 5000 });

const SEEKER_ID = '50000000-0000-4000-8000-000000000041';
const staff = fakeSession({ permissions: { seekers: 'change', referrals: 'add' } });

function renderReferButton() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <SessionProvider initialSession={staff}>
        <MemoryRouter>
          <ReferButton
            seekerId={SEEKER_ID}
            postingId={REFERRAL_POSTING_ID}
            postingTitle="Forklift Operator"
          />
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

describe('referrals in the staff records', () => {
  it('REF-6: the posting record lists its referrals and records what came of a referred one', async () => {
    const api = mockApi({
      [`GET /api/v1/postings/${POSTING_ID}`]: () => ({ body: fakePosting() }),
      [`GET /api/v1/postings/${POSTING_ID}/referrals`]: () => ({
        body: {
          items: [
            fakeReferral({ status: 'referred', kind: 'staff' }),
            fakeReferral({
              id: '80000000-0000-4000-8000-000000000009',
              status: 'denied',
              seeker: { id: SEEKER_ID, recordNumber: 'JS-000050', name: 'Ash Lee' },
            }),
          ],
        },
      }),
      [`POST /api/v1/referrals/${REFERRAL_ID}/result`]: () => ({
        body: fakeReferral({ status: 'referred', result: 'failed_to_report', uiReview: true }),
      }),
    });
    renderApp({
      path: `/postings/${POSTING_ID}`,
      session: bsrSession({
        permissions: { seekers: 'view', postings: 'add', referrals: 'change' },
      }),
    });
    const section = (await screen.findByRole('heading', { level: 2, name: 'Referrals' }))
      .parentElement!;
    const ash = (await within(section).findByRole('rowheader', { name: /Ash Lee/ })).closest('tr')!;
    expect(within(ash).getByText('Denied')).toBeTruthy();
    expect(within(ash).queryByRole('combobox')).toBeNull();

    const user = userEvent.setup();
    await user.click(
      within(section).getByRole('button', { name: 'Record the result for Dana Reyes' }),
    );
    expect(within(section).getByText('Choose what came of the referral.')).toBeTruthy();
    await user.selectOptions(
      within(section).getByRole('combobox', { name: 'Result for Dana Reyes' }),
      'failed_to_report',
    );
    await user.click(
      within(section).getByRole('button', { name: 'Record the result for Dana Reyes' }),
    );
    await within(section).findByText('Result recorded for Dana Reyes: Failed to report.');
    expect(api.requests.find((r) => r.path.endsWith('/result'))?.body).toEqual({
      result: 'failed_to_report',
    });
  });

  it('VET-4: a referral made during a veterans’ priority hold shows the delayed-referral message', async () => {
    const message =
      'This job is held for veterans until Mar 3. Your referral is accepted as a delayed referral.';
    const api = mockApi({
      [`POST /api/v1/seekers/${SEEKER_ID}/referrals`]: () => ({
        status: 201,
        body: fakeReferral({
          kind: 'staff',
          status: 'held',
          releaseAt: '2026-03-03T15:00:00.000Z',
          notice: message,
        }),
      }),
    });
    renderReferButton();
    await userEvent.click(screen.getByRole('button', { name: 'Refer to Forklift Operator' }));
    const status = await screen.findByText(new RegExp(message.slice(0, 30)));
    expect(status.closest('.usa-alert--info')).toBeTruthy();
    expect(status.textContent).toContain(
      'Accepted as a delayed referral: it goes to the employer on',
    );
    expect(api.requests[0]?.body).toEqual({ postingId: REFERRAL_POSTING_ID });
  });

  it('REF-1: a second referral to the same posting is refused with the server’s words', async () => {
    mockApi({
      [`POST /api/v1/seekers/${SEEKER_ID}/referrals`]: () =>
        apiError(409, 'CONFLICT', 'Dana Reyes is already referred to this job.'),
    });
    renderReferButton();
    await userEvent.click(screen.getByRole('button', { name: 'Refer to Forklift Operator' }));
    expect(await screen.findByText('Dana Reyes is already referred to this job.')).toBeTruthy();
  });
});
