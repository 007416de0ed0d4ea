import { z } from 'zod';
import type { RoutePermission } from '../authz/permissions';
import type { RequestContext } from '../context';

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export type SessionKind = 'staff' | 'seeker' | 'employer';

export interface HttpTools {
  /** Sets (token) or clears (null) a session cookie. Only the sign-in routes need it. */
  setSessionCookie(token: string | null, kind?: SessionKind): void;
}

export interface RouteSpec<
  P extends z.ZodType | undefined,
  Q extends z.ZodType | undefined,
  B extends z.ZodType | undefined,
  R extends z.ZodType,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Deny by default: a route without one is refused at registration. */
  permission: RoutePermission;
  summary: string;
  tags: string[];
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  status?: 200 | 201 | 202;
  /**
   * The route takes a file as the raw request body (PDF, Word or octet-stream) instead of JSON,
   * refused with 413 above `maxBytes`. The handler gets it as `input.upload`.
   */
  upload?: { maxBytes: number };
  handler(
    ctx: RequestContext,
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; upload?: UploadedFile },
    http: HttpTools,
  ): Promise<z.input<R> | FileReply>;
}

export interface UploadedFile {
  bytes: Uint8Array;
  /** As the browser named it (x-file-name header): for display only, never for a path. */
  fileName: string;
}

/** A download: sent as an attachment, never rendered inline by the browser. */
export class FileReply {
  constructor(
    readonly bytes: Uint8Array,
    readonly contentType: string,
    readonly fileName: string,
  ) {}
}

/** How a download route documents its response in OpenAPI. */
export const fileResponse = z.string().meta({ description: 'The file, as an attachment.' });

/** Content types an upload route accepts; the bytes are then checked by their content. */
export const UPLOAD_CONTENT_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRoute = RouteSpec<any, any, any, z.ZodType>;

export function defineRoute<
  R extends z.ZodType,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<P, Q, B, R>): AnyRoute {
  return spec as AnyRoute;
}

export const API_PREFIX = '/api/v1';

export const emptyResponse = z.object({ ok: z.literal(true) });
