import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, domainEvents, seekers } from '../../db/schema';
import { rowsOf } from '../../platform/db/database';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';

describe('registering and finding job seekers (staff)', () => {
  let t: TestApp;
  let caseManager: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    caseManager = await t.signIn('casemanager@demo.test');
  });
  afterAll(() => t.close());

  const register = (body: Record<string, unknown>, client = caseManager) =>
    client.post('/api/v1/seekers', {
      firstName: 'Maria',
      lastName: 'Gonzalez',
      birthDate: '1977-05-25',
      ...body,
    });

  it('SEEK-5: a person registered without an SSN gets the pseudo-SSN of the local-area prefix, day, month and year', async () => {
    const res = await register({ firstName: 'Dolores', lastName: 'Haze' });
    expect(res.status).toBe(201);
    expect(res.body.pseudoSsn).toBe('975-25-0577');
    expect(res.body.ssnIsPseudo).toBe(true);
    expect(res.body.ssnMasked).toBe('***-**-0577');
  });

  it('SEEK-4: a staff-entered record may have no email: it gets a placeholder that can never receive mail', async () => {
    const res = await register({ firstName: 'Noel', lastName: 'Nomail', birthDate: '1990-02-14' });
    expect(res.body.emailIsPlaceholder).toBe(true);
    expect(res.body.email).toMatch(/@placeholder\.invalid$/);
    expect(res.body.hasAccount).toBe(false);
  });

  it('SEEK-3: the SSN is validated, stored encrypted, shown masked and found by keyed hash', async () => {
    const bad = await register({ ssn: '900-12-3456', firstName: 'Ivan', lastName: 'Invalid' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toEqual({
      path: 'ssn',
      message: expect.stringMatching(/never issues/),
    });

    const res = await register({
      ssn: '212-45-6789',
      firstName: 'Samuel',
      lastName: 'Okafor',
      birthDate: '1984-09-12',
    });
    expect(res.status).toBe(201);
    expect(res.body.ssnMasked).toBe('***-**-6789');
    expect(JSON.stringify(res.body)).not.toContain('212456789');
    expect(JSON.stringify(res.body)).not.toContain('212-45-6789');

    const [stored] = await t.database.db.select().from(seekers).where(eq(seekers.id, res.body.id));
    expect(stored?.ssnCiphertext).toBeTruthy();
    expect(stored?.ssnCiphertext).not.toContain('212456789');
    expect(stored?.ssnHash).toMatch(/^[0-9a-f]{64}$/);
    const plain = rowsOf<{ n: number }>(
      await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM seekers WHERE row_to_json(seekers)::text LIKE '%212456789%'`,
      ),
    );
    expect(plain[0]?.n).toBe(0);

    const found = await caseManager.post('/api/v1/seekers/search', { ssn: '212456789' });
    expect(found.body.items.map((s: { id: string }) => s.id)).toEqual([res.body.id]);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, res.body.id));
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toMatch(
      /212456789|212-45-6789/,
    );
  });

  it('SEEK-3: a second record with the same real SSN is refused', async () => {
    const again = await register({
      ssn: '212456789',
      firstName: 'Sam',
      lastName: 'Okafor-Jones',
      birthDate: '1984-09-12',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already registered \(record S-\d+\)/);
  });

  it('SEEK-3: a similar name with the same birth date is shown as a likely duplicate before creating', async () => {
    await register({
      firstName: 'Jonathan',
      lastName: 'Whitfield',
      birthDate: '1992-03-08',
      ssn: '301-22-4455',
    });
    const check = await caseManager.post('/api/v1/seekers/duplicate-check', {
      firstName: 'Jonathon',
      lastName: 'Whitfeld',
      birthDate: '1992-03-08',
    });
    expect(check.status).toBe(200);
    expect(check.body.sameSsn).toBeNull();
    expect(check.body.likely.map((s: { lastName: string }) => s.lastName)).toEqual(['Whitfield']);
    const refused = await register({
      firstName: 'Jonathon',
      lastName: 'Whitfeld',
      birthDate: '1992-03-08',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.rule).toBe('SEEK-3');
    const confirmed = await register({
      firstName: 'Jonathon',
      lastName: 'Whitfeld',
      birthDate: '1992-03-08',
      confirmedNotDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
    const otherBirthday = await caseManager.post('/api/v1/seekers/duplicate-check', {
      firstName: 'Jonathan',
      lastName: 'Whitfield',
      birthDate: '1992-03-09',
    });
    expect(otherBirthday.body.likely).toEqual([]);
  });

  it('SEEK-3: staff find people by fuzzy name, email, record number and phone, paged', async () => {
    const created = await register({
      firstName: 'Katherine',
      lastName: 'Montgomery',
      birthDate: '1988-11-30',
      ssn: '402-11-8765',
      email: 'kmontgomery@example.com',
      phone: '(859) 555-0142',
    });
    const id = created.body.id as string;
    const ids = async (body: Record<string, unknown>) =>
      ((await caseManager.post('/api/v1/seekers/search', body)).body.items as { id: string }[]).map(
        (s) => s.id,
      );
    expect(await ids({ name: 'Kathrine Montgomry' })).toContain(id);
    expect((await ids({ name: 'katherine montgomery' }))[0]).toBe(id);
    expect(await ids({ email: 'KMontgomery@example.com' })).toEqual([id]);
    expect(await ids({ recordNumber: created.body.recordNumber })).toEqual([id]);
    expect(await ids({ phone: '859.555.0142' })).toEqual([id]);
    expect(await ids({ name: 'Zebulon Quackenbush' })).toEqual([]);
    const empty = await caseManager.post('/api/v1/seekers/search', {});
    expect(empty.status).toBe(400);
    const paged = await caseManager.post('/api/v1/seekers/search', {
      name: 'whitfield',
      pageSize: 1,
    });
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBe(2);
    const pastTheEnd = await caseManager.post('/api/v1/seekers/search', {
      name: 'whitfield',
      pageSize: 1,
      page: 5,
    });
    expect(pastTheEnd.body.items).toEqual([]);
    expect(pastTheEnd.body.total).toBe(2);
  });

  it('SEEK-3, SEC-7: the full SSN is shown only to staff with the reveal grant, and each reveal is audited', async () => {
    const created = await register({
      firstName: 'Priya',
      lastName: 'Raman',
      birthDate: '1995-07-04',
      ssn: '523-66-1234',
    });
    const id = created.body.id as string;
    const denied = await caseManager.post(`/api/v1/seekers/${id}/ssn/reveal`);
    expect(denied.status).toBe(403);
    const supervisor = await t.signIn('supervisor@demo.test');
    const shown = await supervisor.post(`/api/v1/seekers/${id}/ssn/reveal`);
    expect(shown.body).toEqual({ ssn: '523-66-1234', isPseudo: false });
    const reveals = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'seeker.ssn_revealed'));
    expect(reveals.map((r) => [r.entityId, r.actorId])).toEqual([
      [id, supervisor.session?.staff.id],
    ]);
  });

  it('SEC-1: one shared record: staff of another office and area find and open the same person', async () => {
    const created = await register({
      firstName: 'Shared',
      lastName: 'Person',
      birthDate: '1970-01-15',
    });
    const london = await t.signIn('london.cm@demo.test');
    expect((await london.get(`/api/v1/seekers/${created.body.id}`)).status).toBe(200);
    const found = await london.post('/api/v1/seekers/search', { name: 'Shared Person' });
    expect(found.body.items.map((s: { id: string }) => s.id)).toContain(created.body.id);
  });

  it('SEEK-2: staff set registration and job-seeker status either way, with a reason that is audited', async () => {
    const created = await register({
      firstName: 'Toggle',
      lastName: 'Status',
      birthDate: '1980-06-01',
    });
    const id = created.body.id as string;
    const off = await caseManager.patch(`/api/v1/seekers/${id}/status`, {
      seekerStatus: 'inactive',
      reason: 'Found work',
    });
    expect(off.body.seekerStatus).toBe('inactive');
    expect(off.body.registrationStatus).toBe('active');
    const on = await caseManager.patch(`/api/v1/seekers/${id}/status`, {
      seekerStatus: 'active',
      reason: 'Laid off again',
    });
    expect(on.body.seekerStatus).toBe('active');
    const noReason = await caseManager.patch(`/api/v1/seekers/${id}/status`, {
      seekerStatus: 'inactive',
    });
    expect(noReason.status).toBe(400);
    const viewOnly = await t.signIn('bsr@demo.test');
    expect(
      (
        await viewOnly.patch(`/api/v1/seekers/${id}/status`, {
          seekerStatus: 'inactive',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
  });

  it('SEEK-1: registering records the event later issues count as a service', async () => {
    const created = await register({
      firstName: 'Event',
      lastName: 'Counted',
      birthDate: '1979-12-31',
    });
    const events = await t.database.db
      .select()
      .from(domainEvents)
      .where(eq(domainEvents.seekerId, created.body.id));
    expect(events.map((e) => [e.type, e.staffId, e.officeId])).toEqual([
      ['seeker.registered_by_staff', caseManager.session?.staff.id, caseManager.session?.office.id],
    ]);
    expect(created.body.registrationComplete).toBe(true);
  });

  it('explains impossible or out-of-range input field by field', async () => {
    const res = await register({
      birthDate: '1990-02-30',
      zip: '4050',
      phone: '555-01',
      state: 'Kentucky',
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['birthDate', 'phone', 'state', 'zip']);
    const future = await register({ birthDate: '2030-01-01' });
    expect(future.body.error.fields[0].message).toMatch(/between 14 and 110/);
  });
});
