import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboundEmails, seekers } from '../../db/schema';
import { sendJobAlerts } from '../../jobs/job-alerts';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';
import { makeEmployer, officeId, order } from '../postings/postings-test-data';

async function seekerClient(t: TestApp, email: string, office: string) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: 'Jo',
    lastName: email.split('@')[0],
    birthDate: '1990-01-02',
    email,
    password: 'my-own-long-password',
  });
  if (res.status !== 201) throw new Error(JSON.stringify(res.body));
  const setCookie = res.headers['set-cookie'];
  client.cookie = String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  await t.database.db
    .update(seekers)
    .set({ createdInOfficeId: await officeId(t.database.db, office) })
    .where(eq(seekers.id, res.body.seeker.id));
  return client;
}

describe('job search (SEEK-11)', () => {
  let t: TestApp;
  let bsr: TestClient;
  let lexSeeker: TestClient;
  let londonSeeker: TestClient;
  let employerId: string;
  const ids: Record<string, string> = {};
  const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'onestop-web-'));

  const open = async (key: string, extra: Record<string, unknown>) => {
    const created = await bsr.post('/api/v1/postings', order(employerId, extra));
    expect(created.status).toBe(201);
    const opened = await bsr.post(`/api/v1/postings/${created.body.id}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(opened.body.status).toBe('open');
    ids[key] = created.body.id;
    return created.body.id as string;
  };

  beforeAll(async () => {
    fs.writeFileSync(
      path.join(webDist, 'index.html'),
      '<!doctype html><html><head><title>OneStop</title></head><body><div id="root"></div></body></html>',
    );
    t = await startTestApp({ ONESTOP_WEB_DIST: webDist });
    bsr = await t.signIn('bsr@demo.test');
    employerId = (await makeEmployer(t.database.db, 'Bluegrass Logistics', 'LEX')).id;
    lexSeeker = await seekerClient(t, 'lex.seeker@example.com', 'LEX');
    londonSeeker = await seekerClient(t, 'london.seeker@example.com', 'LON');
    await open('near', { title: 'Forklift Operator', zip: '40511', city: 'Lexington' });
    await open('far', { title: 'Forklift Driver', zip: '40741', city: 'London' });
    await open('cook', {
      title: 'Line Cook',
      description: 'Prepare meals to order in a busy kitchen. Food handler card within 30 days.',
      zip: '40507',
      shift: 'evening',
      payMin: 30000,
      payMax: 36000,
      payUnit: 'year',
    });
    await open('reserved', { title: 'Forklift Trainee', zip: '40507' });
    const reserved = await bsr.put(`/api/v1/postings/${ids.reserved}/reservation`, { days: 3 });
    expect(reserved.status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  const titles = (body: { items: { title: { text: string }[] }[] }) =>
    body.items.map((i) => i.title.map((r) => r.text).join(''));

  it('SEEK-11: a keyword and a 25-mile radius find the near forklift job, not the far one', async () => {
    const res = await t.client().get('/api/v1/jobs?q=forklift&zip=40507&radiusMiles=25');
    expect(res.status).toBe(200);
    expect(titles(res.body)).toEqual(['Forklift Operator']);
    expect(res.body.origin).toMatchObject({ zip: '40507' });
    expect(res.body.items[0].distanceMiles).toBeLessThan(10);
    const everywhere = await t.client().get('/api/v1/jobs?q=forklift');
    expect(titles(everywhere.body).sort()).toEqual(['Forklift Driver', 'Forklift Operator']);
    expect(everywhere.body.total).toBe(2);
  });

  it('SEEK-11: the words searched are marked in the title and the snippet, as text runs', async () => {
    const res = await t.client().get('/api/v1/jobs?q=forklifts&zip=40507');
    const [hit] = res.body.items;
    expect(hit.title).toEqual([
      { text: 'Forklift', match: true },
      { text: ' Operator', match: false },
    ]);
    expect(hit.snippet.filter((r: { match: boolean }) => r.match)[0].text).toMatch(/^forklifts$/i);
    expect(JSON.stringify(hit)).not.toMatch(/<b>|\uE000/);
  });

  it('SEEK-11: filters compare pay per hour and the shift; filters alone list the newest', async () => {
    const paid = await t.client().get('/api/v1/jobs?payAtLeast=17&shift=evening');
    expect(titles(paid.body)).toEqual(['Line Cook']); // 36,000 a year is 17.31 an hour
    const richer = await t.client().get('/api/v1/jobs?payAtLeast=18&shift=evening');
    expect(richer.body.total).toBe(0);
    const all = await t.client().get('/api/v1/jobs');
    expect(titles(all.body)).toEqual(['Line Cook', 'Forklift Driver', 'Forklift Operator']);
  });

  it('JOB-9: a reserved posting is hidden from the public and other offices’ seekers, shown to the reserving office’s seekers and staff', async () => {
    const search = '?q=forklift';
    expect(titles((await t.client().get(`/api/v1/jobs${search}`)).body)).not.toContain(
      'Forklift Trainee',
    );
    expect(titles((await londonSeeker.get(`/api/v1/portal/jobs${search}`)).body)).not.toContain(
      'Forklift Trainee',
    );
    const lex = await lexSeeker.get(`/api/v1/portal/jobs${search}`);
    expect(lex.body.items.find((i: { id: string }) => i.id === ids.reserved)?.reserved).toBe(true);
    const staff = await bsr.get(`/api/v1/job-search${search}`);
    expect(staff.body.items.find((i: { id: string }) => i.id === ids.reserved)?.reserved).toBe(
      true,
    );
    expect((await t.client().get(`/api/v1/jobs/${ids.reserved}`)).status).toBe(404);
    const gone = await londonSeeker.get(`/api/v1/portal/jobs/${ids.reserved}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toMatch(/no longer posted/);
    expect((await lexSeeker.get(`/api/v1/portal/jobs/${ids.reserved}`)).status).toBe(200);
  });

  it('SEEK-11: invalid criteria and an unknown ZIP answer 400 on their fields', async () => {
    const bad = await t.client().get('/api/v1/jobs?radiusMiles=0&postedWithinDays=2&zip=4050');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'postedWithinDays',
      'radiusMiles',
      'zip',
    ]);
    const unknown = await t.client().get('/api/v1/jobs?zip=00001');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      { path: 'zip', message: expect.stringMatching(/00001/) },
    ]);
  });

  it('SEEK-11: the public posting carries schema.org JobPosting, and its page puts it in <head>', async () => {
    const res = await t.client().get(`/api/v1/jobs/${ids.cook}`);
    expect(res.status).toBe(200);
    expect(res.body.jsonLd).toMatchObject({
      '@type': 'JobPosting',
      title: 'Line Cook',
      hiringOrganization: { name: 'Bluegrass Logistics' },
      baseSalary: { value: { minValue: 30000, maxValue: 36000, unitText: 'YEAR' } },
    });
    expect(res.body).not.toHaveProperty('staffComments');
    const page = await t.client().get(`/jobs/${ids.cook}`);
    expect(page.status).toBe(200);
    expect(String(page.headers['content-type'])).toMatch(/text\/html/);
    expect(page.body).toContain('<title>Line Cook – Bluegrass Logistics');
    expect(page.body).toContain('<script type="application/ld+json">{"@context"');
    const hidden = await t.client().get(`/jobs/${ids.reserved}`);
    expect(hidden.status).toBe(200);
    expect(hidden.body).not.toContain('ld+json');
    expect(hidden.body).toContain('<title>OneStop</title>');
  });

  it('SEEK-11: a seeker saves jobs and searches, views a job, and sees them on the home page', async () => {
    expect((await lexSeeker.put(`/api/v1/portal/saved-jobs/${ids.near}`, {})).status).toBe(200);
    expect((await lexSeeker.get(`/api/v1/portal/jobs/${ids.near}`)).body.saved).toBe(true);
    const saved = await lexSeeker.get('/api/v1/portal/saved-jobs');
    expect(saved.body.items).toMatchObject([{ postingId: ids.near, onBoard: true }]);
    const search = await lexSeeker.post('/api/v1/portal/saved-searches', {
      name: 'Forklift near Lexington',
      criteria: { q: 'forklift', zip: '40507', radiusMiles: 25 },
    });
    expect(search.status).toBe(201);
    expect(search.body.criteria).toEqual({ q: 'forklift', zip: '40507', radiusMiles: 25 });
    const renamed = await lexSeeker.patch(`/api/v1/portal/saved-searches/${search.body.id}`, {
      name: 'Forklift jobs',
    });
    expect(renamed.body.name).toBe('Forklift jobs');
    const home = await lexSeeker.get('/api/v1/portal/home');
    expect(home.body.savedJobs).toMatchObject([{ postingId: ids.near }]);
    expect(home.body.savedSearches).toMatchObject([{ name: 'Forklift jobs' }]);
    // The last one opened comes first (the reserved one was opened in the JOB-9 story).
    expect(home.body.recentlyViewed).toMatchObject([
      { postingId: ids.near },
      { postingId: ids.reserved },
    ]);
    // Another seeker's search reads as not found.
    const theirs = await londonSeeker.delete(`/api/v1/portal/saved-searches/${search.body.id}`);
    expect(theirs.status).toBe(404);
    const badZip = await lexSeeker.post('/api/v1/portal/saved-searches', {
      name: 'Nowhere',
      criteria: { zip: '00001' },
    });
    expect(badZip.status).toBe(400);
    expect(badZip.body.error.fields[0].path).toBe('criteria.zip');
    expect((await lexSeeker.delete(`/api/v1/portal/saved-jobs/${ids.near}`)).status).toBe(200);
    expect((await lexSeeker.get('/api/v1/portal/saved-jobs')).body.items).toEqual([]);
    const audit = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, search.body.id));
    expect(audit.map((a) => a.action)).toEqual(['portal.search_saved', 'portal.search_changed']);
  });

  it('SEEK-11: the daily digest sends one email with the new matching posting, once', async () => {
    const db = t.database.db;
    await londonSeeker.post('/api/v1/portal/saved-searches', {
      name: 'Forklift near Lexington',
      criteria: { q: 'forklift', zip: '40507', radiusMiles: 25 },
    });
    await open('newNear', { title: 'Forklift Loader', zip: '40508' });
    await open('newFar', { title: 'Forklift Loader', zip: '40741' });
    await open('newOther', {
      title: 'Dishwasher',
      description: 'Wash dishes and keep the kitchen clean during dinner service.',
      zip: '40507',
    });
    const first = await sendJobAlerts(db, 'https://jobs.example.gov', new Date(Date.now() + 1000));
    expect(first.emails).toBe(2); // both seekers' forklift searches
    const mail = await db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.toAddress, 'london.seeker@example.com'));
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe('1 new job for your saved searches');
    expect(mail[0]?.bodyText).toContain(`https://jobs.example.gov/jobs/${ids.newNear}`);
    expect(mail[0]?.bodyText).not.toContain(ids.newFar);
    expect(mail[0]?.bodyText).not.toContain('Dishwasher');
    const second = await sendJobAlerts(db, 'https://jobs.example.gov', new Date(Date.now() + 2000));
    expect(second.emails).toBe(0);
  });

  it('the mail outbox is for administrators only', async () => {
    const admin = await t.signIn('admin@demo.test');
    const list = await admin.get('/api/v1/admin/outbox?to=london.seeker');
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({ to: 'london.seeker@example.com' });
    const one = await admin.get(`/api/v1/admin/outbox/${list.body.items[0].id}`);
    expect(one.body.text).toContain('Forklift Loader');
    const caseManager = await t.signIn('casemanager@demo.test');
    expect((await caseManager.get('/api/v1/admin/outbox')).status).toBe(403);
  });
});
