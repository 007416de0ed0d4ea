import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  jobPostings,
  outboundEmails,
  seekerProfiles,
  veteranPriorityAlerts,
} from '../../db/schema';
import { releaseVeteranHolds } from '../../jobs/release-veteran-holds';
import { startTestApp, TestClient, type TestApp } from '../../test/harness';
import { makeEmployer, order } from '../postings/postings-test-data';
import { refreshSeekerMatch } from './match-features.store';
import { seekerWithResume } from './matching-test-data';

const FORKLIFT_DESCRIPTION =
  'Operate sit-down and stand-up forklifts to load and unload trailers at our Frankfort warehouse. Scan pallets with RF scanners, keep the inventory records straight, and follow the safety rules. Lift up to 50 pounds. Full time, days.';

describe("veterans' priority of service", () => {
  let t: TestApp;
  let bsr: TestClient;
  let employerId: string;
  let veteran: { client: TestClient; seekerId: string };
  let civilian: { client: TestClient; seekerId: string };

  const openForklift = async (title: string) => {
    const created = await bsr.post(
      '/api/v1/postings',
      order(employerId, {
        title,
        onetCode: '53-7051.00',
        zip: '40601',
        city: 'Frankfort',
        description: FORKLIFT_DESCRIPTION,
      }),
    );
    const opened = await bsr.post(`/api/v1/postings/${created.body.id}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(opened.body.status).toBe('open');
    return created.body.id as string;
  };
  const seesOnBoard = async (client: TestClient, id: string) => {
    const found = await client.get('/api/v1/portal/jobs?q=forklift&pageSize=50');
    return found.body.items.some((i: { id: string }) => i.id === id);
  };

  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
    employerId = (await makeEmployer(t.database.db, 'Priority Pallets', 'LEX')).id;
    const forklift = { title: 'Forklift Operator', onetCode: '53-7051.00', zip: '40601' };
    veteran = await seekerWithResume(t, { ...forklift, email: 'vet.priority@example.com' });
    civilian = await seekerWithResume(t, { ...forklift, email: 'civ.priority@example.com' });
    // The veteran's service, as staff record it in the profile (VET-1).
    await t.database.db
      .insert(seekerProfiles)
      .values({ seekerId: veteran.seekerId, servedInMilitary: true, veteranType: 'veteran' })
      .onConflictDoUpdate({
        target: seekerProfiles.seekerId,
        set: { servedInMilitary: true, veteranType: 'veteran' },
      });
    await refreshSeekerMatch(t.database.db, [veteran.seekerId]);
  });
  afterAll(() => t.close());

  it('VET-2, VET-3: a new forklift posting alerts the matching veteran, in the portal and by email, and hides from the non-veteran for 24 hours', async () => {
    const id = await openForklift('Forklift Operator, first shift');
    const [alert] = await t.database.db
      .select()
      .from(veteranPriorityAlerts)
      .where(eq(veteranPriorityAlerts.postingId, id));
    expect(alert?.seekerId).toBe(veteran.seekerId);
    expect(alert?.stars).toBeGreaterThanOrEqual(3);
    const mail = await t.database.db
      .select({ subject: outboundEmails.subject, text: outboundEmails.bodyText })
      .from(outboundEmails)
      .where(eq(outboundEmails.toAddress, 'vet.priority@example.com'));
    expect(mail.map((m) => m.subject)).toContain(
      'Veteran priority: Forklift Operator, first shift at Priority Pallets',
    );
    const [posting] = await t.database.db
      .select({ until: jobPostings.veteranHoldUntil, postedAt: jobPostings.postedAt })
      .from(jobPostings)
      .where(eq(jobPostings.id, id));
    const hours = ((posting?.until?.getTime() ?? 0) - (posting?.postedAt?.getTime() ?? 0)) / 36e5;
    expect(Math.round(hours)).toBe(24);

    const inPortal = await veteran.client.get('/api/v1/portal/veteran-alerts');
    expect(inPortal.body.items[0]).toMatchObject({
      postingId: id,
      employerName: 'Priority Pallets',
    });
    expect((await civilian.client.get('/api/v1/portal/veteran-alerts')).body.items).toEqual([]);
    expect(await seesOnBoard(veteran.client, id)).toBe(true);
    expect(await seesOnBoard(civilian.client, id)).toBe(false);
    // Hidden means hidden everywhere: the public board and page, and the non-veteran's matches.
    const publicPage = await new TestClient(t.app).get(`/api/v1/jobs/${id}`);
    expect(publicPage.status).toBe(404);
    const civilianMatches = await civilian.client.get('/api/v1/portal/matches');
    expect(civilianMatches.body.items.map((i: { postingId: string }) => i.postingId)).not.toContain(
      id,
    );
    expect((await civilian.client.get(`/api/v1/portal/matches/${id}`)).status).toBe(404);
    // VET-4: staff still see it, and a referral they make for the non-veteran is delayed.
    expect((await bsr.get(`/api/v1/postings/${id}`)).status).toBe(200);
    const caseManager = await t.signIn('casemanager@demo.test');
    const referred = await caseManager.post(`/api/v1/seekers/${civilian.seekerId}/referrals`, {
      postingId: id,
    });
    expect(referred.status).toBe(201);
    expect(referred.body).toMatchObject({ status: 'held', decidedAt: null });
    expect(referred.body.notice).toMatch(/^Delayed referral for veterans’ priority hold\./);
    expect(referred.body.releaseAt).toBe(posting?.until?.toISOString());
    const referralMail = () =>
      t.database.db
        .select({ subject: outboundEmails.subject })
        .from(outboundEmails)
        .where(eq(outboundEmails.toAddress, 'civ.priority@example.com'));
    expect(await referralMail()).toEqual([]);

    // A day later (the clock moved on): everyone sees it, and the release job records the end once.
    await t.database.db
      .update(jobPostings)
      .set({ veteranHoldUntil: new Date(Date.now() - 1000) })
      .where(eq(jobPostings.id, id));
    expect(await seesOnBoard(civilian.client, id)).toBe(true);
    expect((await new TestClient(t.app).get(`/api/v1/jobs/${id}`)).status).toBe(200);
    expect(await releaseVeteranHolds(t.database.db)).toBeGreaterThanOrEqual(1);
    expect(await releaseVeteranHolds(t.database.db)).toBe(0);
    const [released] = await t.database.db
      .select({ at: jobPostings.veteranHoldReleasedAt })
      .from(jobPostings)
      .where(eq(jobPostings.id, id));
    expect(released?.at).toBeTruthy();
    // The delayed referral went out with the hold, and the seeker got its details.
    const after = await caseManager.get(`/api/v1/seekers/${civilian.seekerId}/referrals`);
    expect(after.body.items[0]).toMatchObject({ status: 'referred', notice: null });
    expect((await referralMail()).map((m) => m.subject)).toEqual([
      expect.stringMatching(/^You have been referred: J-\d+ Forklift Operator, first shift$/),
    ]);
  });

  it('VET-3: a posting no veteran matches with 3 stars is visible to everyone at once', async () => {
    const created = await bsr.post(
      '/api/v1/postings',
      order(employerId, {
        title: 'Registered Nurse',
        onetCode: '29-1141.00',
        zip: '40601',
        city: 'Frankfort',
        description:
          'Provide and coordinate patient care on a medical-surgical unit. Assess patients, give medications and treatments, and teach patients and families. Kentucky RN license required. Twelve-hour shifts.',
      }),
    );
    await bsr.post(`/api/v1/postings/${created.body.id}/submit`, { confirmedNotDuplicate: true });
    const [posting] = await t.database.db
      .select({ until: jobPostings.veteranHoldUntil })
      .from(jobPostings)
      .where(eq(jobPostings.id, created.body.id));
    expect(posting?.until).toBeNull();
    const alerts = await t.database.db
      .select()
      .from(veteranPriorityAlerts)
      .where(eq(veteranPriorityAlerts.postingId, created.body.id));
    expect(alerts).toEqual([]);
    const page = await new TestClient(t.app).get(`/api/v1/jobs/${created.body.id}`);
    expect(page.status).toBe(200);
  });
});
