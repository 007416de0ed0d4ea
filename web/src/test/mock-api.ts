import { vi } from 'vitest';

export interface MockRequest {
  method: string;
  path: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = { status?: number; body?: unknown };
type Handler = (request: MockRequest) => Reply | undefined;

/**
 * Replaces fetch with a table of "METHOD /path" handlers. Unmatched requests answer 404 so that a
 * test fails loudly instead of hanging. Returns the requests made, for assertions.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const requests: MockRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>),
    );
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request = { method, path: url.pathname, url, headers, body };
    requests.push(request);
    const reply = handlers[`${method} ${url.pathname}`]?.(request) ?? {
      status: 404,
      body: {
        error: {
          code: 'NOT_FOUND',
          message: `No mock for ${method} ${url.pathname}`,
          requestId: 'test',
        },
      },
    };
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-test' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { requests, fetchMock };
}

export function apiError(status: number, code: string, message: string, fields?: unknown[]): Reply {
  return {
    status,
    body: { error: { code, message, requestId: 'req-123', ...(fields ? { fields } : {}) } },
  };
}
