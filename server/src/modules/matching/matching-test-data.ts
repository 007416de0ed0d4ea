// Test helper: job seekers with a one-job resume, registered and saved through the portal's API.
import { expect } from 'vitest';
import { TestClient, type TestApp } from '../../test/harness';

export async function seekerWithResume(
  t: TestApp,
  who: { email: string; zip: string; title: string; onetCode: string; skills?: string[] },
) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: who.email.split('@')[0],
    lastName: 'Tester',
    birthDate: '1988-04-02',
    email: who.email,
    password: 'a-long-test-password',
    zip: who.zip,
  });
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  const fresh = (await client.get('/api/v1/portal/resume')).body;
  const saved = await client.put('/api/v1/portal/resume', {
    searchable: true,
    resume: {
      ...fresh.resume,
      work: [
        {
          title: who.title,
          onetCode: who.onetCode,
          employer: 'Previous Employer',
          city: 'Lexington',
          state: 'KY',
          startDate: '2014-01',
          endDate: null,
          duties: 'Daily work in the trade.',
          wage: 18,
          payUnit: 'hour',
        },
      ],
      education: [
        {
          institution: 'Henry Clay High School',
          level: 'high_school',
          degree: null,
          major: null,
          completedYear: 2006,
        },
      ],
      skills: who.skills ?? [],
    },
  });
  expect(saved.status).toBe(200);
  return { client, seekerId: res.body.seeker.id as string };
}
