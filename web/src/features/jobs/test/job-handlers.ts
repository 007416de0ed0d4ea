import { fakePortalSession } from '../../portal/test/portal-fixtures';
import { fakeHome } from '../../portal/test/portal-fixtures';

const unauthenticated = () => ({
  status: 401,
  body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.', requestId: 't' } },
});

/** Nobody signed in: the public board's visitor. */
export const visitorHandlers = {
  'GET /api/v1/session': unauthenticated,
  'GET /api/v1/portal/session': unauthenticated,
};

/** A signed-in job seeker, with an empty home. */
export const seekerHandlers = {
  'GET /api/v1/session': unauthenticated,
  'GET /api/v1/portal/session': () => ({ body: fakePortalSession() }),
  'GET /api/v1/portal/home': () => ({ body: fakeHome() }),
};
