// Test helper: a browser for the employer portal, keeping its own cookie and CSRF token.
import { TestClient, type TestApp, type TestResponse } from '../../test/harness';
import { freshFein } from '../employers/employers.fixtures';

export const EMPLOYER_PASSWORD = 'an-employer-long-password';

export function employerPortalClient(t: TestApp) {
  const client = new TestClient(t.app);
  const adopt = (res: TestResponse) => {
    if (res.status === 201) {
      const setCookie = res.headers['set-cookie'];
      client.cookie =
        String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0] ?? null;
      client.csrfToken = res.body.csrfToken;
    }
    return res;
  };
  return {
    client,
    register: async (overrides: Record<string, unknown> = {}) =>
      adopt(await client.post('/api/v1/employer-portal/registration', registration(overrides))),
    signIn: async (email: string, password = EMPLOYER_PASSWORD) =>
      adopt(await client.post('/api/v1/employer-portal/session', { email, password })),
  };
}

let next = 0;

/** A complete employer self-registration with a fresh FEIN and email unless the test names them. */
export function registration(overrides: Record<string, unknown> = {}) {
  next += 1;
  return {
    legalName: `Self Made Cabinets ${next} LLC`,
    fein: freshFein(),
    address1: '200 Plank Rd',
    city: 'Frankfort',
    state: 'KY',
    zip: '40601',
    phone: '502-555-0142',
    contact: {
      firstName: 'Dana',
      lastName: 'Owner',
      title: 'Owner',
      email: `dana${next}@selfmade.example`,
    },
    password: EMPLOYER_PASSWORD,
    ...overrides,
  };
}
