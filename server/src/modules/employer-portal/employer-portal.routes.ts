import {
  employerLoginRequest,
  employerPortalSession,
  employerPostingDetail,
  employerPostingList,
  employerPostingListQuery,
  employerPostingRequest,
  employerRegistrationRequest,
  id,
  type EmployerPortalSession,
} from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { employerSessions } from '../../db/schema';
import { loadEmployerActor } from '../../platform/auth/employer-sessions';
import { sessionExpiresAt } from '../../platform/auth/sessions';
import type { EmployerActor } from '../../platform/authz/actor';
import type { Config } from '../../platform/config';
import { API_PREFIX, defineRoute, emptyResponse } from '../../platform/http/define-route';
import {
  listEmployerPostings,
  readEmployerPosting,
  submitEmployerPosting,
} from './employer-postings';
import { logInEmployer } from './log-in-employer';
import { registerEmployer } from './register-employer';

const url = `${API_PREFIX}/employer-portal`;
const tags = ['Employer portal'];

function describe(actor: EmployerActor, config: Config): EmployerPortalSession {
  return {
    user: {
      id: actor.userId,
      firstName: actor.firstName,
      lastName: actor.lastName,
      email: actor.email,
    },
    employer: { id: actor.employerId, name: actor.employerName, status: actor.employerStatus },
    csrfToken: actor.csrfToken,
    idleTimeoutSeconds: config.session.idleSeconds,
    warningSeconds: config.session.warningSeconds,
    expiresAt: sessionExpiresAt(actor.lastSeenAt, config).toISOString(),
    serverTime: new Date().toISOString(),
  };
}

export const employerPortalRoutes = [
  defineRoute({
    method: 'POST',
    url: `${url}/registration`,
    permission: 'public',
    summary: 'Register an employer and its first user, then sign in (EMP-5: waits for approval)',
    tags,
    body: employerRegistrationRequest,
    response: employerPortalSession,
    status: 201,
    async handler(ctx, { body }, http) {
      const { token } = await registerEmployer(ctx, body);
      http.setSessionCookie(token, 'employer');
      return describe(await loadEmployerActor(ctx.db, token, ctx.config), ctx.config);
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/session`,
    permission: 'public',
    summary: 'Sign in as an employer user',
    tags,
    body: employerLoginRequest,
    response: employerPortalSession,
    status: 201,
    async handler(ctx, { body }, http) {
      const token = await logInEmployer(ctx, body);
      http.setSessionCookie(token, 'employer');
      return describe(await loadEmployerActor(ctx.db, token, ctx.config), ctx.config);
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/session`,
    permission: 'employer',
    summary: 'The signed-in employer user’s session',
    tags,
    response: employerPortalSession,
    handler: async (ctx) => describe(ctx.requireEmployer(), ctx.config),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${url}/session`,
    permission: 'employer',
    summary: 'Sign out',
    tags,
    response: emptyResponse,
    async handler(ctx, _input, http) {
      const user = ctx.requireEmployer();
      await ctx.mutate(async (tx, audit) => {
        await tx
          .update(employerSessions)
          .set({ revokedAt: new Date() })
          .where(eq(employerSessions.id, user.sessionId));
        await audit.record({
          action: 'employer_portal.logout',
          entityType: 'employer',
          entityId: user.employerId,
        });
      });
      http.setSessionCookie(null, 'employer');
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/postings`,
    permission: 'employer',
    summary: 'The employer’s own job postings',
    tags,
    query: employerPostingListQuery,
    response: employerPostingList,
    handler: (ctx, { query }) => listEmployerPostings(ctx.db, ctx.requireEmployer(), query),
  }),
  defineRoute({
    method: 'POST',
    url: `${url}/postings`,
    permission: 'employer',
    summary: 'Post a job; it waits for staff approval (JOB-1)',
    tags,
    body: employerPostingRequest,
    response: employerPostingDetail,
    status: 201,
    handler: (ctx, { body }) => submitEmployerPosting(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: `${url}/postings/:id`,
    permission: 'employer',
    summary: 'One of the employer’s own postings',
    tags,
    params: z.object({ id }),
    response: employerPostingDetail,
    handler: (ctx, { params }) => readEmployerPosting(ctx.db, ctx.requireEmployer(), params.id),
  }),
];
