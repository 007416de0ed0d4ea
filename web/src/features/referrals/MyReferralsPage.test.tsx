import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { seekerHandlers } from '../jobs/test/job-handlers';
import { fakeReferral } from './test/referral-fixtures';

configure({ asyncUtilTimeout: 5000 });

describe('My referrals', () => {
  it('REF-4: lists each referral with its status in words, a denial with its reason, and the stars', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/referrals': () => ({
        body: {
          items: [
            fakeReferral(),
            fakeReferral({
              id: '80000000-0000-4000-8000-000000000002',
              status: 'denied',
              stars: 4,
              posting: {
                id: '70000000-0000-4000-8000-000000000002',
                recordNumber: 'JO-000102',
                title: 'Night Loader',
                employerName: 'Bluegrass Distribution',
                status: 'open',
              },
              denialReason: 'The employer asks for a forklift certificate.',
            }),
          ],
        },
      }),
    });
    renderApp({ path: '/portal' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'My referrals' }));
    await screen.findByRole('heading', { level: 1, name: 'My referrals' });

    const waiting = (await screen.findByRole('link', { name: 'Forklift Operator' })).closest('li')!;
    expect(within(waiting).getByText('Waiting for approval')).toBeTruthy();
    expect(within(waiting).getByText('5 of 5 stars')).toBeTruthy();
    const denied = screen.getByRole('link', { name: 'Night Loader' }).closest('li')!;
    expect(within(denied).getByText('Denied')).toBeTruthy();
    expect(
      within(denied).getByText('Reason: The employer asks for a forklift certificate.'),
    ).toBeTruthy();
    expect(within(denied).getByRole('button', { name: 'Why these stars' })).toBeTruthy();
  });

  it('REF-3: with none yet, it points to My matches', async () => {
    mockApi({
      ...seekerHandlers,
      'GET /api/v1/portal/referrals': () => ({ body: { items: [] } }),
    });
    renderApp({ path: '/portal/referrals' });
    const link = await screen.findByRole('link', { name: 'See my matches' });
    expect(link.getAttribute('href')).toBe('/portal/matches');
  });
});
