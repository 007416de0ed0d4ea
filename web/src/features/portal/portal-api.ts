import { ApiError, buildUrl, parseError, type QueryValue } from '../../api/client';

/**
 * Requests of the job seeker portal. Job seekers have their own session (cookie and CSRF token),
 * apart from staff, so these calls do not go through `api` in api/client.ts: that one sends the
 * staff CSRF token, moves the staff idle timer and opens the staff re-sign-in dialog on a 401.
 */
export interface PortalSessionHooks {
  csrfToken(): string | null;
  /** A response that reset the server's idle timer; `requestStartedAt` is a lower bound of when. */
  activity(requestStartedAt: number): void;
  /** A portal request found the seeker's session gone (timed out or signed out elsewhere). */
  sessionLost(error: ApiError): void;
}

const noHooks: PortalSessionHooks = {
  csrfToken: () => null,
  activity: () => {},
  sessionLost: () => {},
};
let hooks: PortalSessionHooks = noHooks;

export function connectPortalSession(next: PortalSessionHooks): () => void {
  hooks = next;
  return () => {
    if (hooks === next) hooks = noHooks;
  };
}

/** A file sent as the raw request body (resume upload, SEEK-8). */
export interface RawBody {
  data: Blob;
  contentType: string;
  headers?: Record<string, string>;
}

export interface PortalRequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  raw?: RawBody;
  signal?: AbortSignal;
  /** Sign-in, registration and the first session check expect 401s: the session is not "lost". */
  expectUnauthenticated?: boolean;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isSeekerSessionLost(error: ApiError): boolean {
  return (
    error.status === 401 && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')
  );
}

export async function portalRequest<T>(
  method: string,
  path: string,
  options: PortalRequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.raw) {
    Object.assign(headers, options.raw.headers);
    headers['content-type'] = options.raw.contentType;
    body = options.raw.data;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const csrf = hooks.csrfToken();
  if (WRITE_METHODS.has(method) && csrf) headers['x-csrf-token'] = csrf;

  const startedAt = Date.now();
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', 'The server could not be reached.', null);
  }
  // 401 and 403 are refused before the server touches the session; anything else resets its timer.
  if (response.status !== 401 && response.status !== 403) hooks.activity(startedAt);
  if (!response.ok) {
    const error = await parseError(response);
    if (!options.expectUnauthenticated && isSeekerSessionLost(error)) hooks.sessionLost(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const portalApi = {
  get: <T>(path: string, options?: Omit<PortalRequestOptions, 'body' | 'raw'>) =>
    portalRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: PortalRequestOptions) =>
    portalRequest<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: PortalRequestOptions) =>
    portalRequest<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: PortalRequestOptions) =>
    portalRequest<T>('DELETE', path, options),
};

export const PORTAL_BASE = '/api/v1/portal';
