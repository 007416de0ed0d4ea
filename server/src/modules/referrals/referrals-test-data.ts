// Test helper: job seekers registered through the portal with a chosen work history, and open
// postings taken by staff, for the referral integration tests.
import { expect } from 'vitest';
import { TestClient, type TestApp } from '../../test/harness';
import { order } from '../postings/postings-test-data';

export interface PastJob {
  title: string;
  onetCode: string;
  startDate: string;
  endDate: string | null;
}

/** Forklift work from 2010 to now in three jobs: a complete registration (SEEK-12). */
export const FORKLIFT_HISTORY: PastJob[] = [
  { title: 'Forklift Operator', onetCode: '53-7051.00', startDate: '2019-03', endDate: null },
  { title: 'Forklift Driver', onetCode: '53-7051.00', startDate: '2014-05', endDate: '2019-02' },
  { title: 'Warehouse Loader', onetCode: '53-7062.00', startDate: '2010-01', endDate: '2014-04' },
];

export async function portalSeeker(
  t: TestApp,
  who: { email: string; firstName: string; jobs: PastJob[]; skills?: string[] },
) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: who.firstName,
    lastName: 'Tester',
    birthDate: '1988-04-02',
    email: who.email,
    password: 'a-long-test-password',
    zip: '40507',
  });
  expect(res.status).toBe(201);
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  const fresh = (await client.get('/api/v1/portal/resume')).body;
  const saved = await client.put('/api/v1/portal/resume', {
    searchable: true,
    resume: {
      ...fresh.resume,
      work: who.jobs.map((job) => ({
        ...job,
        employer: 'Previous Employer',
        city: 'Lexington',
        state: 'KY',
        duties: 'Loaded and unloaded trailers with sit-down and stand-up forklifts.',
        wage: 18,
        payUnit: 'hour',
      })),
      education: [
        {
          institution: 'Henry Clay High School',
          level: 'high_school',
          degree: null,
          major: null,
          completedYear: 2006,
        },
      ],
      skills: who.skills ?? ['RF scanners'],
    },
  });
  expect(saved.status).toBe(200);
  return { client, seekerId: res.body.seeker.id as string, email: who.email };
}

/** An open forklift posting (O*NET 53-7051.00) near Lexington, or another job by `extra`. */
export async function openPosting(
  staff: TestClient,
  employerId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await staff.post(
    '/api/v1/postings',
    order(employerId, {
      title: 'Forklift Operator',
      onetCode: '53-7051.00',
      description:
        'Operate sit-down and stand-up forklifts to load and unload trailers at our Lexington warehouse. Scan pallets with RF scanners, keep the inventory records straight, and follow the safety rules. Lift up to 50 pounds. Full time, days.',
      howToApply: 'Email a resume and say which shift you want.',
      ...extra,
    }),
  );
  expect(created.status).toBe(201);
  const opened = await staff.post(`/api/v1/postings/${created.body.id}/submit`, {
    confirmedNotDuplicate: true,
  });
  expect(opened.body.status).toBe('open');
  return created.body.id as string;
}
