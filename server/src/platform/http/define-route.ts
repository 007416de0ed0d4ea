import { z } from 'zod';
import type { RoutePermission } from '../authz/permissions';
import type { RequestContext } from '../context';

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface HttpTools {
  /** Sets (token) or clears (null) a session cookie. Only the sign-in routes need it. */
  setSessionCookie(token: string | null, kind?: 'staff' | 'seeker'): void;
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
  status?: 200 | 201;
  handler(
    ctx: RequestContext,
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> },
    http: HttpTools,
  ): Promise<z.input<R>>;
}

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
