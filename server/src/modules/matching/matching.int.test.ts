import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobPostings, seekerMatchFeatures } from '../../db/schema';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';
import { makeEmployer, order } from '../postings/postings-test-data';
import { seekerWithResume } from './matching-test-data';

describe('star-rated matches, both ways', () => {
  let t: TestApp;
  let bsr: TestClient;
  let postingId: string;
  let operator: { client: TestClient; seekerId: string };
  let nurse: { client: TestClient; seekerId: string };

  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
    const employer = await makeEmployer(t.database.db, 'Star Match Logistics', 'LEX');
    const created = await bsr.post(
      '/api/v1/postings',
      order(employer.id, {
        title: 'Forklift Operator',
        onetCode: '53-7051.00',
        description:
          'Operate sit-down and stand-up forklifts to load and unload trailers at our Lexington warehouse. Scan pallets with RF scanners, keep the inventory records straight, and follow the safety rules. Lift up to 50 pounds. Full time, days.',
      }),
    );
    postingId = created.body.id;
    const opened = await bsr.post(`/api/v1/postings/${postingId}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(opened.body.status).toBe('open');
    operator = await seekerWithResume(t, {
      email: 'forklift.match@example.com',
      zip: '40507',
      title: 'Forklift Operator',
      onetCode: '53-7051.00',
      skills: ['RF scanners'],
    });
    nurse = await seekerWithResume(t, {
      email: 'nurse.match@example.com',
      zip: '40507',
      title: 'Registered Nurse',
      onetCode: '29-1141.00',
    });
  });
  afterAll(() => t.close());

  it('MATCH-1: features are kept on write, in the same transaction as the resume and the posting', async () => {
    const [features] = await t.database.db
      .select()
      .from(seekerMatchFeatures)
      .where(eq(seekerMatchFeatures.seekerId, operator.seekerId));
    expect(features?.tokens).toEqual(expect.arrayContaining(['53-7051.00', 'minor:53-7']));
    const [posting] = await t.database.db
      .select({ tokens: jobPostings.matchTokens })
      .from(jobPostings)
      .where(eq(jobPostings.id, postingId));
    expect(posting?.tokens).toEqual(['53-7051.00', 'minor:53-7']);
  });

  it('MATCH-1: the forklift operator sees the forklift job among "My matches" with high stars and why; the nurse does not', async () => {
    const mine = await operator.client.get('/api/v1/portal/matches');
    expect(mine.status).toBe(200);
    const hit = mine.body.items.find((i: { postingId: string }) => i.postingId === postingId);
    expect(hit).toBeTruthy();
    expect(hit.rating.stars).toBeGreaterThanOrEqual(4);
    const codes = hit.rating.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('occupation.same');
    expect(hit.rating.findings.every((f: { text: string }) => f.text.length > 0)).toBe(true);
    expect(hit.distanceMiles).toBeLessThan(10);

    const theirs = await nurse.client.get('/api/v1/portal/matches');
    expect(theirs.body.items.map((i: { postingId: string }) => i.postingId)).not.toContain(
      postingId,
    );
    const pair = await nurse.client.get(`/api/v1/portal/matches/${postingId}`);
    expect(pair.status).toBe(200);
    expect(pair.body.stars).toBeLessThanOrEqual(1);
    expect(pair.body.findings.map((f: { code: string }) => f.code)).toContain(
      'occupation.unrelated',
    );
  });

  it("MATCH-1: staff see the posting's candidates best first, each star with its explanation", async () => {
    const res = await bsr.get(`/api/v1/postings/${postingId}/candidates?limit=10`);
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { seekerId: string }) => i.seekerId);
    expect(ids).toContain(operator.seekerId);
    expect(ids).not.toContain(nurse.seekerId);
    const stars = res.body.items.map((i: { rating: { stars: number } }) => i.rating.stars);
    expect([...stars].sort((a, b) => b - a)).toEqual(stars);
    for (const item of res.body.items) expect(item.rating.findings.length).toBeGreaterThan(0);

    const seekerSide = await bsr.get(`/api/v1/seekers/${operator.seekerId}/matches?minStars=4`);
    expect(seekerSide.body.items.map((i: { postingId: string }) => i.postingId)).toContain(
      postingId,
    );
  });

  it('MATCH-1: a CDL class A posting caps the forklift operator without one, and says so', async () => {
    const employer = await makeEmployer(t.database.db, 'Star Match Freight', 'LEX');
    const created = await bsr.post(
      '/api/v1/postings',
      order(employer.id, {
        title: 'Yard Forklift and Tractor Operator',
        onetCode: '53-7051.00',
        licenseClass: 'cdl_a',
        description:
          'Move trailers in the yard with a yard tractor and load them with forklifts. CDL class A required. Scan pallets with RF scanners and keep the yard log. Full time, days, Lexington.',
      }),
    );
    const opened = await bsr.post(`/api/v1/postings/${created.body.id}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(opened.body.status).toBe('open');
    const pair = await operator.client.get(`/api/v1/portal/matches/${created.body.id}`);
    expect(pair.body.stars).toBeLessThanOrEqual(2);
    const cdl = pair.body.findings.find((f: { factor: string }) => f.factor === 'licenses');
    expect(cdl).toMatchObject({ outcome: 'unmet' });
    expect(cdl.text).toMatch(/CDL/);
  });

  it('an unknown posting or one the seeker cannot see reads as not found; bad limits are refused', async () => {
    const missing = await operator.client.get(`/api/v1/portal/matches/${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    const bad = await bsr.get(`/api/v1/postings/${postingId}/candidates?limit=500`);
    expect(bad.status).toBe(400);
    const anonymous = await new TestClient(t.app).get('/api/v1/portal/matches');
    expect(anonymous.status).toBe(401);
  });
});
