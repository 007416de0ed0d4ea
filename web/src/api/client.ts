import { errorBody, type ErrorCode, type FieldIssue } from '@onestop/contracts';

/** Codes the server sends, plus the two the client makes up when there is no usable body. */
export type ApiErrorCode = ErrorCode | 'INTERNAL' | 'NETWORK' | 'UNKNOWN';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly requestId: string | null,
    readonly fields: FieldIssue[] = [],
    readonly rule: string | null = null,
  ) {
    super(message);
  }

  get isServerFault(): boolean {
    return this.status >= 500;
  }
}

/** Errors that mean the session is gone, so the re-sign-in dialog should open (SEC-5). */
export function isSessionLost(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    (error.status === 401 &&
      (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')) ||
    (error.status === 403 && error.code === 'ACCOUNT_INACTIVE')
  );
}

export type QueryValue = string | number | undefined | null;

/** A file sent as the raw request body (resume upload, SEEK-8). */
export interface RawBody {
  data: Blob;
  contentType: string;
  headers?: Record<string, string>;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  raw?: RawBody;
  signal?: AbortSignal;
  /** Sign-in and the first session check expect 401s; those must not open the re-sign-in dialog. */
  expectUnauthenticated?: boolean;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

export async function parseError(response: Response): Promise<ApiError> {
  const headerId = response.headers.get('x-request-id');
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON (a proxy's error page, for instance): fall through to the generic error.
  }
  const parsed = errorBody.safeParse(json);
  if (parsed.success) {
    const e = parsed.data.error;
    return new ApiError(
      response.status,
      e.code,
      e.message,
      e.requestId || headerId,
      e.fields ?? [],
      e.rule ?? null,
    );
  }
  const code: ApiErrorCode = response.status >= 500 ? 'INTERNAL' : 'UNKNOWN';
  return new ApiError(
    response.status,
    code,
    response.statusText || `HTTP ${response.status}`,
    headerId,
  );
}

/**
 * The session layer plugs in here. The client stays free of React so that it can be tested alone
 * and used outside components.
 */
export interface SessionHooks {
  csrfToken(): string | null;
  /** A response that reset the server's idle timer; `requestStartedAt` is a lower bound of when. */
  activity(requestStartedAt: number): void;
  sessionLost(error: ApiError): void;
}

const noHooks: SessionHooks = { csrfToken: () => null, activity: () => {}, sessionLost: () => {} };

function requestBody(
  options: RequestOptions,
  headers: Record<string, string>,
): BodyInit | undefined {
  if (options.raw) {
    Object.assign(headers, options.raw.headers);
    headers['content-type'] = options.raw.contentType;
    return options.raw.data;
  }
  if (options.body === undefined) return undefined;
  headers['content-type'] = 'application/json';
  return JSON.stringify(options.body);
}

/**
 * A client bound to one kind of session. Staff and job seekers each have their own cookie, CSRF
 * token, idle timer and re-sign-in dialog, so each gets its own client and its own hooks.
 */
export function createApiClient(sessionLostBy: (error: ApiError) => boolean) {
  let hooks: SessionHooks = noHooks;

  const connect = (next: SessionHooks): (() => void) => {
    hooks = next;
    return () => {
      if (hooks === next) hooks = noHooks;
    };
  };

  const request = async <T>(
    method: string,
    path: string,
    options: RequestOptions = {},
  ): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    const body = requestBody(options, headers);
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
      if (!options.expectUnauthenticated && sessionLostBy(error)) hooks.sessionLost(error);
      throw error;
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };

  const methods = {
    get: <T>(path: string, options?: Omit<RequestOptions, 'body' | 'raw'>) =>
      request<T>('GET', path, options),
    post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
      request<T>('POST', path, { ...options, body: body ?? {} }),
    put: <T>(path: string, body: unknown, options?: RequestOptions) =>
      request<T>('PUT', path, { ...options, body }),
    patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
      request<T>('PATCH', path, { ...options, body }),
    delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  };
  return { connect, request, methods };
}

const staffClient = createApiClient(isSessionLost);

/** Requests made with the staff session. */
export const apiRequest = staffClient.request;
export const connectSession = staffClient.connect;
export const api = staffClient.methods;
