import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, employerContacts, employerLocations } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { createEmployer } from './employers.fixtures';
import { violates } from './employers.policy';

describe('employer contacts and locations', () => {
  let t: TestApp;
  let bsr: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
  });
  afterAll(() => t.close());

  const addContact = (employerId: string, body: Record<string, unknown>) =>
    bsr.post(`/api/v1/employers/${employerId}/contacts`, body);

  it('EMP-4: the 301st active contact is refused with a message that says the limit', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Big Roster Staffing' });
    await t.database.db.insert(employerContacts).values(
      Array.from({ length: 299 }, (_, i) => ({
        employerId: employer.id,
        firstName: `Person${i}`,
        lastName: 'Roster',
      })),
    );
    const three100th = await addContact(employer.id, {
      firstName: 'Number',
      lastName: 'Three Hundred',
    });
    expect(three100th.status).toBe(201);
    const refused = await addContact(employer.id, { firstName: 'One', lastName: 'Too Many' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.rule).toBe('EMP-4');
    expect(refused.body.error.message).toMatch(/already has 300 active contacts/);
    const list = await bsr.get(`/api/v1/employers/${employer.id}/contacts`);
    expect(list.body).toMatchObject({ active: 300, limit: 300 });

    // The database holds the limit too, for any writer that skips the check.
    const direct = await t.database.db
      .insert(employerContacts)
      .values({ employerId: employer.id, firstName: 'Bypass', lastName: 'Attempt' })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(violates(direct, 'employer_contacts_limit')).toBe(true);

    // A contact who left is made inactive; that makes room, and reactivating counts again.
    const leaver = list.body.items.find(
      (c: { lastName: string }) => c.lastName === 'Three Hundred',
    );
    const off = await bsr.patch(`/api/v1/employers/${employer.id}/contacts/${leaver.id}`, {
      active: false,
    });
    expect(off.body.active).toBe(false);
    expect((await addContact(employer.id, { firstName: 'New', lastName: 'Hire' })).status).toBe(
      201,
    );
    const back = await bsr.patch(`/api/v1/employers/${employer.id}/contacts/${leaver.id}`, {
      active: true,
    });
    expect(back.status).toBe(422);
    expect(back.body.error.rule).toBe('EMP-4');
  });

  it('EMP-4: an employer has one primary contact; choosing another moves the mark', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Primary Colors Print Shop' });
    const first = await addContact(employer.id, {
      firstName: 'Ada',
      lastName: 'First',
      email: 'ada@primarycolors.test',
      isPrimary: true,
    });
    const second = await addContact(employer.id, {
      firstName: 'Ben',
      lastName: 'Second',
      title: 'HR Manager',
      phone: '859-555-0111',
      isPrimary: true,
    });
    expect(second.body.isPrimary).toBe(true);
    const list = await bsr.get(`/api/v1/employers/${employer.id}/contacts`);
    expect(
      list.body.items.map((c: { id: string; isPrimary: boolean }) => [c.id, c.isPrimary]),
    ).toEqual([
      [second.body.id, true],
      [first.body.id, false],
    ]);
    const badEmail = await addContact(employer.id, {
      firstName: 'Cy',
      lastName: 'Typo',
      email: 'cy@',
      phone: '555-01',
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'email',
      'phone',
    ]);
  });

  it('EMP-8, EMP-4: an employer has several locations, each with its own contact', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Two Rivers Grocers' });
    const ann = await addContact(employer.id, { firstName: 'Ann', lastName: 'Frankfort' });
    const bo = await addContact(employer.id, { firstName: 'Bo', lastName: 'Winchester' });
    const place = (name: string, city: string, zip: string, contactId?: string) =>
      bsr.post(`/api/v1/employers/${employer.id}/locations`, {
        name,
        address1: '1 Market St',
        city,
        state: 'ky',
        zip,
        naicsCode: '445110',
        ...(contactId ? { contactId } : {}),
      });
    const frankfort = await place('Frankfort store', 'Frankfort', '40601', ann.body.id);
    const winchester = await place('Winchester store', 'Winchester', '40391', bo.body.id);
    expect(frankfort.status).toBe(201);
    expect(frankfort.body.state).toBe('KY');
    expect(frankfort.body.contact).toMatchObject({ id: ann.body.id, firstName: 'Ann' });
    const list = await bsr.get(`/api/v1/employers/${employer.id}/locations`);
    expect(
      list.body.items.map((l: { name: string; contact: { lastName: string } }) => [
        l.name,
        l.contact.lastName,
      ]),
    ).toEqual([
      ['Frankfort store', 'Frankfort'],
      ['Winchester store', 'Winchester'],
    ]);

    const other = await createEmployer(bsr, { legalName: 'Unrelated Hardware' });
    const stranger = await addContact(other.id, { firstName: 'Cy', lastName: 'Elsewhere' });
    const wrong = await place('Paris store', 'Paris', '40361', stranger.body.id);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toEqual({
      path: 'contactId',
      message: 'Choose one of this employer’s active contacts for the location.',
    });
    // The database ties a location's contact to the same employer as well.
    const direct = t.database.db.insert(employerLocations).values({
      employerId: employer.id,
      name: 'Sneaky',
      address1: 'x',
      city: 'x',
      state: 'KY',
      zip: '40361',
      contactId: stranger.body.id,
    });
    await expect(direct).rejects.toThrow();

    const moved = await bsr.patch(
      `/api/v1/employers/${employer.id}/locations/${winchester.body.id}`,
      { contactId: ann.body.id, county: 'Clark' },
    );
    expect(moved.body).toMatchObject({ county: 'Clark', contact: { id: ann.body.id } });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, employer.id))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual([
      'employer.created',
      'employer.contact_added',
      'employer.contact_added',
      'employer.location_added',
      'employer.location_added',
      'employer.location_updated',
    ]);
  });

  it('SEC-2: staff who may only view employers cannot add contacts', async () => {
    const employer = await createEmployer(bsr, { legalName: 'View Only Vending' });
    const caseManager = await t.signIn('casemanager@demo.test');
    expect((await caseManager.get(`/api/v1/employers/${employer.id}/contacts`)).status).toBe(200);
    const res = await caseManager.post(`/api/v1/employers/${employer.id}/contacts`, {
      firstName: 'No',
      lastName: 'Access',
    });
    expect(res.status).toBe(403);
  });
});
