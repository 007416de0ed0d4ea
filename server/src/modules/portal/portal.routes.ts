import {
  portalHome,
  portalSession,
  seekerDetail,
  seekerLoginRequest,
  selfRegistrationRequest,
  type PortalSession,
} from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { seekerSessions } from '../../db/schema';
import { loadSeekerActor } from '../../platform/auth/seeker-sessions';
import { sessionExpiresAt } from '../../platform/auth/sessions';
import type { SeekerActor } from '../../platform/authz/actor';
import type { Config } from '../../platform/config';
import { notFound } from '../../platform/errors';
import { API_PREFIX, defineRoute, emptyResponse } from '../../platform/http/define-route';
import { readSeeker } from '../seekers/register-seeker';
import { logInSeeker } from './log-in-seeker';
import { loadPortalHome } from './portal-home';
import { registerSelf } from './register-self';

const url = `${API_PREFIX}/portal`;
const tags = ['Job seeker portal'];

function describe(actor: SeekerActor, config: Config): PortalSession {
  return {
    seeker: {
      id: actor.seekerId,
      firstName: actor.firstName,
      lastName: actor.lastName,
      email: actor.email,
    },
    csrfToken: actor.csrfToken,
    idleTimeoutSeconds: config.session.idleSeconds,
    warningSeconds: config.session.warningSeconds,
    expiresAt: sessionExpiresAt(actor.lastSeenAt, config).toISOString(),
    serverTime: new Date().toISOString(),
  };
}

export const portalRoutes = [
  defineRoute({
    method: 'POST',
    url: `${url}/registration`,
    permission: 'public',
    summary: 'Register as a job seeker and sign in (SEEK-1)',
    tags,
    body: selfRegistrationRequest,
    response: portalSession,
    status: 201,
    async handler(ctx, { body }, http) {
      const { token } = await registerSelf(ctx, body);
      http.setSessionCookie(token, 'seeker');
      return describe(await loadSeekerActor(ctx.db, token, ctx.config), ctx.config);
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/session`,
    permission: 'public',
    summary: 'Sign in as a job seeker',
    tags,
    body: seekerLoginRequest,
    response: portalSession,
    status: 201,
    async handler(ctx, { body }, http) {
      const token = await logInSeeker(ctx, body);
      http.setSessionCookie(token, 'seeker');
      return describe(await loadSeekerActor(ctx.db, token, ctx.config), ctx.config);
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/session`,
    permission: 'seeker',
    summary: 'The signed-in job seeker’s session',
    tags,
    response: portalSession,
    handler: async (ctx) => describe(ctx.requireSeeker(), ctx.config),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/session`,
    permission: 'seeker',
    summary: 'Sign out',
    tags,
    response: emptyResponse,
    async handler(ctx, _input, http) {
      const seeker = ctx.requireSeeker();
      await ctx.mutate(async (tx, audit) => {
        await tx
          .update(seekerSessions)
          .set({ revokedAt: new Date() })
          .where(eq(seekerSessions.id, seeker.sessionId));
        await audit.record({
          action: 'portal.logout',
          entityType: 'seeker',
          entityId: seeker.seekerId,
        });
      });
      http.setSessionCookie(null, 'seeker');
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/me`,
    permission: 'seeker',
    summary: 'The job seeker’s own record (SSN masked)',
    tags,
    response: seekerDetail,
    async handler(ctx) {
      const found = await readSeeker(ctx, ctx.requireSeeker().seekerId);
      if (!found) throw notFound('record');
      return found;
    },
  }),

  defineRoute({
    method: 'GET',
    url: `${url}/home`,
    permission: 'seeker',
    summary: 'My home page: resume status, saved jobs and searches, recently viewed jobs (SEEK-11)',
    tags,
    response: portalHome,
    handler: (ctx) => loadPortalHome(ctx),
  }),
];
