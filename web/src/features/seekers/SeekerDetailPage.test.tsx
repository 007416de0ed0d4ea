import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeSession } from '../../test/fixtures';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { caseManagerSession, fakeSeeker, SEEKER_ID } from './seeker-fixtures';

const path = `/seekers/${SEEKER_ID}`;
const supervisor = fakeSession({
  permissions: { seekers: 'delete' },
  grants: ['program_enrollment', 'ssn_reveal'],
});

describe('a job seeker record', () => {
  it('SEEK-3, SEC-7: without the ssn_reveal grant the SSN stays masked and there is no Show button', async () => {
    const api = mockApi({ [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }) });
    renderApp({ path, session: caseManagerSession() });
    await screen.findByRole('heading', { level: 1, name: 'Dolores Haze (S-100123)' });
    expect(screen.getByText('***-**-6789')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show full SSN' })).toBeNull();
    expect(api.requests.some((r) => r.path.endsWith('/ssn/reveal'))).toBe(false);
  });

  it('SEEK-3, SEC-7: with the grant, the full SSN shows after a confirmation that says it is audited', async () => {
    const api = mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`POST /api/v1/seekers/${SEEKER_ID}/ssn/reveal`]: () => ({
        body: { ssn: '212-45-6789', isPseudo: false },
      }),
    });
    renderApp({ path, session: supervisor });
    const show = await screen.findByRole('button', { name: 'Show full SSN' });
    await userEvent.click(show);
    const dialog = screen.getByRole('dialog', { name: 'Show the full Social Security number?' });
    expect(dialog.textContent).toContain('recorded in the audit log');
    expect(api.requests.some((r) => r.path.endsWith('/ssn/reveal'))).toBe(false);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Show the number' }));
    await screen.findByText('212-45-6789');
    expect(screen.queryByRole('dialog')).toBeNull();
    const reveal = api.requests.find((r) => r.path.endsWith('/ssn/reveal'));
    expect(reveal?.headers['x-csrf-token']).toBe('csrf-token-1');
    const hide = screen.getByRole('button', { name: 'Hide full SSN' });
    await userEvent.click(hide);
    expect(screen.queryByText('212-45-6789')).toBeNull();
    expect(screen.getByText('***-**-6789')).toBeTruthy();
  });

  it('SEEK-5: a pseudo-SSN is shown in full, tagged, with nothing to reveal', async () => {
    mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({
        body: fakeSeeker({ ssnMasked: '***-**-0577', ssnIsPseudo: true, pseudoSsn: '975-25-0577' }),
      }),
    });
    renderApp({ path, session: supervisor });
    const panel = await screen.findByRole('tabpanel', { name: 'General' });
    expect(within(panel).getByText('975-25-0577')).toBeTruthy();
    expect(within(panel).getByText('Pseudo-SSN')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show full SSN' })).toBeNull();
  });

  it('SEC-3: a withheld tab shows as unavailable, and the later tabs say so honestly', async () => {
    mockApi({ [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }) });
    renderApp({ path, session: caseManagerSession({ withheldTabs: ['seekers.case'] }) });
    const tablist = await screen.findByRole('tablist', { name: 'Job seeker record' });
    expect(
      within(tablist)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['General', 'Profile', 'Résumé', 'Services', 'Referrals', 'Case (unavailable)']);
    await userEvent.click(screen.getByRole('tab', { name: 'Case (unavailable)' }));
    expect(screen.getByRole('tabpanel').textContent).toContain(
      'This tab is not available to your role.',
    );
    await userEvent.click(screen.getByRole('tab', { name: 'Services' }));
    expect(screen.getByRole('tabpanel').textContent).toBe(
      'This part of the record comes in a later release.',
    );
  });

  it('SEEK-2: Change status needs a reason and sends only the status that changed', async () => {
    const person = fakeSeeker();
    const api = mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: person }),
      [`PATCH /api/v1/seekers/${SEEKER_ID}/status`]: () => ({
        body: { ...person, seekerStatus: 'inactive' },
      }),
    });
    renderApp({ path, session: caseManagerSession() });
    const open = await screen.findByRole('button', { name: 'Change status' });
    await userEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Change the status of Dolores Haze' });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Job seeker status' }),
      'inactive',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change status' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Reason for the change' });
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason);

    await userEvent.type(reason, 'Found work');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Change status' }));
    await screen.findByText('The status was changed.');
    expect(api.requests.find((r) => r.method === 'PATCH')?.body).toEqual({
      seekerStatus: 'inactive',
      reason: 'Found work',
    });
    expect(screen.getByText('Job seeker: Inactive')).toBeTruthy();
    expect(document.activeElement).toBe(open);
  });

  it('SEC-2: a view-only role gets no Change status button', async () => {
    mockApi({ [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }) });
    renderApp({ path, session: fakeSession({ permissions: { seekers: 'view' } }) });
    await screen.findByRole('heading', { level: 1, name: 'Dolores Haze (S-100123)' });
    expect(screen.queryByRole('button', { name: 'Change status' })).toBeNull();
  });
});
