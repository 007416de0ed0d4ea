import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboundEmails, referrals } from '../../db/schema';
import { AuditWriter } from '../../platform/audit/audit';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { makeEmployer } from '../postings/postings-test-data';
import { FORKLIFT_HISTORY, openPosting, portalSeeker } from './referrals-test-data';
import { withdrawRequestsForClosedPosting } from './withdraw-requests';

type Seeker = Awaited<ReturnType<typeof portalSeeker>>;

describe('referrals: self-referral, the approval queue, staff referrals and results', () => {
  let t: TestApp;
  let bsr: TestClient;
  let caseManager: TestClient;
  let employerId: string;
  let operator: Seeker;
  let loader: Seeker;
  let newcomer: Seeker;

  beforeAll(async () => {
    t = await startTestApp();
    [bsr, caseManager] = await Promise.all([
      t.signIn('bsr@demo.test'),
      t.signIn('casemanager@demo.test'),
    ]);
    employerId = (
      await makeEmployer(t.database.db, 'Bluegrass Logistics', 'LEX', { phone: '859-555-0100' })
    ).id;
    operator = await portalSeeker(t, {
      email: 'ana.operator@example.com',
      firstName: 'Ana',
      jobs: FORKLIFT_HISTORY,
    });
    loader = await portalSeeker(t, {
      email: 'leo.loader@example.com',
      firstName: 'Leo',
      jobs: FORKLIFT_HISTORY,
    });
    newcomer = await portalSeeker(t, {
      email: 'nia.newcomer@example.com',
      firstName: 'Nia',
      jobs: [
        { title: 'Forklift Operator', onetCode: '53-7051.00', startDate: '2023-03', endDate: null },
      ],
    });
  });
  afterAll(() => t.close());

  const emailsTo = (to: string) =>
    t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.toAddress, to))
      .orderBy(desc(outboundEmails.createdAt));

  it('REF-3, REF-4: a seeker self-refers on a high-star match; the request waits in the queue, oldest first, with its age, stars and why; staff approve it and the seeker is emailed how to apply', async () => {
    const first = await openPosting(bsr, employerId);
    const second = await openPosting(bsr, employerId, {
      title: 'Forklift Operator, second shift',
      shift: 'evening',
    });
    const asked = await operator.client.post('/api/v1/portal/referrals', { postingId: first });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'self', status: 'requested', requestedBy: null });
    expect(asked.body.stars).toBeGreaterThanOrEqual(4);
    expect(asked.body.findings.length).toBeGreaterThan(0);
    const later = await operator.client.post('/api/v1/portal/referrals', { postingId: second });
    expect(later.status).toBe(201);

    const queue = await caseManager.get('/api/v1/referrals/queue');
    expect(queue.status).toBe(200);
    expect(queue.body.targetBusinessDays).toBe(2);
    const ids = queue.body.items.map((i: { id: string }) => i.id);
    expect(ids.indexOf(asked.body.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(asked.body.id)).toBeLessThan(ids.indexOf(later.body.id));
    const item = queue.body.items.find((i: { id: string }) => i.id === asked.body.id);
    expect(item).toMatchObject({
      ageDays: 0,
      overdue: false,
      seeker: { name: 'Ana Tester' },
      posting: { title: 'Forklift Operator', employerName: 'Bluegrass Logistics' },
    });
    for (const finding of item.findings) expect(finding.text.length).toBeGreaterThan(0);

    const approved = await caseManager.post(`/api/v1/referrals/${asked.body.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: 'referred',
      decidedBy: { name: 'Casey Morgan' },
    });
    const [mail] = await emailsTo(operator.email);
    expect(mail?.subject).toMatch(/^You have been referred: J-\d+ Forklift Operator$/);
    expect(mail?.bodyText).toMatch(/Email: jobs@bluegrass-logistics\.example/);
    expect(mail?.bodyText).toMatch(/Email a resume and say which shift you want\./);
    const again = await caseManager.post(`/api/v1/referrals/${asked.body.id}/approve`);
    expect(again.status).toBe(409);

    const mine = await operator.client.get('/api/v1/portal/referrals');
    expect(mine.body.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [later.body.id, 'requested'],
      [asked.body.id, 'referred'],
    ]);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, asked.body.id), eq(auditEvents.action, 'referral.approved')),
      );
    expect(audit?.actorId).toBe(caseManager.session?.staff.id);
  });

  it('REF-3: a self-referral on a low-star match is refused with its stars and what does not fit', async () => {
    const nursing = await openPosting(bsr, employerId, {
      title: 'Registered Nurse',
      onetCode: '29-1141.00',
      description:
        'Registered nurse for our occupational health clinic: assess injured workers, give first aid and keep medical records. Current Kentucky RN license required.',
    });
    const res = await operator.client.post('/api/v1/portal/referrals', { postingId: nursing });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('REF-3');
    expect(res.body.error.message).toMatch(
      /This job is a [0-3]-star match for you\. You can ask for a referral yourself only on 4- and 5-star matches\. What does not fit: .+/,
    );
  });

  it('REF-4: staff deny a request with a specific reason; the seeker is emailed the reason with the staff member’s contact', async () => {
    const posting = await openPosting(bsr, employerId, { title: 'Forklift Operator, weekends' });
    const asked = await loader.client.post('/api/v1/portal/referrals', { postingId: posting });
    expect(asked.status).toBe(201);
    const vague = await caseManager.post(`/api/v1/referrals/${asked.body.id}/deny`, {
      reason: 'No.',
    });
    expect(vague.status).toBe(400);
    const reason =
      'The employer requires a current forklift certification, which your resume does not show.';
    const denied = await caseManager.post(`/api/v1/referrals/${asked.body.id}/deny`, { reason });
    expect(denied.status).toBe(200);
    expect(denied.body).toMatchObject({
      status: 'denied',
      denialReason: reason,
      emailedTo: loader.email,
    });
    const [mail] = await emailsTo(loader.email);
    expect(mail?.subject).toMatch(
      /^About your referral request: J-\d+ Forklift Operator, weekends$/,
    );
    expect(mail?.bodyText).toContain(reason);
    expect(mail?.bodyText).toMatch(/Casey Morgan\ncasemanager@demo\.test\n/);
    expect((await caseManager.post(`/api/v1/referrals/${asked.body.id}/approve`)).status).toBe(409);
    // REF-6: a denied request never reached the employer, so it takes no result.
    const result = await caseManager.post(`/api/v1/referrals/${asked.body.id}/result`, {
      result: 'hired',
    });
    expect(result.status).toBe(422);
    expect(result.body.error.rule).toBe('REF-6');
  });

  it('REF-5: a second referral of the same seeker to the same posting is refused with a clear message, even when two arrive at once', async () => {
    const posting = await openPosting(bsr, employerId, {
      title: 'Forklift Operator, nights',
      shift: 'night',
    });
    const [a, b] = await Promise.all([
      caseManager.post(`/api/v1/seekers/${loader.seekerId}/referrals`, { postingId: posting }),
      caseManager.post(`/api/v1/seekers/${loader.seekerId}/referrals`, { postingId: posting }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.body.error.rule).toBe('REF-5');
    expect(refused.body.error.message).toMatch(/referred to the same posting only once/);
    const rows = await t.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.postingId, posting));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'staff', status: 'referred' });

    const self = await loader.client.post('/api/v1/portal/referrals', { postingId: posting });
    expect(self.status).toBe(409);
    expect(self.body.error.message).toMatch(
      /^A referral of this job seeker to J-\d+ Forklift Operator, nights has already been made\./,
    );
  });

  it('SEEK-12: a referral needs three jobs or ten years of work history, and the refusal says what to add', async () => {
    const posting = await openPosting(bsr, employerId, { title: 'Forklift Operator, days' });
    const res = await caseManager.post(`/api/v1/seekers/${newcomer.seekerId}/referrals`, {
      postingId: posting,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('SEEK-12');
    expect(res.body.error.message).toMatch(
      /^The resume lists 1 job covering \d+ years?( \d+ months?)?\. A referral needs a complete registration with 3 jobs or 10 years of work history\./,
    );
    expect(res.body.error.message).toMatch(/Add 2 more jobs to the work history/);
    const self = await newcomer.client.post('/api/v1/portal/referrals', { postingId: posting });
    expect(self.body.error.rule).toBe('SEEK-12');
  });

  it('REF-1, REF-5: a closed posting takes no referral, and its waiting requests leave the queue', async () => {
    const posting = await openPosting(bsr, employerId, { title: 'Forklift Operator, dock' });
    const asked = await operator.client.post('/api/v1/portal/referrals', { postingId: posting });
    expect(asked.status).toBe(201);
    expect((await bsr.post(`/api/v1/postings/${posting}/close`)).body.status).toBe('closed');
    const queue = await caseManager.get('/api/v1/referrals/queue');
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(asked.body.id);
    // Closing the posting withdrew the request, with its audit row, in the same transaction.
    const [row] = await t.database.db
      .select()
      .from(referrals)
      .where(eq(referrals.id, asked.body.id));
    expect(row?.status).toBe('withdrawn');
    const trail = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, asked.body.id))
      .orderBy(auditEvents.id);
    expect(trail.map((a) => a.action)).toEqual(['referral.requested', 'referral.withdrawn']);
    const approve = await caseManager.post(`/api/v1/referrals/${asked.body.id}/approve`);
    expect(approve.status).toBe(409);
    expect(approve.body.error.message).toMatch(/left the queue because its posting closed/);
    const staff = await caseManager.post(`/api/v1/seekers/${newcomer.seekerId}/referrals`, {
      postingId: posting,
    });
    expect(staff.status).toBe(422);
    expect(staff.body.error.message).toMatch(
      /^J-\d+ Forklift Operator, dock is closed\. Referrals are made only to open postings on the job board\.$/,
    );
    // Run again (as a sweep would), nothing is left to withdraw.
    const again = await t.database.db.transaction((tx) =>
      withdrawRequestsForClosedPosting(
        tx,
        posting,
        new AuditWriter(tx, { actorId: null, officeId: null, requestId: 'test' }),
      ),
    );
    expect(again).toBe(0);
  });

  it('REF-3: a seeker asks for at most three referrals a day (the setting); the next is refused until tomorrow', async () => {
    // Leo asked once today already (the denied request); two more reach the cap.
    const postings = [
      await openPosting(bsr, employerId, { title: 'Forklift Operator, cold storage' }),
      await openPosting(bsr, employerId, { title: 'Forklift Operator, yard' }),
      await openPosting(bsr, employerId, { title: 'Forklift Operator, returns' }),
    ];
    for (const postingId of postings.slice(0, 2))
      expect((await loader.client.post('/api/v1/portal/referrals', { postingId })).status).toBe(
        201,
      );
    const over = await loader.client.post('/api/v1/portal/referrals', { postingId: postings[2] });
    expect(over.status).toBe(422);
    expect(over.body.error).toMatchObject({ rule: 'REF-3' });
    expect(over.body.error.message).toMatch(
      /You have asked for 3 referrals today.*You can ask again tomorrow\./,
    );
  });

  it('REF-6: staff post a result; "failed to report" goes to the unemployment-insurance review list until reviewed', async () => {
    const posting = await openPosting(bsr, employerId, { title: 'Forklift Operator, mezzanine' });
    const made = await caseManager.post(`/api/v1/seekers/${operator.seekerId}/referrals`, {
      postingId: posting,
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      kind: 'staff',
      status: 'referred',
      requestedBy: { name: 'Casey Morgan' },
    });
    const hired = await caseManager.post(`/api/v1/referrals/${made.body.id}/result`, {
      result: 'interview_scheduled',
    });
    expect(hired.body).toMatchObject({ result: 'interview_scheduled', uiReview: false });
    const failed = await caseManager.post(`/api/v1/referrals/${made.body.id}/result`, {
      result: 'failed_to_report',
      note: 'The employer says Ana did not come to the interview on Tuesday.',
    });
    expect(failed.body).toMatchObject({
      result: 'failed_to_report',
      uiReview: true,
      uiReviewedAt: null,
    });
    const list = await caseManager.get('/api/v1/referrals/ui-review');
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(made.body.id);
    const reviewed = await caseManager.post(`/api/v1/referrals/${made.body.id}/ui-reviewed`);
    expect(reviewed.body.uiReviewedAt).toBeTruthy();
    const after = await caseManager.get('/api/v1/referrals/ui-review');
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(made.body.id);

    const byPosting = await bsr.get(`/api/v1/postings/${posting}/referrals`);
    expect(byPosting.body.items).toMatchObject([{ id: made.body.id, result: 'failed_to_report' }]);
    const bySeeker = await caseManager.get(`/api/v1/seekers/${operator.seekerId}/referrals`);
    expect(bySeeker.body.items.map((i: { id: string }) => i.id)).toContain(made.body.id);
  });

  it('REF-2: "Show me how to apply" reveals the method and hiring contact; on a feed posting it records one external referral; it can be emailed', async () => {
    const employer = await makeEmployer(t.database.db, 'Feed Freight', 'LEX', {
      phone: '859-555-0199',
    });
    const fein = `${employer.fein?.slice(0, 2)}-${employer.fein?.slice(2)}`;
    const imported = await bsr.post('/api/v1/postings/import', {
      source: 'nlx',
      postings: [
        {
          externalId: 'FF-1',
          employerFein: fein,
          title: 'Forklift Operator',
          description:
            'Operate forklifts to load trailers at our Lexington cross-dock. Full time, days.',
          zip: '40511',
          contactUrl: 'https://jobs.feedfreight.example/apply/FF-1',
        },
      ],
    });
    const postingId = imported.body.created[0].id as string;
    const shown = await operator.client.get(`/api/v1/portal/postings/${postingId}/how-to-apply`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      external: true,
      employerName: 'Feed Freight',
      contactUrl: 'https://jobs.feedfreight.example/apply/FF-1',
      employerPhone: '859-555-0199',
      referral: { kind: 'external', status: 'referred' },
      referralNote: null,
    });
    expect(shown.body.text).toMatch(
      /Apply online: https:\/\/jobs\.feedfreight\.example\/apply\/FF-1/,
    );
    const twice = await Promise.all([
      operator.client.get(`/api/v1/portal/postings/${postingId}/how-to-apply`),
      operator.client.get(`/api/v1/portal/postings/${postingId}/how-to-apply`),
    ]);
    for (const res of twice) expect(res.body.referral.id).toBe(shown.body.referral.id);
    expect(
      await t.database.db.select().from(referrals).where(eq(referrals.postingId, postingId)),
    ).toHaveLength(1);

    // Nia's registration is not complete (SEEK-12): she still sees how to apply; no referral is recorded.
    const short = await newcomer.client.get(`/api/v1/portal/postings/${postingId}/how-to-apply`);
    expect(short.body).toMatchObject({
      referral: null,
      referralNote: expect.stringMatching(/^No external referral was recorded: /),
    });

    const local = await openPosting(bsr, employerId, { title: 'Forklift Operator, training' });
    const localShown = await operator.client.get(`/api/v1/portal/postings/${local}/how-to-apply`);
    expect(localShown.body).toMatchObject({
      external: false,
      contactMethod: 'email',
      contactEmail: 'jobs@bluegrass-logistics.example',
      referral: null,
    });

    const emailed = await operator.client.post(
      `/api/v1/portal/postings/${postingId}/how-to-apply/email`,
    );
    expect(emailed.body).toEqual({ sentTo: operator.email });
    const [mail] = await emailsTo(operator.email);
    expect(mail?.subject).toMatch(/^How to apply: J-\d+ Forklift Operator$/);
    expect(mail?.bodyText).toContain('https://jobs.feedfreight.example/apply/FF-1');
  });

  it('every referral route needs its permission: the front desk has no referrals, a seeker no staff route, and unknown records read as not found', async () => {
    const frontDesk = await t.signIn('frontdesk@demo.test');
    expect((await frontDesk.get('/api/v1/referrals/queue')).status).toBe(403);
    expect((await operator.client.get('/api/v1/referrals/queue')).status).toBe(401);
    expect((await caseManager.get('/api/v1/portal/referrals')).status).toBe(401);
    const posting = await openPosting(bsr, employerId, { title: 'Forklift Operator, relief' });
    const unknown = await caseManager.post(`/api/v1/seekers/${crypto.randomUUID()}/referrals`, {
      postingId: posting,
    });
    expect(unknown.status).toBe(404);
    const noPosting = await caseManager.post(`/api/v1/seekers/${operator.seekerId}/referrals`, {
      postingId: crypto.randomUUID(),
    });
    expect(noPosting.status).toBe(404);
    expect(
      (await caseManager.post(`/api/v1/referrals/${crypto.randomUUID()}/approve`)).status,
    ).toBe(404);
  });
});
