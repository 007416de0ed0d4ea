import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render';
import { caseManagerSession, fakeSeeker, SEEKER_ID } from '../seekers/seeker-fixtures';
import { veteranProfile } from './profile-fixtures';

const path = `/seekers/${SEEKER_ID}`;
const profileUrl = `/api/v1/seekers/${SEEKER_ID}/profile`;

describe('the Profile tab of a job seeker record', () => {
  it('SEEK-6: the profile is asked for once the tab opens; staff with Change edit and save it', async () => {
    const saved = { ...veteranProfile(), updatedAt: '2026-02-01T15:00:00.000Z' };
    saved.veteran = { ...saved.veteran, rank: 'Sergeant' };
    const api = mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`GET ${profileUrl}`]: () => ({ body: veteranProfile() }),
      [`PUT ${profileUrl}`]: () => ({ body: saved }),
    });
    renderApp({ path, session: caseManagerSession() });
    const tab = await screen.findByRole('tab', { name: 'Profile' });
    expect(api.requests.some((r) => r.path === profileUrl)).toBe(false);

    await userEvent.click(tab);
    const panel = screen.getByRole('tabpanel', { name: 'Profile' });
    await within(panel).findByText('Army');
    expect(
      within(panel).getByText('Covered person for veterans’ priority of service'),
    ).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Edit profile' }));
    const rank = within(panel).getByRole('textbox', { name: 'Rank' });
    await userEvent.clear(rank);
    await userEvent.type(rank, 'Sergeant');
    await userEvent.click(within(panel).getByRole('button', { name: 'Save profile' }));

    await screen.findByText('The profile is saved.');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.headers['x-csrf-token']).toBe('csrf-token-1');
    expect((put?.body as { veteran: { rank: string } }).veteran.rank).toBe('Sergeant');
    expect(within(panel).getByText('Sergeant')).toBeTruthy();
    expect(document.activeElement).toBe(
      within(panel).getByRole('button', { name: 'Edit profile' }),
    );
  });

  it('SEC-2: a role with only View on job seekers reads the profile without an Edit button', async () => {
    mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`GET ${profileUrl}`]: () => ({ body: veteranProfile() }),
    });
    renderApp({ path, session: caseManagerSession({ permissions: { seekers: 'view' } }) });
    await userEvent.click(await screen.findByRole('tab', { name: 'Profile' }));
    const panel = screen.getByRole('tabpanel', { name: 'Profile' });
    await within(panel).findByText('Army');
    expect(within(panel).queryByRole('button', { name: 'Edit profile' })).toBeNull();
  });

  it('SEEK-6: staff read the alien registration number masked, never in full', async () => {
    const profile = veteranProfile();
    profile.demographics = {
      ...profile.demographics,
      citizenship: 'permanent_resident',
      // Masked by the server; the tab masks whatever it is given.
      alienRegistrationNumber: 'A123456789',
      alienRegistrationOnFile: true,
    };
    mockApi({
      [`GET /api/v1/seekers/${SEEKER_ID}`]: () => ({ body: fakeSeeker() }),
      [`GET ${profileUrl}`]: () => ({ body: profile }),
    });
    renderApp({ path, session: caseManagerSession() });
    await userEvent.click(await screen.findByRole('tab', { name: 'Profile' }));
    const panel = screen.getByRole('tabpanel', { name: 'Profile' });
    expect(await within(panel).findByText('A*****6789')).toBeTruthy();
    expect(panel.textContent).not.toContain('123456789');
  });
});
