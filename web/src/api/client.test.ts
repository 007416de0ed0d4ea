import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, mockApi } from '../test/mock-api';
import { api, ApiError, buildUrl, connectSession } from './client';

let disconnect: () => void = () => {};
afterEach(() => disconnect());

describe('API client', () => {
  it('maps an error body to an ApiError with code, message, fields, request id and status', async () => {
    mockApi({
      'POST /api/v1/admin/staff': () =>
        apiError(400, 'VALIDATION_FAILED', 'Check the highlighted fields.', [
          { path: 'email', message: 'Enter a valid email address.' },
          { path: 'officeIds.0', message: 'Grant at least one office.' },
        ]),
    });
    const error = await api.post('/api/v1/admin/staff', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiErr = error as ApiError;
    expect(apiErr.status).toBe(400);
    expect(apiErr.code).toBe('VALIDATION_FAILED');
    expect(apiErr.message).toBe('Check the highlighted fields.');
    expect(apiErr.requestId).toBe('req-123');
    expect(apiErr.fields).toEqual([
      { path: 'email', message: 'Enter a valid email address.' },
      { path: 'officeIds.0', message: 'Grant at least one office.' },
    ]);
  });

  it('keeps the status and the response header request id when the body is not an API error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response('<html>Bad gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'x-request-id': 'proxy-1' },
          }),
      ),
    );
    const error = (await api.get('/api/v1/offices').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.code).toBe('INTERNAL');
    expect(error.requestId).toBe('proxy-1');
    expect(error.isServerFault).toBe(true);
  });

  it('sends JSON with the CSRF header on writes but not on reads, same-origin credentials', async () => {
    const { requests, fetchMock } = mockApi({
      'GET /api/v1/offices': () => ({ body: { items: [] } }),
      'PATCH /api/v1/admin/staff/1': () => ({ body: {} }),
    });
    disconnect = connectSession({
      csrfToken: () => 'token-abc',
      activity: () => {},
      sessionLost: () => {},
    });
    await api.get('/api/v1/offices');
    await api.patch('/api/v1/admin/staff/1', { displayName: 'A' });
    expect(requests[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(requests[1]?.headers['x-csrf-token']).toBe('token-abc');
    expect(requests[1]?.headers['content-type']).toBe('application/json');
    expect(requests[1]?.body).toEqual({ displayName: 'A' });
    expect(fetchMock.mock.calls[1]?.[1]?.credentials).toBe('same-origin');
  });

  it('SEC-5: tells the session layer when a call finds the session gone, and not for sign-in', async () => {
    mockApi({
      'GET /api/v1/admin/roles': () => apiError(401, 'SESSION_EXPIRED', 'Your session ended.'),
      'POST /api/v1/session': () => apiError(401, 'INVALID_CREDENTIALS', 'Wrong password.'),
    });
    const sessionLost = vi.fn();
    const activity = vi.fn();
    disconnect = connectSession({ csrfToken: () => null, activity, sessionLost });
    await api.get('/api/v1/admin/roles').catch(() => {});
    await api
      .post('/api/v1/session', { email: 'a@b.c', password: 'x' }, { expectUnauthenticated: true })
      .catch(() => {});
    expect(sessionLost).toHaveBeenCalledTimes(1);
    expect((sessionLost.mock.calls[0]?.[0] as ApiError).code).toBe('SESSION_EXPIRED');
    expect(activity).not.toHaveBeenCalled();
  });

  it('SEC-5: reports activity for answered requests, which reset the server timer', async () => {
    mockApi({ 'GET /api/v1/offices': () => ({ body: { items: [] } }) });
    const activity = vi.fn();
    disconnect = connectSession({ csrfToken: () => null, activity, sessionLost: () => {} });
    const before = Date.now();
    await api.get('/api/v1/offices');
    expect(activity).toHaveBeenCalledTimes(1);
    expect(activity.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(before);
  });

  it('leaves empty query values out of the URL', () => {
    expect(
      buildUrl('/api/v1/admin/staff', { q: '', page: 2, roleId: undefined, status: 'all' }),
    ).toBe('/api/v1/admin/staff?page=2&status=all');
  });
});
