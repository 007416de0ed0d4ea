import { count, eq, isNotNull } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { occupation } from '../../modules/onet/onet.catalog';
import { loadResume } from '../../modules/resumes/resume.store';
import { formatSsn, ssnProblem } from '../../modules/seekers/ssn.rules';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';
import { resumeJobs, seekerAccounts, seekerProfiles, seekers, staff } from '../schema';
import { DEMO_PASSWORD, DEMO_SEEKER_EMAIL } from './demo-data';
import { buildDemoSeekers, demoVeterans, type DemoSeeker } from './demo-seekers';
import { KY_PLACES } from './ky-places';
import { seed } from './seed';

const COUNT = 40;

describe('the demo job seekers', () => {
  let t: TestApp;
  let people: DemoSeeker[];
  beforeAll(async () => {
    t = await startTestApp({ ONESTOP_DEMO_SEEKERS: String(COUNT) });
    people = buildDemoSeekers(COUNT, { pseudoSsnPrefix: t.config.seekers.pseudoSsnPrefix });
  });
  afterAll(() => t.close());

  it('are seeded once, with the ids the seed module lists, a tenth of them veterans', async () => {
    const rows = await t.database.db.select().from(seekers);
    expect(rows).toHaveLength(COUNT);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(people.map((p) => p.id)));
    const veterans = demoVeterans(COUNT, { pseudoSsnPrefix: t.config.seekers.pseudoSsnPrefix });
    expect(veterans).toHaveLength(COUNT / 10);
    expect(veterans.every((v) => v.military?.branch && v.resume.work.at(-1)?.startDate)).toBe(true);
    // SEEK-6: their veteran data is in the profile, where priority of service will read it.
    const profiles = await t.database.db
      .select()
      .from(seekerProfiles)
      .where(eq(seekerProfiles.servedInMilitary, true));
    expect(profiles.map((p) => p.seekerId).sort()).toEqual(veterans.map((v) => v.id).sort());
    expect(profiles.every((p) => p.veteranType === 'veteran' && p.militaryBranch)).toBe(true);

    // Seeding again fills only what is missing: nothing.
    await seed(t.database, t.config, pino({ level: 'silent' }));
    const [again] = await t.database.db.select({ n: count() }).from(seekers);
    expect(again?.n).toBe(COUNT);
  });

  it('live at real Kentucky ZIP codes, with real emails, a mix of registrations and statuses', async () => {
    const rows = await t.database.db.select().from(seekers);
    for (const row of rows) {
      const place = KY_PLACES.find((p) => p.zip === row.zip);
      expect(place, row.zip ?? '').toBeDefined();
      expect([row.city, row.county, row.state]).toEqual([place?.city, place?.county, 'KY']);
      expect(row.emailIsPlaceholder).toBe(false);
      expect(row.email).toMatch(/@(example\.(com|net|org)|demo\.test)$/);
    }
    const byStaff = rows.filter((r) => r.registrationMethod === 'staff');
    expect(byStaff.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.registrationMethod === 'self').length).toBeGreaterThan(0);
    const registrars = await t.database.db.select().from(staff);
    for (const row of byStaff) {
      expect(registrars.some((s) => s.id === row.createdByStaffId)).toBe(true);
      expect(row.createdInOfficeId).not.toBeNull();
    }
    expect(
      rows.some((r) => r.registrationStatus === 'inactive' || r.seekerStatus === 'inactive'),
    ).toBe(true);
  });

  it('SEEK-3: SSNs are stored sealed, valid, and found by the staff search through their hash', async () => {
    const rows = await t.database.db.select().from(seekers);
    const real = rows.filter((r) => !r.ssnIsPseudo);
    expect(rows.filter((r) => r.ssnIsPseudo).length).toBe(
      people.filter((p) => p.ssn.isPseudo).length,
    );
    expect(real.length).toBeGreaterThan(COUNT * 0.8);
    for (const row of rows) {
      const digits = t.vault.decrypt(row.ssnCiphertext as string);
      expect(row.ssnCiphertext).not.toContain(digits);
      expect(row.ssnHash).toBe(t.vault.hash(digits));
      expect(row.ssnLast4).toBe(digits.slice(5));
      if (row.ssnIsPseudo) expect(digits.startsWith(t.config.seekers.pseudoSsnPrefix)).toBe(true);
      else expect(ssnProblem(digits)).toBeNull();
    }
    const client = await t.signIn('casemanager@demo.test');
    for (const row of real.slice(0, 5)) {
      const ssn = formatSsn(t.vault.decrypt(row.ssnCiphertext as string));
      const res = await client.post('/api/v1/seekers/search', { ssn });
      expect(res.status).toBe(200);
      expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([row.id]);
    }
  });

  it('SEEK-7: each has a complete resume with O*NET-coded jobs, read back through the resume store', async () => {
    const jobs = await t.database.db
      .select()
      .from(resumeJobs)
      .where(isNotNull(resumeJobs.onetCode));
    const [all] = await t.database.db.select({ n: count() }).from(resumeJobs);
    expect(jobs.length).toBe(all?.n);
    for (const job of jobs)
      expect(occupation(job.onetCode as string), job.onetCode ?? '').not.toBeNull();
    expect(new Set(jobs.map((j) => j.onetCode)).size).toBeGreaterThan(15);
    for (const person of people) {
      const saved = await loadResume(t.database.db, person.id);
      expect(saved?.resume).toEqual(person.resume);
      expect(saved?.searchable).toBe(person.searchable);
      expect(person.resume.summary.length).toBeGreaterThan(0);
      expect(person.resume.education.length).toBeGreaterThan(0);
    }
    expect(people.some((p) => p.resume.licenses.length > 0)).toBe(true);
  });

  it('SEEK-1: the demo seeker signs in to the portal and sees their own record and resume', async () => {
    const portal = new TestClient(t.app);
    const res = await portal.post('/api/v1/portal/session', {
      email: DEMO_SEEKER_EMAIL,
      password: DEMO_PASSWORD,
    });
    expect(res.status).toBe(201);
    const setCookie = res.headers['set-cookie'];
    portal.cookie =
      String(Array.isArray(setCookie) ? setCookie[0] : setCookie).split(';')[0] ?? null;
    const me = await portal.get('/api/v1/portal/me');
    expect(me.status).toBe(200);
    expect([me.body.firstName, me.body.lastName]).toEqual(['Jamie', 'Collins']);
    const resume = await portal.get('/api/v1/portal/resume');
    expect(resume.status).toBe(200);
    expect(resume.body.resume.work.length).toBeGreaterThanOrEqual(3);
    expect(resume.body.resume.licenses.length).toBeGreaterThan(0);
    const [account] = await t.database.db
      .select()
      .from(seekerAccounts)
      .where(eq(seekerAccounts.seekerId, me.body.id));
    expect(account?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
