import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { bsrSession, paged } from '../employers/employer-fixtures';
import { fakePosting, POSTING_ID, summaryOf } from './posting-fixtures';

configure({ asyncUtilTimeout: 5000 });

const waiting = {
  ...summaryOf(fakePosting({ status: 'pending_approval', owner: null, onBoard: false })),
  findings: [
    { rule: 'JOB-13', message: 'The description asks for applicants under 40: age screening.' },
  ],
};

describe('approving employer-entered postings', () => {
  it('JOB-1, JOB-13: the queue shows what was found; a refusal needs a reason, which is sent', async () => {
    let queue = [waiting];
    const api = mockApi({
      'GET /api/v1/postings/approval-queue': () => ({ body: paged(queue) }),
      [`POST /api/v1/postings/${POSTING_ID}/refuse`]: () => {
        queue = [];
        return { body: fakePosting({ status: 'refused', refusalReason: 'Age screening.' }) };
      },
    });
    renderApp({ path: '/postings/approvals', session: bsrSession() });
    await screen.findByText(/applicants under 40/);
    await userEvent.click(
      screen.getByRole('button', { name: 'Refuse Bakery production worker (J-100300)' }),
    );
    const dialog = screen.getByRole('dialog', { name: /Refuse Bakery production worker/ });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse' }));
    expect(await within(dialog).findByText('Say why the order is refused.')).toBeTruthy();
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Age screening.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refuse' }));
    await screen.findByText('Bakery production worker (J-100300) was refused.');
    expect(api.requests.find((r) => r.path.endsWith('/refuse'))?.body).toEqual({
      reason: 'Age screening.',
    });
    await screen.findByText('No postings are waiting for approval.');
  });

  it('SEC-7: without the job-posting training the queue is not offered', async () => {
    mockApi({});
    renderApp({ path: '/postings/approvals', session: bsrSession({ grants: [] }) });
    expect(await screen.findByText(/Approving postings needs Change on job postings/)).toBeTruthy();
  });

  it('RPT-3: the list filters by status and owner, in the address, and links to each posting', async () => {
    const api = mockApi({
      'GET /api/v1/postings': () => ({ body: paged([summaryOf(fakePosting())]) }),
    });
    renderApp({ path: '/postings', session: bsrSession() });
    const link = await screen.findByRole('link', { name: 'Bakery production worker' });
    expect(link.getAttribute('href')).toBe(`/postings/${POSTING_ID}`);
    expect(screen.getByRole('link', { name: 'New job order' }).getAttribute('href')).toBe(
      '/postings/new',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'open');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only postings I own' }));
    const last = api.requests[api.requests.length - 1];
    expect(last?.url.searchParams.get('status')).toBe('open');
    expect(last?.url.searchParams.get('mine')).toBe('true');
  });
});
