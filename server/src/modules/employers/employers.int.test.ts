import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, employers } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { createEmployer, employerBody, freshFein } from './employers.fixtures';

describe('registering and finding employers (staff)', () => {
  let t: TestApp;
  let bsr: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
  });
  afterAll(() => t.close());

  const register = (overrides: Record<string, unknown> = {}, client = bsr) =>
    client.post('/api/v1/employers', employerBody(overrides));

  const auditFor = (entityId: string) =>
    t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, entityId))
      .orderBy(auditEvents.id);

  it('EMP-1: a FEIN with a prefix the IRS never assigns is refused, and the message says why', async () => {
    const bad = await register({ fein: '07-1234567', legalName: 'Prefix Seven Inc' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'fein', message: expect.stringMatching(/cannot start with 07: the IRS does not/) },
    ]);
    const short = await register({ fein: '12-34567', legalName: 'Short Number Inc' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0]).toEqual({
      path: 'fein',
      message: 'Enter the 9 digits of the FEIN, like 12-3456789.',
    });
    const rows = await t.database.db
      .select()
      .from(employers)
      .where(eq(employers.legalName, 'Prefix Seven Inc'));
    expect(rows).toEqual([]);
  });

  it('EMP-1: a FEIN is shown whole as XX-XXXXXXX and found however it was typed', async () => {
    const created = await register({ fein: '271234567', legalName: 'Dash Free Corp' });
    expect(created.status).toBe(201);
    expect(created.body.fein).toBe('27-1234567');
    expect(created.body.recordNumber).toBeGreaterThan(100000);
    const found = await bsr.post('/api/v1/employers/search', { fein: '27-1234567' });
    expect(found.body.items.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
  });

  it('EMP-1: without a FEIN, only an independent contractor with their statement, which becomes a note', async () => {
    const none = await register({ fein: undefined, legalName: 'Pat Rivers Carpentry' });
    expect(none.status).toBe(400);
    expect(none.body.error.fields[0].path).toBe('fein');
    expect(none.body.error.fields[0].message).toMatch(/Only an independent contractor/);
    const noNote = await register({
      fein: undefined,
      legalName: 'Pat Rivers Carpentry',
      independentContractor: true,
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields[0].path).toBe('noFeinNote');
    const ok = await register({
      fein: undefined,
      legalName: 'Pat Rivers Carpentry',
      independentContractor: true,
      noFeinNote: 'Pat Rivers said by phone she works alone and has never had a FEIN.',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.fein).toBeNull();
    expect(ok.body.independentContractor).toBe(true);
    expect(ok.body.recentNotes.map((n: { body: string }) => n.body)).toEqual([
      expect.stringMatching(/^Independent contractor without a FEIN.*never had a FEIN/),
    ]);
  });

  it('EMP-2: a second active record with the same FEIN is refused, naming the record that has it', async () => {
    const fein = freshFein();
    const first = await register({ fein, legalName: 'Acme Tool and Die' });
    expect(first.status).toBe(201);
    const again = await register({
      fein: fein.replace('-', ''),
      legalName: 'Acme Tooling',
      zip: '40601',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.rule).toBe('EMP-2');
    expect(again.body.error.message).toBe(
      `An employer with FEIN ${fein} is already registered: E-${first.body.recordNumber} (Acme Tool and Die, served by Lexington Career Center). Open that record instead of creating another.`,
    );
    const check = await bsr.post('/api/v1/employers/duplicate-check', {
      legalName: 'Acme Tooling',
      fein,
    });
    expect(check.body.sameFein).toMatchObject({
      id: first.body.id,
      legalName: 'Acme Tool and Die',
    });
  });

  it('EMP-2: when two requests race for one FEIN, one is saved; the database refuses a second active row', async () => {
    const fein = freshFein();
    const [a, b] = await Promise.all([
      register({ fein, legalName: 'Racing Widgets East' }),
      register({ fein, legalName: 'Racing Widgets West', zip: '40361', phone: '502-555-0100' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error.rule).toBe('EMP-2');
    const digits = fein.replace('-', '');
    const direct = t.database.db
      .insert(employers)
      .values({ legalName: 'Sneaky Insert', fein: digits, source: 'staff' });
    await expect(direct).rejects.toThrow();
    await t.database.db.insert(employers).values({
      legalName: 'Old Inactive Copy',
      fein: digits,
      source: 'staff',
      status: 'inactive',
    });
    const held = await t.database.db.select().from(employers).where(eq(employers.fein, digits));
    expect(held.map((r) => r.status).sort()).toEqual(['active', 'inactive']);
  });

  it('EMP-2: a similar name with the same ZIP code or phone must be looked at before creating', async () => {
    await register({ legalName: 'Kentucky River Logistics', zip: '40330', phone: '859-555-0188' });
    const check = await bsr.post('/api/v1/employers/duplicate-check', {
      legalName: 'Kentucky River Logistic Inc',
      zip: '40330',
    });
    expect(check.body.likely.map((e: { legalName: string }) => e.legalName)).toEqual([
      'Kentucky River Logistics',
    ]);
    expect(check.body.likely[0]).toMatchObject({ sameZip: true, samePhone: false });
    const elsewhere = await bsr.post('/api/v1/employers/duplicate-check', {
      legalName: 'Kentucky River Logistics',
      zip: '42101',
      phone: '270-555-0101',
    });
    expect(elsewhere.body.likely).toEqual([]);
    const refused = await register({ legalName: 'Kentucky River Logistic Inc', zip: '40330' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('EMP-2');
    expect(refused.body.error.message).toMatch(/similar name and the same ZIP code or phone/);
    const confirmed = await register({
      legalName: 'Kentucky River Logistic Inc',
      zip: '40330',
      confirmedNotDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
  });

  it('EMP-2: staff search by fuzzy employer name, contact name, exact FEIN and contact email', async () => {
    const created = await createEmployer(bsr, {
      legalName: 'Appalachian Hardwood Flooring Inc',
      tradeName: 'AppHard Floors',
    });
    const contact = await bsr.post(`/api/v1/employers/${created.id}/contacts`, {
      firstName: 'Marguerite',
      lastName: 'Holloway',
      email: 'MHolloway@apphard.test',
    });
    expect(contact.status).toBe(201);
    const ids = async (body: Record<string, unknown>) =>
      ((await bsr.post('/api/v1/employers/search', body)).body.items as { id: string }[]).map(
        (e) => e.id,
      );
    expect(await ids({ name: 'appalachian hardwood' })).toEqual([created.id]);
    expect(await ids({ name: 'Apalachian Hardwod' })).toEqual([created.id]);
    expect(await ids({ name: 'AppHard Floors' })).toEqual([created.id]);
    expect(await ids({ contactName: 'Margeurite Holloway' })).toEqual([created.id]);
    expect(await ids({ fein: created.fein })).toEqual([created.id]);
    expect(await ids({ contactEmail: 'mholloway@APPHARD.test' })).toEqual([created.id]);
    expect(await ids({ name: 'Zebulon Quackenbush Holdings' })).toEqual([]);
    expect(await ids({ name: 'appalachian hardwood', status: 'inactive' })).toEqual([]);
    const empty = await bsr.post('/api/v1/employers/search', {});
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/employer name, a contact name, a FEIN/);
    const paged = await bsr.post('/api/v1/employers/search', {
      name: 'racing widgets',
      pageSize: 1,
      sort: 'name',
    });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBe(1);
  });

  it('SEC-4: an employer served by an office outside the user’s scope reads as not found', async () => {
    const created = await createEmployer(bsr, { legalName: 'Lexington Only Foods' });
    const londonCm = await t.signIn('london.cm@demo.test');
    expect((await londonCm.get(`/api/v1/employers/${created.id}`)).status).toBe(404);
    expect(
      (await londonCm.post('/api/v1/employers/search', { fein: created.fein })).body.items,
    ).toEqual([]);
    const londonSupervisor = await t.signIn('london.supervisor@demo.test');
    const patch = await londonSupervisor.patch(`/api/v1/employers/${created.id}`, {
      phone: '606-555-0100',
    });
    expect(patch.status).toBe(404);
    const contacts = await londonSupervisor.get(`/api/v1/employers/${created.id}/contacts`);
    expect(contacts.status).toBe(404);
    const areaSupervisor = await t.signIn('supervisor@demo.test');
    expect((await areaSupervisor.get(`/api/v1/employers/${created.id}`)).status).toBe(200);
  });

  it('SEC-2: front desk staff may look employers up but not register them', async () => {
    const frontDesk = await t.signIn('frontdesk@demo.test');
    const res = await register({ legalName: 'Front Desk Attempt LLC' }, frontDesk);
    expect(res.status).toBe(403);
    const found = await frontDesk.post('/api/v1/employers/search', {
      name: 'lexington only foods',
    });
    expect(found.status).toBe(200);
    expect(found.body.items).toHaveLength(1);
  });

  it('SEC-9: a change is audited with the fields before and after, in the request’s transaction', async () => {
    const created = await createEmployer(bsr, {
      legalName: 'Audit Trail Plumbing',
      phone: '859-555-0100',
    });
    const res = await bsr.patch(`/api/v1/employers/${created.id}`, {
      phone: '(859) 555-0199',
      website: 'www.audittrailplumbing.test',
      county: '',
    });
    expect(res.status).toBe(200);
    expect(res.body.phone).toBe('(859) 555-0199');
    expect(res.body.county).toBeNull();
    const rows = await auditFor(created.id);
    const updated = rows.find((r) => r.action === 'employer.updated');
    expect(updated?.requestId).toBe(res.headers['x-request-id']);
    expect(updated?.actorId).toBe(bsr.session?.staff.id);
    expect(updated?.before).toMatchObject({ phone: '859-555-0100', county: 'Fayette' });
    expect(updated?.after).toMatchObject({
      phone: '(859) 555-0199',
      website: 'www.audittrailplumbing.test',
      county: null,
    });
    expect(Object.keys(updated?.after ?? {})).not.toContain('legalName');
    const refused = await bsr.patch(`/api/v1/employers/${created.id}`, { fein: '' });
    expect(refused.status).toBe(400);
    expect((await auditFor(created.id)).length).toBe(rows.length);
  });

  it('staff make a record inactive and active again, with a reason kept on the record', async () => {
    const created = await createEmployer(bsr, { legalName: 'Seasonal Orchards' });
    const off = await bsr.patch(`/api/v1/employers/${created.id}/status`, {
      status: 'inactive',
      reason: 'Closed for good in March',
    });
    expect(off.body).toMatchObject({
      status: 'inactive',
      inactivatedReason: 'Closed for good in March',
    });
    const noReason = await bsr.patch(`/api/v1/employers/${created.id}/status`, {
      status: 'active',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0]).toEqual({
      path: 'reason',
      message: expect.stringMatching(/Say why the status changes/),
    });
    const on = await bsr.patch(`/api/v1/employers/${created.id}/status`, {
      status: 'active',
      reason: 'Reopened under the same owner',
    });
    expect(on.body).toMatchObject({ status: 'active', inactivatedReason: null });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, created.id),
          eq(auditEvents.action, 'employer.status_changed'),
        ),
      )
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.after?.reason)).toEqual([
      'Closed for good in March',
      'Reopened under the same owner',
    ]);
  });
});
