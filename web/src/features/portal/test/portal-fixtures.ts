import type { PortalHome, PortalSession, SavedResume } from '@onestop/contracts';

/** Test data for the job seeker portal. */
export const PORTAL_CSRF = 'seeker-csrf-1';

export function fakePortalSession(overrides: Partial<PortalSession> = {}): PortalSession {
  const now = Date.now();
  const idleTimeoutSeconds = overrides.idleTimeoutSeconds ?? 1800;
  return {
    seeker: {
      id: '50000000-0000-4000-8000-000000000001',
      firstName: 'Dolores',
      lastName: 'Haze',
      email: 'dolores@example.com',
    },
    csrfToken: PORTAL_CSRF,
    idleTimeoutSeconds,
    warningSeconds: 120,
    expiresAt: new Date(now + idleTimeoutSeconds * 1000).toISOString(),
    serverTime: new Date(now).toISOString(),
    ...overrides,
  };
}

/** A resume never saved: what GET /portal/resume prefills from the registration. */
export function newResume(): SavedResume {
  return {
    resume: {
      contact: {
        firstName: 'Dolores',
        lastName: 'Haze',
        email: 'dolores@example.com',
        phone: '859-555-0123',
        city: 'Lexington',
        state: 'KY',
        zip: '40507',
      },
      summary: '',
      work: [],
      education: [],
      licenses: [],
      skills: [],
    },
    searchable: false,
    updatedAt: null,
  };
}

export function fakeHome(overrides: Partial<PortalHome> = {}): PortalHome {
  return {
    resume: { started: false, updatedAt: null, searchable: false, jobs: 0, uploads: 0 },
    email: 'dolores@example.com',
    emailIsPlaceholder: false,
    savedJobs: [],
    savedSearches: [],
    recentlyViewed: [],
    ...overrides,
  };
}

/** The portal's reads for a signed-in seeker; a test adds or overrides what it is about. */
export function signedInHandlers(resume: SavedResume = newResume(), home = fakeHome()) {
  return {
    'GET /api/v1/session': () => ({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.', requestId: 't' } },
    }),
    'GET /api/v1/portal/session': () => ({ body: fakePortalSession() }),
    'GET /api/v1/portal/resume': () => ({ body: resume }),
    'GET /api/v1/portal/home': () => ({ body: home }),
  };
}
