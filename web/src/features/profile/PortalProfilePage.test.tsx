import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { mockApi } from '../../test/mock-api';
import { fakeProfile } from './profile-fixtures';
import { PortalProfilePage } from './PortalProfilePage';

describe('my profile in the portal', () => {
  it('SEEK-6: a job seeker saves their own profile through the portal API and hears that it is saved', async () => {
    const saved = fakeProfile({ updatedAt: '2026-02-01T15:00:00.000Z' });
    saved.preferences = { ...saved.preferences, workWeek: 'part_time' };
    const api = mockApi({
      'GET /api/v1/portal/profile': () => ({ body: fakeProfile() }),
      'PUT /api/v1/portal/profile': () => ({ body: saved }),
    });
    render(
      <QueryClientProvider client={createQueryClient()}>
        <MemoryRouter initialEntries={['/portal/profile']}>
          <PortalProfilePage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await screen.findByRole('heading', { level: 1, name: 'My profile' });
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Work week' }),
      'part_time',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    const notice = await screen.findByText('The profile is saved.');
    expect(document.activeElement?.contains(notice)).toBe(true);
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe('/api/v1/portal/profile');
    expect((put?.body as { preferences: { workWeek: string } }).preferences.workWeek).toBe(
      'part_time',
    );
    expect(screen.getByRole('combobox', { name: 'Work week' })).toHaveProperty(
      'value',
      'part_time',
    );
  });
});
