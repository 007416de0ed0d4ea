import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, domainEvents } from '../../db/schema';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';

/** A browser for the job-seeker portal: keeps the seeker cookie and sends the portal CSRF token. */
async function portalClient(t: TestApp) {
  const client = new TestClient(t.app);
  const adopt = (res: { status: number; headers: Record<string, unknown>; body: any }) => {
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
    register: async (body: Record<string, unknown>) =>
      adopt(await client.post('/api/v1/portal/registration', body)),
    signIn: async (email: string, password: string) =>
      adopt(await client.post('/api/v1/portal/session', { email, password })),
  };
}

const person = {
  firstName: 'Alicia',
  lastName: 'Baptiste',
  birthDate: '1996-10-02',
  email: 'alicia.baptiste@example.com',
  password: 'my-own-long-password',
};

describe('the job seeker portal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('SEEK-1: a person registers themselves, is signed in, and sees their own record with the SSN masked', async () => {
    const portal = await portalClient(t);
    const res = await portal.register({ ...person, ssn: '345-67-8912' });
    expect(res.status).toBe(201);
    expect(res.body.seeker.firstName).toBe('Alicia');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/onestop_seeker_session=.*HttpOnly.*SameSite=Strict/i);
    const me = await portal.client.get('/api/v1/portal/me');
    expect(me.status).toBe(200);
    expect(me.body.registrationMethod).toBe('self');
    expect(me.body.registrationComplete).toBe(true);
    expect(me.body.ssnMasked).toBe('***-**-8912');
    expect(JSON.stringify(me.body)).not.toContain('345678912');
    const events = await t.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.seekerId, me.body.id));
    expect(events.map((e) => e.type)).toEqual(['seeker.self_registered']);
  });

  it('a job seeker’s session opens no staff route, and a staff session opens no portal route', async () => {
    const portal = await portalClient(t);
    await portal.signIn(person.email, person.password);
    expect((await portal.client.post('/api/v1/seekers/search', { name: 'Alicia' })).status).toBe(
      401,
    );
    const staff = await t.signIn('casemanager@demo.test');
    expect((await staff.get('/api/v1/portal/me')).status).toBe(401);
  });

  it('SEEK-3: the public cannot learn whether an SSN is registered: the refusal does not confirm it', async () => {
    const portal = await portalClient(t);
    const res = await portal.register({
      ...person,
      email: 'someone.else@example.com',
      ssn: '345678912',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).not.toMatch(/SSN|already registered|record S-/i);
  });

  it('an email already used for an account is refused with a way forward', async () => {
    const portal = await portalClient(t);
    const res = await portal.register({ ...person, firstName: 'Other' });
    expect(res.status).toBe(409);
    expect(res.body.error.fields[0].path).toBe('email');
  });

  it('SEEK-4: staff convert a staff-entered record to an email sign-in the person then uses', async () => {
    const caseManager = await t.signIn('casemanager@demo.test');
    const created = await caseManager.post('/api/v1/seekers', {
      firstName: 'Walter',
      lastName: 'Inperson',
      birthDate: '1961-04-19',
    });
    expect(created.body.emailIsPlaceholder).toBe(true);
    const converted = await caseManager.post(`/api/v1/seekers/${created.body.id}/account`, {
      email: 'walter.inperson@example.com',
      password: 'walters-new-password',
    });
    expect(converted.status).toBe(200);
    expect(converted.body).toMatchObject({
      email: 'walter.inperson@example.com',
      emailIsPlaceholder: false,
      hasAccount: true,
    });
    const again = await caseManager.post(`/api/v1/seekers/${created.body.id}/account`, {
      email: 'walter.inperson@example.com',
      password: 'walters-new-password',
    });
    expect(again.status).toBe(409);
    const portal = await portalClient(t);
    expect(
      (await portal.signIn('walter.inperson@example.com', 'walters-new-password')).status,
    ).toBe(201);
    const me = await portal.client.get('/api/v1/portal/me');
    expect(me.body.id).toBe(created.body.id);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'seeker.account_converted'));
    expect(audit[0]?.actorId).toBe(caseManager.session?.staff.id);
    expect(JSON.stringify(audit[0]?.after)).not.toContain('walters-new-password');
  });

  it('SEEK-1: each sign-in is recorded for the services issue to count; signing out ends the session', async () => {
    const portal = await portalClient(t);
    const res = await portal.signIn(person.email, person.password);
    const seekerId = res.body.seeker.id as string;
    const logins = await t.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'seeker.logged_in'));
    expect(logins.some((e) => e.seekerId === seekerId)).toBe(true);
    expect((await portal.client.delete('/api/v1/portal/session')).status).toBe(200);
    expect((await portal.client.get('/api/v1/portal/me')).status).toBe(401);
    const admin = await t.signIn('admin@demo.test');
    const trail = (await admin.get(`/api/v1/audit-events?action=portal.logout`)).body.items;
    expect(trail[0].actorName).toBe('Alicia Baptiste');
  });

  it('wrong passwords are refused alike and throttled', async () => {
    const portal = await portalClient(t);
    const wrong = await portal.signIn(person.email, 'not-her-password');
    const unknown = await portal.signIn('nobody@example.com', 'not-her-password');
    expect(wrong.status).toBe(401);
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
  });
});
