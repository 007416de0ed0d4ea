import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, employerUsers } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { employerPortalClient, registration } from './employer-portal.fixtures';

const job = {
  title: 'Cabinet Assembler',
  description: 'Assemble and finish kitchen cabinets in our Frankfort shop. Training provided.',
  openings: 2,
  payMin: 16,
  payMax: 19,
  payUnit: 'hour',
  employmentType: 'full_time',
  zip: '40601',
  city: 'Frankfort',
  state: 'KY',
  contactMethod: 'email',
  contactEmail: 'jobs@selfmade.example',
};

describe('the employer portal', () => {
  let t: TestApp;
  let central: TestClient;
  let bsr: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    [central, bsr] = await Promise.all([t.signIn('central@demo.test'), t.signIn('bsr@demo.test')]);
  });
  afterAll(() => t.close());

  it('EMP-5: an employer registers, is signed in, waits for central-office approval and cannot post until approved', async () => {
    const portal = employerPortalClient(t);
    const res = await portal.register({ legalName: 'Capital City Cabinets LLC' });
    expect(res.status).toBe(201);
    expect(res.body.employer).toMatchObject({
      name: 'Capital City Cabinets LLC',
      status: 'pending_approval',
    });
    expect(String(res.headers['set-cookie'])).toMatch(
      /onestop_employer_session=.*HttpOnly.*SameSite=Strict/i,
    );
    const waiting = await portal.client.post('/api/v1/employer-portal/postings', job);
    expect(waiting.status).toBe(422);
    expect(waiting.body.error).toMatchObject({ rule: 'EMP-5' });
    expect(waiting.body.error.message).toMatch(/waiting for approval by the central office/);

    const queue = await central.get('/api/v1/employers/approval-queue');
    expect(queue.body.items.map((e: { id: string }) => e.id)).toContain(res.body.employer.id);
    const approved = await central.post(`/api/v1/employers/${res.body.employer.id}/approve`, {
      officeId: central.session?.office.id,
    });
    expect(approved.status).toBe(200);
    const session = await portal.client.get('/api/v1/employer-portal/session');
    expect(session.body.employer.status).toBe('active');
  });

  it('JOB-1: an approved employer posts a job, which waits in "Approve postings" and opens when staff approve it', async () => {
    const portal = employerPortalClient(t);
    const reg = await portal.register({ legalName: 'River Road Millwork LLC' });
    await central.post(`/api/v1/employers/${reg.body.employer.id}/approve`, {
      officeId: bsr.session?.office.id,
    });
    const posted = await portal.client.post('/api/v1/employer-portal/postings', job);
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ status: 'pending_approval', title: 'Cabinet Assembler' });
    expect(posted.body).not.toHaveProperty('staffComments');
    const mine = await portal.client.get('/api/v1/employer-portal/postings');
    expect(mine.body.items.map((p: { id: string }) => p.id)).toEqual([posted.body.id]);

    const queue = await bsr.get('/api/v1/postings/approval-queue');
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(posted.body.id);
    const approved = await bsr.post(`/api/v1/postings/${posted.body.id}/approve`, {
      confirmedNotDuplicate: true,
    });
    expect(approved.body.status).toBe('open');
    const seen = await portal.client.get(`/api/v1/employer-portal/postings/${posted.body.id}`);
    expect(seen.body).toMatchObject({ status: 'open', onBoard: true });
  });

  it('JOB-13: screening language in an employer’s posting is refused with the reason, and nothing is saved', async () => {
    const portal = employerPortalClient(t);
    const reg = await portal.register();
    await central.post(`/api/v1/employers/${reg.body.employer.id}/approve`, {
      officeId: bsr.session?.office.id,
    });
    const refused = await portal.client.post('/api/v1/employer-portal/postings', {
      ...job,
      description: 'Young, energetic men wanted for cabinet assembly. Must be under 30.',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('JOB-13');
    const mine = await portal.client.get('/api/v1/employer-portal/postings');
    expect(mine.body.total).toBe(0);
  });

  it('another employer’s posting reads as not found, and staff or anonymous callers get no employer data', async () => {
    const first = employerPortalClient(t);
    const reg = await first.register();
    await central.post(`/api/v1/employers/${reg.body.employer.id}/approve`, {
      officeId: bsr.session?.office.id,
    });
    const posted = await first.client.post('/api/v1/employer-portal/postings', job);
    const second = employerPortalClient(t);
    await second.register();
    const peek = await second.client.get(`/api/v1/employer-portal/postings/${posted.body.id}`);
    expect(peek.status).toBe(404);
    expect((await bsr.get('/api/v1/employer-portal/postings')).status).toBe(401);
    expect((await t.client().get('/api/v1/employer-portal/session')).status).toBe(401);
  });

  it('EMP-2: a FEIN or an email already registered is refused on its field, without naming the record', async () => {
    const first = employerPortalClient(t);
    const body = registration();
    expect((await first.register(body)).status).toBe(201);
    const sameFein = await employerPortalClient(t).register({ fein: body.fein });
    expect(sameFein.status).toBe(409);
    expect(sameFein.body.error.fields[0].path).toBe('fein');
    expect(sameFein.body.error.message).not.toContain(body.legalName);
    const sameEmail = await employerPortalClient(t).register({
      contact: { ...body.contact, email: body.contact.email.toUpperCase() },
    });
    expect(sameEmail.status).toBe(409);
    expect(sameEmail.body.error.fields[0].path).toBe('contact.email');
    const weak = await employerPortalClient(t).register({ password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.fields[0].path).toBe('password');
  });

  it('signs in and out; a wrong password is throttled and audited; a rejected employer cannot sign in', async () => {
    const body = registration();
    const reg = await employerPortalClient(t).register(body);
    const portal = employerPortalClient(t);
    const wrong = await portal.signIn(body.contact.email, 'not-the-password');
    expect(wrong.status).toBe(401);
    const ok = await portal.signIn(body.contact.email);
    expect(ok.status).toBe(201);
    expect((await portal.client.delete('/api/v1/employer-portal/session')).status).toBe(200);
    expect((await portal.client.get('/api/v1/employer-portal/session')).status).toBe(401);
    const [user] = await t.database.db
      .select({ id: employerUsers.id })
      .from(employerUsers)
      .where(eq(employerUsers.email, body.contact.email));
    const trail = await t.database.db
      .select({ action: auditEvents.action, actorKind: auditEvents.actorKind })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, reg.body.employer.id)));
    expect(trail.map((r) => r.action)).toEqual(
      expect.arrayContaining([
        'employer.self_registered',
        'employer_portal.user_registered',
        'employer_portal.login_failed',
        'employer_portal.login',
        'employer_portal.logout',
      ]),
    );
    expect(user).toBeTruthy();

    await central.post(`/api/v1/employers/${reg.body.employer.id}/reject`, {
      reason: 'Not a real business.',
    });
    const refused = await employerPortalClient(t).signIn(body.contact.email);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/registration was not approved/);
  });
});
