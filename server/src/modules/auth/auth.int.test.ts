import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, sessions, staff } from '../../db/schema';
import { startTestApp, type TestApp } from '../../test/harness';

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      ONESTOP_LOGIN_MAX_FAILURES: '3',
      ONESTOP_SESSION_IDLE_SECONDS: '600',
    });
  });
  afterAll(() => t.close());

  it('SEC-5: a staff member signs in with a password and gets an httpOnly, SameSite=Strict session cookie', async () => {
    const client = t.client();
    const res = await client.signIn('casemanager@demo.test');
    expect(res.status).toBe(201);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/onestop_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await client.get('/api/v1/session')).status).toBe(200);
  });

  it('SEC-8: the session carries what the status line shows: who, office, access levels, and the date', async () => {
    const client = await t.signIn('casemanager@demo.test');
    const session = (await client.get('/api/v1/session')).body;
    expect(session.staff.displayName).toBe('Casey Morgan');
    expect(session.role.name).toBe('Case Manager');
    expect(session.office.name).toBe('Lexington Career Center');
    expect(session.permissions.seekers).toBe('add');
    expect(session.permissions['admin.staff']).toBe('none');
    expect(Date.parse(session.serverTime)).not.toBeNaN();
  });

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const wrong = await t.client().signIn('bsr@demo.test', 'not-the-password');
    const unknown = await t.client().signIn('nobody@demo.test', 'not-the-password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  it('locks an account after repeated failures, even with the right password, until an administrator unlocks it', async () => {
    for (let i = 0; i < 3; i++) await t.client().signIn('vetrep@demo.test', 'wrong-password-x');
    const locked = await t.client().signIn('vetrep@demo.test');
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('ACCOUNT_LOCKED');
    const admin = await t.signIn('admin@demo.test');
    const [vet] = await t.database.db
      .select()
      .from(staff)
      .where(eq(staff.email, 'vetrep@demo.test'));
    expect((await admin.post(`/api/v1/admin/staff/${vet?.id}/unlock`)).status).toBe(200);
    expect((await t.client().signIn('vetrep@demo.test')).status).toBe(201);
  });

  it('locks an unknown email exactly as it locks a real one, so lockouts do not reveal who has an account', async () => {
    const answers = async (email: string) => {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await t.client().signIn(email, 'wrong-password-x')).body.error.code);
      return codes;
    };
    const real = await answers('frontdesk@demo.test');
    const unknown = await answers('no.such.person@demo.test');
    expect(real).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
    expect(unknown).toEqual(real);
    const admin = await t.signIn('admin@demo.test');
    const list = (await admin.get('/api/v1/admin/staff?q=frontdesk')).body.items;
    expect(list[0].locked).toBe(true);
  });

  it('SEC-5: a session idle longer than the timeout is refused with a message that says so', async () => {
    const client = await t.signIn('bsr@demo.test');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '601 seconds'` })
      .where(eq(sessions.csrfToken, client.csrfToken ?? ''));
    const res = await client.get('/api/v1/session');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('SESSION_EXPIRED');
    expect(res.body.error.message).toMatch(/inactivity/);
  });

  it('SEC-5: activity keeps the session alive and reports when it will end', async () => {
    const client = await t.signIn('bsr@demo.test');
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '590 seconds'` })
      .where(eq(sessions.csrfToken, client.csrfToken ?? ''));
    const res = await client.get('/api/v1/session');
    expect(res.status).toBe(200);
    expect(res.body.idleTimeoutSeconds).toBe(600);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(590_000);
  });

  it('refuses a write without the CSRF token of the session', async () => {
    const client = await t.signIn('admin@demo.test');
    const res = await client.request('DELETE', '/api/v1/session', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
  });

  it('signing out ends the session and is audited', async () => {
    const client = await t.signIn('central@demo.test');
    const staffId = client.session?.staff.id ?? '';
    expect((await client.delete('/api/v1/session')).status).toBe(200);
    expect((await client.get('/api/v1/session')).status).toBe(401);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, staffId));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.login', 'auth.logout']),
    );
  });
});

describe('working in one office at a time', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('SEC-4: staff switch among their granted offices, and their work is credited to the office they are in', async () => {
    const client = await t.signIn('casemanager@demo.test');
    expect(client.session?.offices.map((o) => o.code).sort()).toEqual(['GEO', 'LEX']);
    const georgetown = client.session?.offices.find((o) => o.code === 'GEO');
    const res = await client.put('/api/v1/session/office', { officeId: georgetown?.id });
    expect(res.status).toBe(200);
    expect(res.body.office.code).toBe('GEO');
    expect((await client.get('/api/v1/session')).body.office.code).toBe('GEO');
    const [switched] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.office_switched'));
    expect(switched?.officeId).toBe(georgetown?.id);
    expect(switched?.actorId).toBe(client.session?.staff.id);
  });

  it('SEC-4: switching to an office that was not granted is refused', async () => {
    const client = await t.signIn('casemanager@demo.test');
    const admin = await t.signIn('admin@demo.test');
    const london = admin.session?.offices.find((o) => o.code === 'LON');
    const res = await client.put('/api/v1/session/office', { officeId: london?.id });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/granted/);
    expect((await client.get('/api/v1/session')).body.office.code).toBe('LEX');
  });
});
