import { loginRequest, sessionInfo, switchOfficeRequest } from '@onestop/contracts';
import { loadActor } from '../../platform/auth/sessions';
import { API_PREFIX, defineRoute, emptyResponse } from '../../platform/http/define-route';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { describeSession } from './session.queries';
import { switchOffice } from './switch-office';

const url = `${API_PREFIX}/session`;
const tags = ['Session'];

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url,
    permission: 'public',
    summary: 'Sign in with email and password',
    tags,
    body: loginRequest,
    response: sessionInfo,
    status: 201,
    async handler(ctx, { body }, http) {
      const token = await logIn(ctx, body);
      http.setSessionCookie(token);
      return describeSession(ctx.db, await loadActor(ctx.db, token, ctx.config), ctx.config);
    },
  }),
  defineRoute({
    method: 'GET',
    url,
    permission: 'authenticated',
    summary: 'The current session: who, which office, what they may do, when it times out',
    tags,
    response: sessionInfo,
    async handler(ctx) {
      return describeSession(ctx.db, ctx.requireActor(), ctx.config);
    },
  }),
  defineRoute({
    method: 'PUT',
    url: `${url}/office`,
    permission: 'authenticated',
    summary: 'Switch the office you are working in (SEC-4)',
    tags,
    body: switchOfficeRequest,
    response: sessionInfo,
    async handler(ctx, { body }) {
      await switchOffice(ctx, body.officeId);
      return describeSession(ctx.db, ctx.requireActor(), ctx.config);
    },
  }),
  defineRoute({
    method: 'DELETE',
    url,
    permission: 'authenticated',
    summary: 'Sign out',
    tags,
    response: emptyResponse,
    async handler(ctx, _input, http) {
      await logOut(ctx);
      http.setSessionCookie(null);
      return { ok: true as const };
    },
  }),
];
