import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents, resumeJobs } from '../../db/schema';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';

async function registeredSeeker(t: TestApp, email: string) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: 'Tomas',
    lastName: 'Reyes',
    birthDate: '1990-08-15',
    email,
    password: 'tomas-long-password',
    zip: '40507',
  });
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  return { client, seekerId: res.body.seeker.id as string };
}

describe('building a resume', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('SEEK-7: a seeker picks an O*NET title, drafts duties from its tasks, and saves a typed resume; SEEK-9: they choose searchable or not', async () => {
    const { client, seekerId } = await registeredSeeker(t, 'tomas@example.com');
    const fresh = (await client.get('/api/v1/portal/resume')).body;
    expect(fresh.updatedAt).toBeNull();
    expect(fresh.resume.contact).toMatchObject({
      firstName: 'Tomas',
      lastName: 'Reyes',
      email: 'tomas@example.com',
      zip: '40507',
    });
    expect(fresh.searchable).toBe(false);

    const titles = (await client.get('/api/v1/occupations/titles?q=forklift')).body.items;
    const pick = titles[0];
    expect(pick.code).toBe('53-7051.00');
    const duties = (await client.get(`/api/v1/occupations/${pick.code}`)).body.tasks as string[];
    expect(duties.length).toBeGreaterThan(2);

    const resume = {
      ...fresh.resume,
      summary: 'Reliable forklift operator.',
      work: [
        {
          title: pick.title,
          onetCode: pick.code,
          employer: 'Bluegrass Logistics',
          city: 'Lexington',
          state: 'KY',
          startDate: '2019-03',
          endDate: null,
          duties: duties
            .slice(0, 3)
            .map((d) => `• ${d}`)
            .join('\n'),
          wage: 18.5,
          payUnit: 'hour',
        },
      ],
      education: [
        {
          institution: 'Henry Clay High School',
          level: 'high_school',
          degree: 'High school diploma',
          major: null,
          completedYear: 2008,
        },
      ],
      licenses: [
        { name: 'Forklift certification', issuer: 'OSHA-authorized trainer', expires: '2027-03' },
      ],
      skills: ['Inventory control', 'RF scanners'],
    };
    const saved = await client.put('/api/v1/portal/resume', { resume, searchable: true });
    expect(saved.status).toBe(200);
    expect(saved.body.searchable).toBe(true);
    expect(saved.body.resume.work[0]).toMatchObject({
      onetCode: '53-7051.00',
      startDate: '2019-03',
      endDate: null,
      wage: 18.5,
    });
    const [job] = await t.database.db
      .select()
      .from(resumeJobs)
      .where(eq(resumeJobs.seekerId, seekerId));
    expect(job).toMatchObject({
      onetCode: '53-7051.00',
      startDate: '2019-03-01',
      employer: 'Bluegrass Logistics',
    });

    const confidential = await client.put('/api/v1/portal/resume', { resume, searchable: false });
    expect(confidential.body.searchable).toBe(false);
  });

  it('explains a bad resume field by field and keeps the saved one', async () => {
    const { client } = await registeredSeeker(t, 'bad.dates@example.com');
    const before = (await client.get('/api/v1/portal/resume')).body;
    const res = await client.put('/api/v1/portal/resume', {
      resume: {
        ...before.resume,
        work: [
          {
            title: '',
            onetCode: 'nurse',
            employer: 'X',
            city: null,
            state: null,
            startDate: '2019-13',
            endDate: null,
            duties: '',
            wage: -1,
            payUnit: 'hour',
          },
        ],
      },
      searchable: true,
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'resume.work.0.title',
        'resume.work.0.onetCode',
        'resume.work.0.startDate',
        'resume.work.0.wage',
      ]),
    );
    expect((await client.get('/api/v1/portal/resume')).body.updatedAt).toBeNull();
  });

  it('staff open and edit the resume on the record (recorded for the services issue); SEC-3: a role without the resume tab cannot', async () => {
    const { seekerId } = await registeredSeeker(t, 'staff.edit@example.com');
    const caseManager = await t.signIn('casemanager@demo.test');
    const current = (await caseManager.get(`/api/v1/seekers/${seekerId}/resume`)).body;
    const edited = await caseManager.put(`/api/v1/seekers/${seekerId}/resume`, {
      resume: { ...current.resume, skills: ['Customer service'] },
      searchable: false,
    });
    expect(edited.body.resume.skills).toEqual(['Customer service']);
    const events = await t.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.type, 'resume.edited_by_staff'));
    expect(events.map((e) => [e.seekerId, e.staffId])).toEqual([
      [seekerId, caseManager.session?.staff.id],
    ]);

    const admin = await t.signIn('admin@demo.test');
    const roles = (await admin.get('/api/v1/admin/roles')).body.items;
    const cm = roles.find((r: { key: string }) => r.key === 'case_manager');
    await admin.put(`/api/v1/admin/roles/${cm.id}`, { ...cm, withheldTabs: ['seekers.resume'] });
    const denied = await caseManager.get(`/api/v1/seekers/${seekerId}/resume`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/not available to your role/);
  });
});
