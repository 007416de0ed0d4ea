import type { EmployerActivity, EmployerNote } from '@onestop/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { localToday } from './ActivityForms';
import {
  ACTIVITY_TYPES,
  bsrSession,
  EMPLOYER_ID,
  fakeActivity,
  fakeEmployer,
  fakeNote,
  paged,
} from './employer-fixtures';

const base = `/api/v1/employers/${EMPLOYER_ID}`;

function setup() {
  const activities: EmployerActivity[] = [fakeActivity()];
  const notes: EmployerNote[] = [fakeNote()];
  const api = mockApi({
    [`GET ${base}`]: () => ({
      body: fakeEmployer({
        recentActivities: activities.slice(0, 5),
        recentNotes: notes.slice(0, 5),
      }),
    }),
    [`GET ${base}/activities`]: () => ({ body: paged(activities) }),
    [`GET ${base}/notes`]: () => ({ body: paged(notes) }),
    [`GET ${base}/locations`]: () => ({ body: { items: [] } }),
    'GET /api/v1/employer-activity-types': () => ({ body: { items: ACTIVITY_TYPES } }),
    [`POST ${base}/activities`]: () => {
      const added = fakeActivity({
        id: '51000000-0000-4000-8000-000000000002',
        type: { id: ACTIVITY_TYPES[0]!.id, code: 'job_fair', label: 'Job fair' },
        activityDate: '2026-02-10',
        note: 'Booked a table.',
      });
      activities.unshift(added);
      return { status: 201, body: added };
    },
    [`POST ${base}/notes`]: (request) => {
      const added = fakeNote({
        id: '53000000-0000-4000-8000-000000000002',
        body: (request.body as { body: string }).body,
        createdAt: '2026-02-11T15:00:00.000Z',
      });
      notes.unshift(added);
      return { status: 201, body: added };
    },
  });
  renderApp({ path: `/employers/${EMPLOYER_ID}`, session: bsrSession() });
  return api;
}

describe('activities and notes', () => {
  it('EMP-6: the history comes before the forms; only active catalog entries can be chosen', async () => {
    setup();
    await userEvent.click(await screen.findByRole('tab', { name: 'Activities and notes' }));
    const panel = screen.getByRole('tabpanel', { name: 'Activities and notes' });
    await within(panel).findByRole('table', { name: 'Activities, newest first' });
    expect(
      within(panel)
        .getAllByRole('heading', { level: 2 })
        .map((h) => h.textContent),
    ).toEqual(['Activities', 'Notes', 'Record an activity', 'Post a note']);
    const type = within(panel).getByRole('combobox', { name: 'Activity' });
    await within(type).findByRole('option', { name: 'Job fair' });
    expect(
      within(type)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['- Select -', 'Site visit', 'Job fair']);
    expect((within(panel).getByLabelText('Date') as HTMLInputElement).value).toBe(localToday());
  });

  it('EMP-6: an activity is recorded from the catalog and shows first, also on the General tab', async () => {
    const api = setup();
    await userEvent.click(await screen.findByRole('tab', { name: 'Activities and notes' }));
    const panel = screen.getByRole('tabpanel', { name: 'Activities and notes' });
    const submit = within(panel).getByRole('button', { name: 'Record activity' });
    await userEvent.click(submit);
    const type = within(panel).getByRole('combobox', { name: 'Activity' });
    expect(type.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(type);

    await within(type).findByRole('option', { name: 'Job fair' });
    await userEvent.selectOptions(type, ACTIVITY_TYPES[0]!.id);
    fireEvent.change(within(panel).getByLabelText('Date'), { target: { value: '2026-02-10' } });
    await userEvent.type(
      within(panel).getByRole('textbox', { name: 'Note about this activity' }),
      'Booked a table.',
    );
    await userEvent.click(submit);
    await screen.findByText('The activity “Job fair” was recorded.');
    expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({
      activityTypeId: ACTIVITY_TYPES[0]!.id,
      activityDate: '2026-02-10',
      note: 'Booked a table.',
    });
    const table = within(panel).getByRole('table', { name: 'Activities, newest first' });
    await within(table).findByText('Booked a table.');
    expect(within(within(table).getAllByRole('row')[1]!).getByText('Job fair')).toBeTruthy();

    await userEvent.click(screen.getByRole('tab', { name: 'General' }));
    const recent = screen.getByRole('region', { name: 'Before you contact this employer' });
    const items = within(
      within(recent).getByRole('list', { name: 'Recent activities' }),
    ).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Job fair');
  });

  it('EMP-6: a date in the future is refused before any request', async () => {
    const api = setup();
    await userEvent.click(await screen.findByRole('tab', { name: 'Activities and notes' }));
    const panel = screen.getByRole('tabpanel', { name: 'Activities and notes' });
    const type = within(panel).getByRole('combobox', { name: 'Activity' });
    await within(type).findByRole('option', { name: 'Job fair' });
    await userEvent.selectOptions(type, ACTIVITY_TYPES[0]!.id);
    fireEvent.change(within(panel).getByLabelText('Date'), { target: { value: '2999-01-01' } });
    await userEvent.click(within(panel).getByRole('button', { name: 'Record activity' }));
    expect(within(panel).getByText('The activity date cannot be in the future.')).toBeTruthy();
    expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
  });

  it('EMP-6: anything else is posted as a note, which shows first in the notes', async () => {
    const api = setup();
    await userEvent.click(await screen.findByRole('tab', { name: 'Activities and notes' }));
    const panel = screen.getByRole('tabpanel', { name: 'Activities and notes' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Post note' }));
    const body = within(panel).getByRole('textbox', { name: 'Note' });
    expect(body.getAttribute('aria-invalid')).toBe('true');
    await userEvent.type(body, 'Hiring freeze until April.');
    await userEvent.click(within(panel).getByRole('button', { name: 'Post note' }));
    await screen.findByText('The note was posted.');
    expect(
      api.requests.find((r) => r.path.endsWith('/notes') && r.method === 'POST')?.body,
    ).toEqual({
      body: 'Hiring freeze until April.',
    });
    const list = within(panel).getByRole('list', { name: 'Notes, newest first' });
    await within(list).findByText('Hiring freeze until April.');
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toContain('Hiring freeze');
  });
});
