import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, employerContacts, employers } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { employerPortalClient } from '../employer-portal/employer-portal.fixtures';
import { order } from '../postings/postings-test-data';
import { createEmployer } from './employers.fixtures';

describe('employer approval queue and duplicate resolution', () => {
  let t: TestApp;
  let bsr: TestClient;
  let central: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
    central = await t.signIn('central@demo.test');
  });
  afterAll(() => t.close());

  /** An employer registers through the employer portal; returns its record as stored. */
  const selfRegister = async (input: Record<string, unknown> = {}) => {
    const res = await employerPortalClient(t).register({
      legalName: 'Self Made Cabinets LLC',
      ...input,
    });
    if (res.status !== 201) throw new Error(res.body.error.message);
    const [row] = await t.database.db
      .select()
      .from(employers)
      .where(eq(employers.id, res.body.employer.id));
    if (!row) throw new Error('no employer');
    return row;
  };
  const queue = async (client: TestClient) => client.get('/api/v1/employers/approval-queue');

  it('EMP-5: a self-registered employer waits in the approval queue, which only central office works', async () => {
    const pending = await selfRegister();
    expect(pending).toMatchObject({ status: 'pending_approval', source: 'self_service' });
    const listed = await queue(central);
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toContain(pending.id);

    for (const email of ['bsr@demo.test', 'supervisor@demo.test']) {
      const other = await t.signIn(email);
      const refused = await queue(other);
      expect(refused.status, email).toBe(403);
      expect(refused.body.error.message).toBe('Your role does not allow this action.');
      expect((await other.post(`/api/v1/employers/${pending.id}/approve`, {})).status).toBe(403);
    }

    const noOffice = await central.post(`/api/v1/employers/${pending.id}/approve`, {});
    expect(noOffice.status).toBe(400);
    expect(noOffice.body.error.fields[0]).toEqual({
      path: 'officeId',
      message: 'Choose the office that will serve this employer.',
    });
    const lexington = bsr.session?.office.id;
    const approved = await central.post(`/api/v1/employers/${pending.id}/approve`, {
      officeId: lexington,
    });
    expect(approved.body).toMatchObject({ status: 'active', office: { id: lexington } });
    const left = (await queue(central)).body.items.map((e: { id: string }) => e.id);
    expect(left).not.toContain(pending.id);
    const twice = await central.post(`/api/v1/employers/${pending.id}/approve`, {
      officeId: lexington,
    });
    expect(twice.status).toBe(409);

    // Now served by Lexington: its business services staff see it, with its primary contact.
    const opened = await bsr.get(`/api/v1/employers/${pending.id}`);
    expect(opened.body.recentNotes[0].body).toMatch(/approved by Chris Taylor/);
    const contacts = await bsr.get(`/api/v1/employers/${pending.id}/contacts`);
    expect(contacts.body.items).toMatchObject([{ firstName: 'Dana', isPrimary: true }]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, pending.id))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => [a.action, a.actorKind])).toEqual([
      ['employer.self_registered', 'anonymous'],
      ['employer_portal.user_registered', 'employer'],
      ['employer.approved', 'staff'],
    ]);
  });

  it('EMP-5: a rejected registration leaves the queue inactive, with the reason on the record', async () => {
    const pending = await selfRegister({ legalName: 'Not A Real Company', zip: '40601' });
    const noReason = await central.post(`/api/v1/employers/${pending.id}/reject`, {});
    expect(noReason.status).toBe(400);
    const rejected = await central.post(`/api/v1/employers/${pending.id}/reject`, {
      reason: 'The phone number and address belong to a residence; no business found.',
    });
    expect(rejected.body.status).toBe('inactive');
    const [row] = await t.database.db.select().from(employers).where(eq(employers.id, pending.id));
    expect(row?.inactivatedReason).toBe(
      'Registration rejected: The phone number and address belong to a residence; no business found.',
    );
  });

  it('EMP-2, EMP-5: a self-registration with a FEIN already on file is refused without naming the record', async () => {
    const existing = await createEmployer(bsr, { legalName: 'Already Here Inc' });
    await expect(selfRegister({ fein: existing.fein ?? '' })).rejects.toThrow(
      /already registered. Contact your local career center/,
    );
  });

  const plan = (ids: string[]) => bsr.post('/api/v1/employers/duplicates/plan', { ids });

  it('EMP-3: a job order taken for one record counts in the plan, and that record is kept', async () => {
    const withOrder = await createEmployer(bsr, { legalName: 'Birch Lane Bakery' });
    const without = await createEmployer(bsr, { legalName: 'Birch Ln Bakery Inc' });
    const taken = await bsr.post('/api/v1/postings', order(withOrder.id));
    expect(taken.status).toBe(201);
    const res = await plan([without.id, withOrder.id]);
    expect(res.status).toBe(200);
    expect(res.body.survivor).toMatchObject({ id: withOrder.id, jobOrders: 1 });
    expect(res.body.toInactivate).toMatchObject([{ id: without.id }]);
  });

  it('EMP-3: records with no job orders or activities are inactivated first, each for a stated reason', async () => {
    const quiet = await createEmployer(bsr, { legalName: 'Maple Street Diner' });
    const busy = await createEmployer(bsr, { legalName: 'Maple St Diner LLC' });
    const types = (await bsr.get('/api/v1/employer-activity-types')).body.items;
    await bsr.post(`/api/v1/employers/${busy.id}/activities`, {
      activityTypeId: types[0].id,
      activityDate: '2025-01-10',
    });
    const res = await plan([quiet.id, busy.id]);
    expect(res.status).toBe(200);
    expect(res.body.survivor).toMatchObject({ id: busy.id, activities: 1, jobOrders: 0 });
    expect(res.body.toInactivate).toMatchObject([
      { id: quiet.id, reason: 'it has no job orders or activities' },
    ]);
    const nothingChanged = await t.database.db
      .select({ status: employers.status })
      .from(employers)
      .where(eq(employers.id, quiet.id));
    expect(nothingChanged).toEqual([{ status: 'active' }]);
  });

  it('EMP-3: the self-service record is never inactivated; missing contacts move to it; every record gets a note', async () => {
    const staffMade = await createEmployer(bsr, { legalName: 'Riverbend Outfitters' });
    const types = (await bsr.get('/api/v1/employer-activity-types')).body.items;
    await bsr.post(`/api/v1/employers/${staffMade.id}/activities`, {
      activityTypeId: types[0].id,
      activityDate: '2025-01-10',
    });
    for (const c of [
      { firstName: 'Dana', lastName: 'Owner', email: 'DANA@riverbend.test' },
      { firstName: 'Eli', lastName: 'Buyer', email: 'eli@riverbend.test' },
    ])
      await bsr.post(`/api/v1/employers/${staffMade.id}/contacts`, c);
    const own = await selfRegister({
      legalName: 'Riverbend Outfitters Inc',
      contact: { firstName: 'Dana', lastName: 'Owner', email: 'dana@riverbend.test' },
    });
    await central.post(`/api/v1/employers/${own.id}/approve`, { officeId: bsr.session?.office.id });

    const shown = await plan([staffMade.id, own.id]);
    expect(shown.body.survivor).toMatchObject({ id: own.id, hasSelfServiceAccount: true });
    expect(shown.body.toInactivate).toMatchObject([
      { id: staffMade.id, reason: expect.stringMatching(/holds the employer’s own sign-in/) },
    ]);
    expect(shown.body.contactsToCopy).toMatchObject([
      { firstName: 'Eli', fromEmployerId: staffMade.id },
    ]);

    const stale = await bsr.post('/api/v1/employers/duplicates/resolve', {
      ids: [staffMade.id, own.id],
      survivorId: staffMade.id,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/changed since the plan was shown/);

    const done = await bsr.post('/api/v1/employers/duplicates/resolve', {
      ids: [staffMade.id, own.id],
      survivorId: own.id,
      comment: 'Same business; the owner confirmed by phone.',
    });
    expect(done.body).toEqual({
      survivorId: own.id,
      inactivatedIds: [staffMade.id],
      contactsCopied: 1,
    });
    const gone = await bsr.get(`/api/v1/employers/${staffMade.id}`);
    expect(gone.body).toMatchObject({ status: 'inactive', mergedIntoId: own.id });
    expect(gone.body.inactivatedReason).toMatch(/^Duplicate of E-\d+: .*own sign-in/);
    expect(gone.body.recentNotes[0].body).toMatch(
      /Inactivated as a duplicate of E-\d+ \(Riverbend Outfitters Inc\).*1 contact\(s\) copied.*owner confirmed by phone/,
    );
    const kept = await bsr.get(`/api/v1/employers/${own.id}`);
    expect(kept.body.recentNotes[0].body).toMatch(
      /duplicates inactivated: E-\d+ \(Riverbend Outfitters\)/,
    );
    const survivorContacts = await t.database.db
      .select({ firstName: employerContacts.firstName })
      .from(employerContacts)
      .where(eq(employerContacts.employerId, own.id));
    expect(survivorContacts.map((c) => c.firstName).sort()).toEqual(['Dana', 'Eli']);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.requestId, String(done.headers['x-request-id'])),
          eq(auditEvents.entityType, 'employer'),
        ),
      )
      .orderBy(auditEvents.id);
    expect(audit.map((a) => [a.action, a.entityId])).toEqual([
      ['employer.duplicate_inactivated', staffMade.id],
      ['employer.duplicates_resolved', own.id],
    ]);

    const closed = await plan([staffMade.id, own.id]);
    expect(closed.status).toBe(422);
    expect(closed.body.error.message).toMatch(/already inactive/);
    const activity = await bsr.post(`/api/v1/employers/${staffMade.id}/activities`, {
      activityTypeId: types[0].id,
      activityDate: '2025-01-11',
    });
    expect(activity.status).toBe(422);
    expect(activity.body.error.message).toMatch(/duplicate of E-\d+. Record the activity there/);
  });

  it('EMP-3, SEC-4: records outside the user’s offices cannot be planned or resolved', async () => {
    const lexington = await createEmployer(bsr, { legalName: 'Scope Test Foods' });
    const london = await t.signIn('london.supervisor@demo.test');
    const other = await createEmployer(london, { legalName: 'Scope Test Foods London' });
    const res = await london.post('/api/v1/employers/duplicates/plan', {
      ids: [lexington.id, other.id],
    });
    expect(res.status).toBe(404);
  });
});
