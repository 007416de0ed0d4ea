import { employerPostingRequest } from '@onestop/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, jobPostings, outboundEmails } from '../../db/schema';
import { jobsFor } from '../../jobs';
import { lapsePostings } from '../../jobs/lapse-postings';
import { AuditWriter } from '../../platform/audit/audit';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { createEmployerPosting } from './create-employer-posting';
import { LABOR_DISPUTE_STATEMENT } from './labor-dispute.rules';
import { makeEmployer, makeEmployerUser, order } from './postings-test-data';

describe('employer postings, labor disputes, feeds and the job board', () => {
  let t: TestApp;
  let bsr: TestClient;
  let central: TestClient;
  let londonCm: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    [bsr, central, londonCm] = await Promise.all([
      t.signIn('bsr@demo.test'),
      t.signIn('central@demo.test'),
      t.signIn('london.cm@demo.test'),
    ]);
  });
  afterAll(() => t.close());

  const take = (body: Record<string, unknown>, client = bsr) =>
    client.post('/api/v1/postings', body);
  const open = async (body: Record<string, unknown>) => {
    const created = await take(body);
    const opened = await bsr.post(`/api/v1/postings/${created.body.id}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(opened.body.status).toBe('open');
    return opened.body.id as string;
  };
  const enterAsEmployer = (employerId: string, input: Record<string, unknown>) =>
    t.database.db.transaction(async (tx) =>
      createEmployerPosting(
        tx,
        new AuditWriter(tx, { actorId: null, officeId: null, requestId: 'portal-test' }),
        {
          employerId,
          userId: await makeEmployerUser(tx, employerId),
          email: 'owner@employer.example',
        },
        // What the portal's route will have parsed from the employer's form.
        employerPostingRequest.parse({
          title: 'Line Cook',
          description: 'Prepare breakfast and lunch orders on a busy line. Weekends required.',
          openings: 2,
          ...input,
        }),
      ),
    );

  it('JOB-1, JOB-2: an employer’s own posting waits in the approval queue; the approver owns it', async () => {
    const diner = await makeEmployer(t.database.db, 'Main Street Diner', 'LEX');
    const entered = await enterAsEmployer(diner.id, { zip: '40507' });
    const queue = await bsr.get('/api/v1/postings/approval-queue');
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((p: { id: string }) => p.id)).toContain(entered.id);
    // SEC-7: the queue is worked by staff trained to enter postings.
    expect((await londonCm.get('/api/v1/postings/approval-queue')).status).toBe(403);
    const statewide = await central.get('/api/v1/postings/approval-queue');
    expect(statewide.body.items.map((p: { id: string }) => p.id)).toContain(entered.id);

    const corrected = await bsr.patch(`/api/v1/postings/${entered.id}`, { hoursPerWeek: 30 });
    expect(corrected.body).toMatchObject({ hoursPerWeek: 30, owner: null });
    const approved = await bsr.post(`/api/v1/postings/${entered.id}/approve`);
    expect(approved.body).toMatchObject({
      status: 'open',
      origin: 'employer_self_service',
      owner: { name: 'Blake Rivera' },
    });
    expect(approved.body.applicationDeadline).toBeTruthy();
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entered.id), eq(auditEvents.action, 'posting.approved')));
    expect(row?.actorId).toBe(bsr.session?.staff.id);
  });

  it('JOB-13: the employer is refused screening language at once; staff refuse an order with a reason, and the employer is told', async () => {
    const diner = await makeEmployer(t.database.db, 'Night Owl Cafe', 'LEX');
    await expect(
      enterAsEmployer(diner.id, { description: 'Waitresses wanted. Females only, under 25.' }),
    ).rejects.toMatchObject({ details: { rule: 'JOB-13' } });
    const entered = await enterAsEmployer(diner.id, {});
    const missingReason = await bsr.post(`/api/v1/postings/${entered.id}/refuse`);
    expect(missingReason.status).toBe(400);
    const refused = await bsr.post(`/api/v1/postings/${entered.id}/refuse`, {
      reason: 'The employer asks us to screen out applicants who have filed injury claims.',
    });
    expect(refused.body).toMatchObject({ status: 'refused', refusalReason: expect.any(String) });
    const [mail] = await t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.toAddress, diner.email ?? ''));
    expect(mail?.subject).toMatch(/^We cannot post your job J-\d+: Line Cook/);
    expect(mail?.bodyText).toMatch(/injury claims/);
  });

  it('JOB-11: at an employer in a labor dispute, an order for a position at issue is refused and any other carries the statement', async () => {
    const plant = await makeEmployer(t.database.db, 'Kentucky Axle Works', 'LEX');
    const assemblerBefore = await open(
      order(plant.id, { title: 'Assembler', description: 'Assemble axle housings on a line.' }),
    );
    const clerkBefore = await open(
      order(plant.id, { title: 'Payroll Clerk', description: 'Process weekly payroll.' }),
    );
    const dispute = {
      startedAt: '2025-03-01',
      positionsAtIssue: 'Production and assembly workers (UAW Local 3047)',
      positionTitles: ['Assembler', 'Production Worker'],
      positionCodes: ['51-2099.00'],
    };
    expect((await bsr.post(`/api/v1/employers/${plant.id}/labor-disputes`, dispute)).status).toBe(
      403,
    );
    const recorded = await central.post(`/api/v1/employers/${plant.id}/labor-disputes`, {
      ...dispute,
      verified: true,
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body.items[0]).toMatchObject({
      active: true,
      verifiedBy: { name: 'Chris Taylor' },
    });
    const disputeId = recorded.body.items[0].id;

    // Postings already open: the one at issue goes on hold, the other carries the statement.
    const held = await bsr.get(`/api/v1/postings/${assemblerBefore}`);
    expect(held.body.status).toBe('on_hold');
    expect(held.body.notes[0].kind).toBe('labor_dispute');
    expect((await bsr.post(`/api/v1/postings/${assemblerBefore}/reopen`)).body.error.rule).toBe(
      'JOB-11',
    );
    const clerk = await bsr.get(`/api/v1/postings/${clerkBefore}`);
    expect(clerk.body.laborDisputeStatement).toBe(LABOR_DISPUTE_STATEMENT);

    const atIssue = await take(
      order(plant.id, { title: 'Assembler II', description: 'Line work.' }),
    );
    expect(atIssue.status).toBe(422);
    expect(atIssue.body.error.rule).toBe('JOB-11');
    expect(atIssue.body.error.message).toMatch(/No order is taken for a position at issue.*652\.9/);

    const other = { title: 'Maintenance Electrician', description: 'Maintain plant wiring.' };
    const unconfirmed = await take(order(plant.id, other));
    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.body.error.message).toMatch(/Confirm with the employer/);
    const confirmed = await take(order(plant.id, { ...other, laborDisputeNotAtIssue: true }));
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.laborDisputeStatement).toMatch(/NOT part of the dispute/);

    // The employer's own posting waits; the approver makes the determination.
    const entered = await enterAsEmployer(plant.id, { title: 'Quality Inspector' });
    const undetermined = await bsr.post(`/api/v1/postings/${entered.id}/approve`);
    expect(undetermined.body.error.rule).toBe('JOB-11');
    const approved = await bsr.post(`/api/v1/postings/${entered.id}/approve`, {
      confirmedNotAtIssue: true,
    });
    expect(approved.body).toMatchObject({
      status: 'open',
      laborDisputeStatement: LABOR_DISPUTE_STATEMENT,
    });
    await expect(
      enterAsEmployer(plant.id, { title: 'Assembler', description: 'Assemble axle housings.' }),
    ).rejects.toMatchObject({ details: { rule: 'JOB-11' } });

    // A staffing agency recruiting for the struck plant is caught by the work-site company.
    const agency = await makeEmployer(t.database.db, 'Temp Force Staffing', 'LEX');
    const viaAgency = await take(
      order(agency.id, {
        title: 'Assembler',
        staffingAgency: true,
        worksiteCompany: 'Kentucky Axle Works',
      }),
    );
    expect(viaAgency.body.error.rule).toBe('JOB-11');

    const ended = await central.post(
      `/api/v1/employers/${plant.id}/labor-disputes/${disputeId}/end`,
      { endedAt: '2025-04-01', verificationNote: 'Confirmed with HR and the UAW local president.' },
    );
    expect(ended.body.items[0]).toMatchObject({
      active: false,
      endedVerifiedBy: { name: 'Chris Taylor' },
    });
    expect(
      (await bsr.get(`/api/v1/postings/${clerkBefore}`)).body.laborDisputeStatement,
    ).toBeNull();
    expect((await bsr.post(`/api/v1/postings/${assemblerBefore}/reopen`)).body.status).toBe('open');
    const audited = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, disputeId))
      .orderBy(auditEvents.id);
    expect(audited.map((a) => a.action)).toEqual([
      'posting.labor_dispute_recorded',
      'posting.labor_dispute_ended',
    ]);
  });

  it('JOB-8: the lapse job takes a posting off the board after its deadline, once; the owner reposts it', async () => {
    const employer = await makeEmployer(t.database.db, 'Lapse Hardware', 'LEX');
    const id = await open(order(employer.id, { title: 'Cashier', description: 'Run a register.' }));
    await t.database.db
      .update(jobPostings)
      .set({ applicationDeadline: sql`current_date - 1` })
      .where(eq(jobPostings.id, id));
    expect(jobsFor(t.config).find((j) => j.name === 'postings.lapse')?.schedule).toBe(
      '*/15 * * * *',
    );
    expect(await lapsePostings(t.database.db, new Date(), 1)).toBeGreaterThanOrEqual(1);
    expect(await lapsePostings(t.database.db)).toBe(0);
    const lapsed = await bsr.get(`/api/v1/postings/${id}`);
    expect(lapsed.body).toMatchObject({ status: 'open', onBoard: false });
    expect(lapsed.body.removedFromBoardAt).toBeTruthy();
    expect(lapsed.body.notes[0]).toMatchObject({ kind: 'board', staff: null });
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'posting.removed_from_board')),
      );
    expect(audit?.actorKind).toBe('anonymous');

    const patched = await bsr.patch(`/api/v1/postings/${id}`, {
      applicationDeadline: '2099-01-01',
    });
    expect(patched.body.error.rule).toBe('JOB-8');
    const reposted = await bsr.post(`/api/v1/postings/${id}/repost`);
    expect(reposted.body.onBoard).toBe(true);
    expect(reposted.body.applicationDeadline > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(reposted.body.notes[0].body).toMatch(/^Reposted after confirming/);
  });

  it('JOB-1: a feed batch creates postings for known employers, skips what it cannot post, and a repeat changes nothing', async () => {
    const employer = await makeEmployer(t.database.db, 'Feed Foods', 'LEX');
    const fein = `${employer.fein?.slice(0, 2)}-${employer.fein?.slice(2)}`;
    const item = (externalId: string, extra: Record<string, unknown> = {}) => ({
      externalId,
      employerFein: fein,
      title: 'Delivery Driver',
      description: 'Deliver groceries to homes in Fayette County.',
      zip: '40503',
      openings: 2,
      ...extra,
    });
    const batch = {
      source: 'nlx',
      postings: [
        item('A-1'),
        item('A-2', { employerFein: '99-0000001' }),
        item('A-3', { title: 'Stocker', description: 'Young men preferred.' }),
      ],
    };
    const first = await bsr.post('/api/v1/postings/import', batch);
    expect(first.status).toBe(200);
    expect(first.body.created.map((c: { externalId: string }) => c.externalId)).toEqual(['A-1']);
    expect(first.body.skipped.map((s: { rule: string }) => s.rule)).toEqual(['JOB-1', 'JOB-13']);
    const created = await bsr.get(`/api/v1/postings/${first.body.created[0].id}`);
    expect(created.body).toMatchObject({ origin: 'import', status: 'open', onBoard: true });

    const again = await bsr.post('/api/v1/postings/import', batch);
    expect(again.body.created).toEqual([]);
    expect(again.body.unchanged.map((c: { externalId: string }) => c.externalId)).toEqual(['A-1']);

    const changed = await bsr.post('/api/v1/postings/import', {
      source: 'nlx',
      postings: [item('A-1', { openings: 1, payMin: 16, payMax: 18, payUnit: 'hour' })],
    });
    expect(changed.body.updated.map((c: { externalId: string }) => c.externalId)).toEqual(['A-1']);
    const updated = await bsr.get(`/api/v1/postings/${first.body.created[0].id}`);
    // JOB-6: a feed that lists fewer openings does not lower the count received.
    expect(updated.body).toMatchObject({ openings: 2, payMin: 16, payMax: 18 });
  });
});
