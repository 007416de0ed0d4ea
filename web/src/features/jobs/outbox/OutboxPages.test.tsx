import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderApp } from '../../../test/render';
import type { OutboxMessageDetail } from './outbox-api';

const MESSAGE: OutboxMessageDetail = {
  id: '90000000-0000-4000-8000-000000000001',
  to: 'seeker@demo.test',
  subject: 'New jobs for “Forklift near Frankfort”',
  status: 'sent',
  createdAt: '2026-11-22T11:00:00.000Z',
  sentAt: '2026-11-22T11:01:00.000Z',
  text: 'Hello Jamie,\n\n2 new jobs match your search:\n<b>Forklift Operator</b>',
  attachmentName: null,
};
const QUEUED = {
  ...MESSAGE,
  id: '90000000-0000-4000-8000-000000000002',
  subject: 'Your resume',
  status: 'queued' as const,
  sentAt: null,
};

describe('the mail outbox', () => {
  it('lists messages, filters them by recipient in the address, and pages', async () => {
    const api = mockApi({
      'GET /api/v1/admin/outbox': (request) => ({
        body: {
          items: request.url.searchParams.get('to') ? [MESSAGE] : [MESSAGE, QUEUED],
          page: Number(request.url.searchParams.get('page')),
          pageSize: 25,
          total: request.url.searchParams.get('to') ? 1 : 30,
        },
      }),
    });
    renderApp({ path: '/admin/outbox', session: fakeSession() });
    const table = await screen.findByRole('table', { name: 'Messages, newest first' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByRole('link', { name: MESSAGE.subject }).getAttribute('href')).toBe(
      `/admin/outbox/${MESSAGE.id}`,
    );
    expect(within(rows[1]!).getByText('Sent')).toBeTruthy();
    expect(within(rows[2]!).getByText('Waiting to send')).toBeTruthy();
    expect(within(rows[2]!).getByText('Not sent')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    await screen.findByRole('button', { name: 'Page 2', current: 'page' });

    await user.type(screen.getByLabelText('Recipient'), 'seeker@');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await screen.findByText('Showing 1–1 of 1');
    const last = api.requests.at(-1)!.url.searchParams;
    expect(last.get('to')).toBe('seeker@');
    expect(last.get('page')).toBe('1');
  });

  it('shows one message with its plain-text body as text, line breaks kept', async () => {
    mockApi({ [`GET /api/v1/admin/outbox/${MESSAGE.id}`]: () => ({ body: MESSAGE }) });
    renderApp({ path: `/admin/outbox/${MESSAGE.id}`, session: fakeSession() });
    await screen.findByRole('heading', { level: 1, name: MESSAGE.subject });
    const body = document.querySelector('pre')!;
    expect(body.textContent).toBe(MESSAGE.text);
    expect(body.querySelector('b')).toBeNull();
    expect(screen.getByText('seeker@demo.test')).toBeTruthy();
    expect(screen.getByText('None')).toBeTruthy();
  });

  it('SEC-2: staff without View on staff administration cannot open it', async () => {
    mockApi({});
    renderApp({
      path: '/admin/outbox',
      session: fakeSession({ permissions: { seekers: 'view' } }),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' }),
    ).toBeTruthy();
  });
});
