import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeSession } from '../test/fixtures';
import { apiError, mockApi } from '../test/mock-api';
import { renderApp } from '../test/render';

describe('error boundary', () => {
  it('a read that fails with a 5xx shows a plain message with the request id', async () => {
    // React reports the caught error to the console; that noise is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mockApi({
      'GET /api/v1/admin/roles': () =>
        apiError(500, 'INTERNAL', 'Something went wrong on our side.'),
    });
    renderApp({ path: '/admin/roles', session: fakeSession() });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeTruthy();
    expect(screen.getByText('req-123')).toBeTruthy();
    // The shell stays: navigation and the status line are still there.
    expect(screen.getByRole('navigation', { name: 'Primary navigation' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Session status' })).toBeTruthy();
  });

  it('a 4xx read is shown in the page with the server’s sentence', async () => {
    mockApi({
      'GET /api/v1/admin/roles/20000000-0000-4000-8000-000000000009': () =>
        apiError(404, 'NOT_FOUND', 'We could not find that role.'),
    });
    renderApp({
      path: '/admin/roles/20000000-0000-4000-8000-000000000009',
      session: fakeSession(),
    });
    expect(await screen.findByText('We could not find that role.')).toBeTruthy();
  });
});
