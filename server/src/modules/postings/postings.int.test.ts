import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, jobPostings, outboundEmails, postingResultRequests } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { makeEmployer, order } from './postings-test-data';

describe('staff take and keep job orders', () => {
  let t: TestApp;
  let bsr: TestClient;
  let otherBsr: TestClient;
  let supervisor: TestClient;
  let central: TestClient;
  let londonEmployerId: string;
  let lexEmployerId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [bsr, otherBsr, supervisor, central] = await Promise.all([
      t.signIn('bsr@demo.test'),
      t.signIn('georgetown.bsr@demo.test'),
      t.signIn('supervisor@demo.test'),
      t.signIn('central@demo.test'),
    ]);
    londonEmployerId = (await makeEmployer(t.database.db, 'Cumberland Freight', 'LON')).id;
    lexEmployerId = (await makeEmployer(t.database.db, 'Bluegrass Logistics', 'LEX')).id;
  });
  afterAll(() => t.close());

  const take = (body: Record<string, unknown>, client = bsr) =>
    client.post('/api/v1/postings', body);
  const audits = (id: string) =>
    t.database.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));

  let phoneOrder: string;

  it('JOB-1, JOB-2: staff take a phone order for another area’s employer; the taker owns the draft and the audit names them', async () => {
    const res = await take(order(londonEmployerId, { outOfArea: true }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      recordNumber: expect.stringMatching(/^J-\d{6}$/),
      status: 'draft',
      origin: 'staff_order',
      intakeMethod: 'phone',
      outOfArea: true,
      openings: 3,
      owner: { id: bsr.session?.staff.id, name: 'Blake Rivera' },
      employer: { id: londonEmployerId, name: 'Cumberland Freight' },
      stateSource: 'full_service',
      federalSource: 'employer_listing',
      youMayChange: true,
    });
    // The work site's coordinates come from its ZIP, for radius searches.
    expect(res.body.lat).toBeCloseTo(38.05, 1);
    phoneOrder = res.body.id;
    const [row] = await audits(phoneOrder);
    expect(row).toMatchObject({ action: 'posting.created', actorId: bsr.session?.staff.id });
    expect(row?.after).toMatchObject({ title: 'Forklift Operator', status: 'draft' });
  });

  it('JOB-5: an order records its state and federal source; an unknown source is refused on its field', async () => {
    const fair = await take(
      order(lexEmployerId, {
        title: 'Job Fair Greeter',
        stateSource: 'job_fair',
        federalSource: 'job_development',
      }),
    );
    expect(fair.status).toBe(201);
    const opened = await bsr.get(`/api/v1/postings/${fair.body.id}`);
    expect(opened.body).toMatchObject({
      stateSource: 'job_fair',
      federalSource: 'job_development',
    });
    const unknown = await take(order(lexEmployerId, { stateSource: 'walk_in' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.map((f: { path: string }) => f.path)).toContain('stateSource');
  });

  it('SEC-7: entering a job order needs the job-posting training grant', async () => {
    const res = await take(order(lexEmployerId), otherBsr);
    expect(res.status).toBe(403);
  });

  it('the autocoder fills the occupation code with its confidence and alternatives; a staff choice sticks until cleared', async () => {
    const suggested = (await bsr.get(`/api/v1/postings/${phoneOrder}`)).body;
    expect(suggested.occupation.code).toBe('53-7051.00');
    expect(suggested.occupationSource).toBe('suggested');
    expect(suggested.occupation.confidence).toBeGreaterThan(0);
    expect(suggested.occupationAlternatives).toHaveLength(3);

    const chosen = await bsr.patch(`/api/v1/postings/${phoneOrder}`, { onetCode: '53-7062.00' });
    expect(chosen.body.occupation).toMatchObject({ code: '53-7062.00', confidence: null });
    expect(chosen.body.occupationSource).toBe('staff');
    const retitled = await bsr.patch(`/api/v1/postings/${phoneOrder}`, {
      title: 'Forklift Driver',
    });
    expect(retitled.body.occupation.code).toBe('53-7062.00');
    const cleared = await bsr.patch(`/api/v1/postings/${phoneOrder}`, { onetCode: null });
    expect(cleared.body.occupationSource).toBe('suggested');
    expect(cleared.body.occupation.code).toBe('53-7051.00');
    const bad = await bsr.patch(`/api/v1/postings/${phoneOrder}`, { onetCode: '99-9999.99' });
    expect(bad.status).toBe(400);
  });

  it('JOB-8: submitting opens the order with a deadline 14 days out', async () => {
    const res = await bsr.post(`/api/v1/postings/${phoneOrder}/submit`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('open');
    expect(res.body.onBoard).toBe(true);
    const today = new Date();
    const inTwoWeeks = new Date(today.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(res.body.applicationDeadline).toBe(inTwoWeeks);
    expect(res.body.notes[0].body).toBe('Status: Draft → Open.');
  });

  it('JOB-3: a second open order for the same job at the same place is flagged until staff confirm it differs', async () => {
    const again = await take(order(londonEmployerId, { title: 'Forklift Driver - 2nd shift' }));
    expect(again.body.likelyDuplicates.map((d: { id: string }) => d.id)).toEqual([phoneOrder]);
    const refused = await bsr.post(`/api/v1/postings/${again.body.id}/submit`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('JOB-3');
    expect(refused.body.error.message).toMatch(/already has a similar open posting/);
    const confirmed = await bsr.post(`/api/v1/postings/${again.body.id}/submit`, {
      confirmedNotDuplicate: true,
    });
    expect(confirmed.body.status).toBe('open');
  });

  it('JOB-6: openings are raised with a note, never lowered (422 with the rule’s message)', async () => {
    const lower = await bsr.put(`/api/v1/postings/${phoneOrder}/openings`, { openings: 2 });
    expect(lower.status).toBe(422);
    expect(lower.body.error).toMatchObject({
      code: 'RULE_VIOLATION',
      rule: 'JOB-6',
      message: expect.stringMatching(/cannot be lowered from 3 to 2: federal reporting counts/),
    });
    const raised = await bsr.put(`/api/v1/postings/${phoneOrder}/openings`, {
      openings: 5,
      note: 'Employer called: two more.',
    });
    expect(raised.body.openings).toBe(5);
    expect(raised.body.notes[0]).toMatchObject({
      kind: 'openings',
      body: 'Openings: 3 → 5. Employer called: two more.',
      staff: { name: 'Blake Rivera' },
    });
    // JOB-6 holds for any writer: the database refuses it too.
    await expect(
      t.database.db.update(jobPostings).set({ openings: 1 }).where(eq(jobPostings.id, phoneOrder)),
    ).rejects.toThrow();
  });

  it('JOB-2: only the owner, designated staff or the central office change status; the owner designates staff', async () => {
    const stranger = await otherBsr.post(`/api/v1/postings/${phoneOrder}/hold`, {
      reason: 'Employer asked',
    });
    expect(stranger.status).toBe(403);
    expect(stranger.body.error.rule).toBe('JOB-2');
    expect(
      (await supervisor.post(`/api/v1/postings/${phoneOrder}/hold`, { reason: 'x' })).status,
    ).toBe(403);
    const designated = await bsr.put(`/api/v1/postings/${phoneOrder}/owner`, {
      ownerStaffId: bsr.session?.staff.id,
      designeeStaffIds: [supervisor.session?.staff.id],
    });
    expect(designated.body.designees).toEqual([
      { id: supervisor.session?.staff.id, name: 'Sam Patel' },
    ]);
    const held = await supervisor.post(`/api/v1/postings/${phoneOrder}/hold`, {
      reason: 'Employer is interviewing.',
    });
    expect(held.body.status).toBe('on_hold');
    expect(held.body.notes[0].body).toBe('Status: Open → On hold. Employer is interviewing.');
    const reopened = await central.post(`/api/v1/postings/${phoneOrder}/reopen`);
    expect(reopened.body.status).toBe('open');
    const contact = await bsr.put(`/api/v1/postings/${phoneOrder}/contact-method`, {
      contactMethod: 'online',
      contactUrl: 'https://cumberland.example/jobs',
    });
    expect(contact.body.notes[0]).toMatchObject({ kind: 'contact_method' });
    expect(contact.body.notes[0].body).toMatch(/how to apply: email → online/);
  });

  it('JOB-7, JOB-15: closing asks the employer for referral results by email; a closed posting is never reopened but can be duplicated', async () => {
    const closed = await bsr.post(`/api/v1/postings/${phoneOrder}/close`);
    expect(closed.body.status).toBe('closed');
    const [request] = await t.database.db
      .select()
      .from(postingResultRequests)
      .where(eq(postingResultRequests.postingId, phoneOrder));
    expect(request?.toAddress).toBe('jobs@bluegrass-logistics.example');
    const [mail] = await t.database.db
      .select()
      .from(outboundEmails)
      .where(eq(outboundEmails.id, request?.emailId ?? ''));
    expect(mail).toMatchObject({ status: 'queued', toAddress: 'jobs@bluegrass-logistics.example' });
    expect(mail?.subject).toMatch(/^Results of referrals for job posting J-\d+/);

    for (const action of ['reopen', 'submit', 'hold']) {
      const res = await bsr.post(`/api/v1/postings/${phoneOrder}/${action}`, { reason: 'again' });
      expect(res.status).toBe(422);
      expect(res.body.error.rule).toBe('JOB-7');
      expect(res.body.error.message).toMatch(/never reopened.*duplicate it/);
    }
    expect((await bsr.patch(`/api/v1/postings/${phoneOrder}`, { title: 'New' })).status).toBe(422);
    await expect(
      t.database.db
        .update(jobPostings)
        .set({ status: 'open' })
        .where(eq(jobPostings.id, phoneOrder)),
    ).rejects.toThrow();

    const copy = await supervisor.post(`/api/v1/postings/${phoneOrder}/duplicate`, { openings: 2 });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: 'draft',
      duplicatedFromId: phoneOrder,
      openings: 2,
      title: 'Forklift Driver',
      owner: { name: 'Sam Patel' },
      postedAt: null,
      applicationDeadline: null,
    });
    const [duplicated] = await audits(copy.body.id);
    expect(duplicated?.action).toBe('posting.duplicated');
  });

  it('JOB-13: an order that asks for unlawful screening is refused, and staff are told the phrase and why', async () => {
    const res = await take(
      order(lexEmployerId, {
        title: 'Warehouse Associate',
        description: 'Fast-paced warehouse. Must be under 30 and in perfect health.',
      }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('JOB-13');
    expect(res.body.error.message).toMatch(/"under 30": The Age Discrimination in Employment Act/);
    expect(res.body.error.message).toMatch(
      /"in perfect health": The Americans with Disabilities Act/,
    );
    const stored = await t.database.db
      .select()
      .from(jobPostings)
      .where(
        and(
          eq(jobPostings.employerId, lexEmployerId),
          eq(jobPostings.title, 'Warehouse Associate'),
        ),
      );
    expect(stored).toEqual([]);
  });

  it('JOB-4: the description is 5 to 4000 characters, and pay stays a range after any edit', async () => {
    const short = await take(order(lexEmployerId, { description: 'Job' }));
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0]).toMatchObject({ path: 'description' });
    const long = await take(order(lexEmployerId, { description: 'x'.repeat(4001) }));
    expect(long.status).toBe(400);
    const created = await take(order(lexEmployerId, { title: 'Yard Jockey' }));
    const inverted = await bsr.patch(`/api/v1/postings/${created.body.id}`, { payMin: 30 });
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.fields[0]).toMatchObject({ path: 'payMax' });
  });

  it('JOB-12: a staffing agency’s order names the work-site company, which only staff see', async () => {
    const missing = await take(order(lexEmployerId, { title: 'Packer', staffingAgency: true }));
    expect(missing.status).toBe(422);
    expect(missing.body.error.rule).toBe('JOB-12');
    const named = await take(
      order(lexEmployerId, {
        title: 'Packer',
        staffingAgency: true,
        worksiteCompany: 'Toyota Georgetown',
      }),
    );
    expect(named.body.worksiteCompany).toBe('Toyota Georgetown');
  });

  it('JOB-10: FLC postings are taken and changed only by central-office staff; field staff may still read them', async () => {
    const field = await take(
      order(lexEmployerId, { title: 'Tobacco Harvester', programType: 'flc' }),
    );
    expect(field.status).toBe(403);
    expect(field.body.error.rule).toBe('JOB-10');
    const flc = await take(
      order(lexEmployerId, { title: 'Tobacco Harvester', programType: 'flc' }),
      central,
    );
    expect(flc.status).toBe(201);
    const id = flc.body.id;
    const read = await bsr.get(`/api/v1/postings/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.youMayChange).toBe(false);
    await central.put(`/api/v1/postings/${id}/owner`, {
      ownerStaffId: bsr.session?.staff.id,
      designeeStaffIds: [],
    });
    const edit = await bsr.patch(`/api/v1/postings/${id}`, { hoursPerWeek: 50 });
    expect(edit.status).toBe(403);
    expect(edit.body.error.rule).toBe('JOB-10');
    expect(edit.body.error.message).toMatch(
      /Only central-office staff change farm labor contractor/,
    );
    const byCentral = await central.patch(`/api/v1/postings/${id}`, { hoursPerWeek: 50 });
    expect(byCentral.body.hoursPerWeek).toBe(50);
  });

  it('JOB-9: a reservation keeps a posting for the office’s job seekers for 3, 5 or 7 days, then everyone sees it', async () => {
    const created = await take(
      order(lexEmployerId, { title: 'Delivery Driver', licenseClass: 'cdl_b' }),
    );
    const id = created.body.id;
    await bsr.post(`/api/v1/postings/${id}/submit`);
    const odd = await bsr.put(`/api/v1/postings/${id}/reservation`, { days: 4 });
    expect(odd.status).toBe(422);
    expect(odd.body.error.message).toBe('A posting may be reserved for 3, 5 or 7 days.');
    const forever = await bsr.put(`/api/v1/postings/${id}/reservation`, { indefinite: true });
    expect(forever.body.error.rule).toBe('JOB-9');

    const before = Date.now();
    const reserved = await bsr.put(`/api/v1/postings/${id}/reservation`, { days: 3 });
    expect(reserved.body.reservation).toMatchObject({ days: 3, indefinite: false, inEffect: true });
    const until = Date.parse(reserved.body.reservation.until);
    expect(until - before).toBeGreaterThanOrEqual(3 * 86_400_000 - 1000);
    expect(until - before).toBeLessThan(3 * 86_400_000 + 60_000);

    // The Georgetown office is in the same local area but not the reserving office.
    expect((await otherBsr.get(`/api/v1/postings/${id}`)).status).toBe(404);
    const listed = await otherBsr.get(`/api/v1/postings?employerId=${lexEmployerId}`);
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
    expect((await central.get(`/api/v1/postings/${id}`)).status).toBe(200);

    await t.database.db
      .update(jobPostings)
      .set({ reservedUntil: new Date(Date.now() - 1000) })
      .where(eq(jobPostings.id, id));
    const after = await otherBsr.get(`/api/v1/postings/${id}`);
    expect(after.status).toBe(200);
    expect(after.body.reservation.inEffect).toBe(false);
    const released = await bsr.delete(`/api/v1/postings/${id}/reservation`);
    expect(released.body.reservation).toBeNull();
  });

  it('JOB-9: a subsidized opening may be reserved indefinitely for the local area', async () => {
    const created = await take(
      order(lexEmployerId, { title: 'Machinist Trainee (OJT)', subsidized: true }),
    );
    const reserved = await bsr.put(`/api/v1/postings/${created.body.id}/reservation`, {
      indefinite: true,
      scope: 'area',
    });
    expect(reserved.body.reservation).toMatchObject({
      indefinite: true,
      until: null,
      inEffect: true,
    });
    expect(reserved.body.reservation.areaId).toBeTruthy();
    // Georgetown shares the Bluegrass local area; London does not.
    expect((await otherBsr.get(`/api/v1/postings/${created.body.id}`)).status).toBe(200);
    const london = await t.signIn('london.cm@demo.test');
    expect((await london.get(`/api/v1/postings/${created.body.id}`)).status).toBe(404);
  });
});
