import { count, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feinProblem } from '../../modules/employers/employers.rules';
import { distanceMiles, zipCentroid } from '../../modules/geo/zip-centroids';
import { laborDisputeDecision } from '../../modules/postings/labor-dispute.rules';
import { hasLapsed } from '../../modules/postings/postings.rules';
import { startTestApp, type TestApp } from '../../test/harness';
import {
  employerContacts,
  employerLaborDisputes,
  employerLocations,
  employerOwners,
  employers,
  jobPostings,
  staff,
} from '../schema';
import { DEMO_EMPLOYER_COUNT } from './demo-employers';
import { DEMO_POSTING_COUNT } from './demo-postings';
import { seed } from './seed';
import { DEMO_EMPLOYER_EMAIL, DEMO_PASSWORD } from './demo-data';
import { employerPortalClient } from '../../modules/employer-portal/employer-portal.fixtures';

describe('the demo employers and job postings', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The demo's business data come with its job seekers; one seeker is enough here.
    t = await startTestApp({ ONESTOP_DEMO_SEEKERS: '1' });
  });
  afterAll(() => t.close());

  it('EMP-1, EMP-4, EMP-8: employers with valid FEINs, 1–4 contacts and 1–3 locations at known ZIPs', async () => {
    const rows = await t.database.db.select().from(employers);
    expect(rows).toHaveLength(DEMO_EMPLOYER_COUNT);
    expect(new Set(rows.map((r) => r.fein)).size).toBe(rows.length);
    for (const row of rows) {
      expect(feinProblem(row.fein as string), row.legalName).toBeNull();
      expect(row.state).toBe('KY');
      expect(zipCentroid(row.zip as string)?.state, row.zip ?? '').toBe('KY');
      expect(row.naicsCode).toMatch(/^\d{6}$/);
    }
    const contacts = await t.database.db.select().from(employerContacts);
    const locations = await t.database.db.select().from(employerLocations);
    for (const row of rows) {
      const mine = contacts.filter((c) => c.employerId === row.id);
      expect(mine.length).toBeGreaterThanOrEqual(1);
      expect(mine.length).toBeLessThanOrEqual(4);
      expect(mine.filter((c) => c.isPrimary)).toHaveLength(1);
      const sites = locations.filter((l) => l.employerId === row.id);
      expect(sites.length).toBeGreaterThanOrEqual(1);
      expect(sites.length).toBeLessThanOrEqual(3);
      for (const site of sites) expect(zipCentroid(site.zip)).not.toBeNull();
    }
    // EMP-7: the active accounts are owned by the demo business services representatives.
    const owners = await t.database.db
      .select({ email: staff.email })
      .from(employerOwners)
      .innerJoin(staff, eq(staff.id, employerOwners.staffId));
    expect(owners.length).toBe(rows.filter((r) => r.status === 'active').length);
    expect(new Set(owners.map((o) => o.email))).toEqual(
      new Set(['bsr@demo.test', 'georgetown.bsr@demo.test']),
    );
  });

  it('EMP-5: two self-registrations wait in the central office’s approval queue', async () => {
    const central = await t.signIn('central@demo.test');
    const res = await central.get('/api/v1/employers/approval-queue');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
  });

  it('JOB-2, JOB-8: every open posting has an owner, a posting date, a deadline and a map point', async () => {
    const rows = await t.database.db.select().from(jobPostings);
    expect(rows).toHaveLength(DEMO_POSTING_COUNT);
    const open = rows.filter((r) => r.status === 'open');
    expect(open.length).toBeGreaterThan(DEMO_POSTING_COUNT / 2);
    for (const row of open) {
      expect(row.ownerStaffId).not.toBeNull();
      expect(row.postedAt).not.toBeNull();
      expect(row.applicationDeadline).not.toBeNull();
      expect(row.officeId).not.toBeNull();
    }
    for (const row of rows) {
      expect([row.lat, row.lon]).toEqual([
        zipCentroid(row.zip as string)?.lat,
        zipCentroid(row.zip as string)?.lon,
      ]);
      expect(row.onetCode).toMatch(/^\d{2}-\d{4}\.\d{2}$/);
      expect(row.description.split('\n- ').length).toBeGreaterThanOrEqual(5);
    }
    const now = new Date();
    const onBoard = open.filter(
      (r) => r.removedFromBoardAt === null && !hasLapsed(r.applicationDeadline, now),
    );
    expect(onBoard.length).toBeGreaterThan(open.length * 0.8);
    const statuses = new Set(rows.map((r) => r.status));
    for (const s of ['draft', 'on_hold', 'closed', 'filled', 'pending_approval'] as const)
      expect(statuses.has(s), s).toBe(true);
    for (const row of rows.filter((r) => r.status === 'pending_approval'))
      expect([row.origin, row.ownerStaffId]).toEqual(['employer_self_service', null]);
    // Posted over the last 30 days.
    const oldest = Math.min(...open.map((r) => (r.postedAt as Date).getTime()));
    expect(now.getTime() - oldest).toBeLessThan(31 * 86_400_000);
  });

  it('SEEK-11: forklift jobs lie within 25 miles of Frankfort (40601), and some far away', async () => {
    const frankfort = zipCentroid('40601');
    if (!frankfort) throw new Error('40601 is not in the ZIP table');
    const forklift = await t.database.db
      .select()
      .from(jobPostings)
      .where(eq(jobPostings.onetCode, '53-7051.00'));
    const miles = forklift
      .filter((r) => r.status === 'open' && r.removedFromBoardAt === null)
      .map((r) => distanceMiles(frankfort, { lat: r.lat as number, lon: r.lon as number }));
    expect(miles.filter((m) => m <= 25).length).toBeGreaterThanOrEqual(3);
    expect(miles.some((m) => m > 150)).toBe(true);
    expect(forklift.some((r) => /forklift/i.test(r.title))).toBe(true);

    // The public job board finds them, without signing in.
    const res = await t.client().get('/api/v1/jobs?q=forklift&zip=40601&radiusMiles=25');
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    for (const hit of res.body.items) expect(hit.distanceMiles).toBeLessThanOrEqual(25);
  });

  it('JOB-9, JOB-11, JOB-12: reservations, a labor dispute with not-at-issue postings, an agency naming its work site', async () => {
    const rows = await t.database.db.select().from(jobPostings);
    const now = Date.now();
    const reserved = rows.filter(
      (r) => r.reservedForOfficeId && (r.reservedUntil?.getTime() ?? 0) > now,
    );
    expect(reserved.length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.reservedIndefinitely && r.subsidized)).toHaveLength(1);

    const [dispute] = await t.database.db.select().from(employerLaborDisputes);
    if (!dispute) throw new Error('no labor dispute');
    expect(dispute.verifiedAt).not.toBeNull();
    const atEmployer = rows.filter((r) => r.employerId === dispute.employerId);
    expect(atEmployer.length).toBeGreaterThan(0);
    for (const row of atEmployer) {
      expect(row.laborDisputeNotAtIssue).toBe(true);
      expect(laborDisputeDecision([dispute], row, true)).toEqual({ kind: 'statement' });
    }
    expect(rows.filter((r) => r.laborDisputeNotAtIssue)).toHaveLength(atEmployer.length);

    const agency = rows.filter((r) => r.staffingAgency);
    expect(agency.length).toBeGreaterThan(0);
    for (const row of agency) expect(row.worksiteCompany).toBeTruthy();
  });

  it('are seeded once', async () => {
    await seed(t.database, t.config, pino({ level: 'silent' }));
    const [e] = await t.database.db.select({ n: count() }).from(employers);
    const [p] = await t.database.db.select({ n: count() }).from(jobPostings);
    expect([e?.n, p?.n]).toEqual([DEMO_EMPLOYER_COUNT, DEMO_POSTING_COUNT]);
  });

  it('EMP-5, JOB-1: the demo employer user signs in to the employer portal and sees its own postings', async () => {
    const portal = employerPortalClient(t);
    const res = await portal.signIn(DEMO_EMPLOYER_EMAIL, DEMO_PASSWORD);
    expect(res.status).toBe(201);
    expect(res.body.employer.status).toBe('active');
    const mine = await portal.client.get('/api/v1/employer-portal/postings');
    expect(mine.status).toBe(200);
    for (const posting of mine.body.items) expect(posting.employer.id).toBe(res.body.employer.id);
  });
});
