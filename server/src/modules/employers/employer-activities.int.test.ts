import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, outboundEmails } from '../../db/schema';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { createEmployer } from './employers.fixtures';

describe('employer activities, notes and owners', () => {
  let t: TestApp;
  let bsr: TestClient;
  let types: { id: string; code: string; label: string; active: boolean }[];
  const typeId = (code: string) => types.find((x) => x.code === code)?.id;

  beforeAll(async () => {
    t = await startTestApp();
    bsr = await t.signIn('bsr@demo.test');
    types = (await bsr.get('/api/v1/employer-activity-types')).body.items;
  });
  afterAll(() => t.close());

  it('EMP-6: every installation starts with a catalog of employer services', () => {
    expect(types.map((x) => x.code)).toEqual(
      expect.arrayContaining([
        'job_order_taken',
        'job_fair',
        'recruitment_assistance',
        'labor_market_information',
        'rapid_response',
        'business_consultation',
        'ojt_agreement',
        'employer_visit',
        'wotc_information',
        'follow_up',
      ]),
    );
    expect(types.every((x) => x.active)).toBe(true);
  });

  it('EMP-6: activities come from the catalog, anything else is a note, and the record shows both newest first', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Hilltop Distilling Co' });
    const record = (body: Record<string, unknown>) =>
      bsr.post(`/api/v1/employers/${employer.id}/activities`, body);
    const visit = await record({
      activityTypeId: typeId('employer_visit'),
      activityDate: '2025-01-15',
      note: 'Toured the bottling line; they need two forklift drivers.',
    });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({
      type: { code: 'employer_visit', label: 'Employer visit' },
      staff: { id: bsr.session?.staff.id, name: 'Blake Rivera' },
      office: { id: bsr.session?.office.id, name: 'Lexington Career Center' },
    });
    await record({ activityTypeId: typeId('job_fair'), activityDate: '2025-03-02' });
    await record({ activityTypeId: typeId('follow_up'), activityDate: '2024-12-01' });
    const first = await bsr.post(`/api/v1/employers/${employer.id}/notes`, {
      body: 'Owner prefers calls after 2 pm.',
    });
    expect(first.status).toBe(201);
    await bsr.post(`/api/v1/employers/${employer.id}/notes`, {
      body: 'Asked about apprenticeship grants; no activity for that in the catalog.',
    });

    const opened = await bsr.get(`/api/v1/employers/${employer.id}`);
    expect(
      opened.body.recentActivities.map((a: { activityDate: string }) => a.activityDate),
    ).toEqual(['2025-03-02', '2025-01-15', '2024-12-01']);
    expect(opened.body.recentNotes.map((n: { body: string }) => n.body)).toEqual([
      'Asked about apprenticeship grants; no activity for that in the catalog.',
      'Owner prefers calls after 2 pm.',
    ]);
    expect(opened.body.counts).toMatchObject({ activities: 3, notes: 2, jobOrders: 0 });
    const paged = await bsr.get(`/api/v1/employers/${employer.id}/activities?pageSize=2&page=2`);
    expect(paged.body).toMatchObject({ total: 3, items: [{ activityDate: '2024-12-01' }] });

    const unknown = await record({
      activityTypeId: '00000000-0000-4000-8000-000000000000',
      activityDate: '2025-01-15',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields[0].message).toMatch(/If none fits, write a note instead/);
    const future = await record({ activityTypeId: typeId('job_fair'), activityDate: '2999-01-01' });
    expect(future.body.error.fields[0]).toEqual({
      path: 'activityDate',
      message: 'The activity date cannot be in the future.',
    });
  });

  it('EMP-8: an activity can name the establishment that was served', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Cumberland Clinics' });
    const site = await bsr.post(`/api/v1/employers/${employer.id}/locations`, {
      name: 'Richmond clinic',
      address1: '9 Lancaster Ave',
      city: 'Richmond',
      state: 'KY',
      zip: '40475',
    });
    const res = await bsr.post(`/api/v1/employers/${employer.id}/activities`, {
      activityTypeId: typeId('recruitment_assistance'),
      activityDate: '2025-02-01',
      locationId: site.body.id,
    });
    expect(res.body.location).toEqual({ id: site.body.id, name: 'Richmond clinic' });
    const other = await createEmployer(bsr, { legalName: 'Somebody Else Inc' });
    const wrong = await bsr.post(`/api/v1/employers/${other.id}/activities`, {
      activityTypeId: typeId('recruitment_assistance'),
      activityDate: '2025-02-01',
      locationId: site.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0].path).toBe('locationId');
  });

  it('EMP-6: administrators and central office keep the catalog; a retired activity is no longer offered', async () => {
    const denied = await bsr.post('/api/v1/employer-activity-types', {
      code: 'apprenticeship',
      label: 'Registered apprenticeship',
    });
    expect(denied.status).toBe(403);
    const central = await t.signIn('central@demo.test');
    const added = await central.post('/api/v1/employer-activity-types', {
      code: 'apprenticeship',
      label: 'Registered apprenticeship',
      sortOrder: 55,
    });
    expect(added.status).toBe(201);
    const again = await central.post('/api/v1/employer-activity-types', {
      code: 'apprenticeship',
      label: 'Apprenticeship again',
    });
    expect(again.status).toBe(409);
    const retired = await central.patch(`/api/v1/employer-activity-types/${added.body.id}`, {
      active: false,
    });
    expect(retired.body).toMatchObject({ code: 'apprenticeship', active: false });
    const employer = await createEmployer(bsr, { legalName: 'Retired Catalog Test LLC' });
    const res = await bsr.post(`/api/v1/employers/${employer.id}/activities`, {
      activityTypeId: added.body.id,
      activityDate: '2025-02-01',
    });
    expect(res.status).toBe(400);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, added.body.id))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => a.action)).toEqual([
      'employer.activity_type_created',
      'employer.activity_type_updated',
    ]);
  });

  it('EMP-7: when an owner is added, each existing owner is told by an email queued with the change', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Owners Club Bakery' });
    const url = `/api/v1/employers/${employer.id}/owners`;
    const staffId = async (email: string) => (await t.signIn(email)).session?.staff.id;
    const mailTo = async (to: string) =>
      t.database.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, to));

    const self = await bsr.post(url, { staffId: bsr.session?.staff.id });
    expect(self.status).toBe(201);
    const supervisor = await t.signIn('supervisor@demo.test');
    const riley = await staffId('georgetown.bsr@demo.test');
    const added = await supervisor.post(url, { staffId: riley });
    expect(added.body.items.map((o: { displayName: string }) => o.displayName)).toEqual([
      'Blake Rivera',
      'Riley Chen',
    ]);
    const toBlake = await mailTo('bsr@demo.test');
    expect(toBlake).toHaveLength(1);
    expect(toBlake[0]?.subject).toBe(
      `Riley Chen is now also an owner of Owners Club Bakery (E-${employer.recordNumber})`,
    );
    expect(toBlake[0]?.bodyText).toContain('Sam Patel added Riley Chen (georgetown.bsr@demo.test)');
    expect(toBlake[0]?.status).toBe('queued');

    // Blake adds a third owner: Riley is told; Blake, who made the change, is not mailed about it.
    const casey = await staffId('casemanager@demo.test');
    await bsr.post(url, { staffId: casey });
    expect(await mailTo('georgetown.bsr@demo.test')).toHaveLength(1);
    expect(await mailTo('bsr@demo.test')).toHaveLength(1);

    const twice = await supervisor.post(url, { staffId: riley });
    expect(twice.status).toBe(409);
    expect(await mailTo('bsr@demo.test')).toHaveLength(1);

    const removed = await bsr.delete(`${url}/${casey}`);
    expect(removed.body.items).toHaveLength(2);
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, employer.id))
      .orderBy(auditEvents.id);
    expect(
      audit.filter((a) => a.action.startsWith('employer.owner_')).map((a) => a.action),
    ).toEqual([
      'employer.owner_added',
      'employer.owner_added',
      'employer.owner_added',
      'employer.owner_removed',
    ]);
  });

  it('SEC-4, EMP-7: an owner working from another office reaches the account', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Shared Account Motors' });
    const riley = await t.signIn('georgetown.bsr@demo.test');
    expect((await riley.get(`/api/v1/employers/${employer.id}`)).status).toBe(404);
    await bsr.post(`/api/v1/employers/${employer.id}/owners`, { staffId: riley.session?.staff.id });
    expect((await riley.get(`/api/v1/employers/${employer.id}`)).status).toBe(200);
    const found = await riley.post('/api/v1/employers/search', { name: 'shared account motors' });
    expect(found.body.items).toHaveLength(1);
  });

  it('SEC-3: with the activities tab withheld, the record leaves out activities and notes and their pages refuse', async () => {
    const employer = await createEmployer(bsr, { legalName: 'Withheld Tab Farms' });
    const admin = await t.signIn('admin@demo.test');
    const roles = (await admin.get('/api/v1/admin/roles')).body.items;
    const bsrRole = roles.find((r: { key: string }) => r.key === 'business_services');
    await admin.put(`/api/v1/admin/roles/${bsrRole.id}`, {
      ...bsrRole,
      withheldTabs: [...bsrRole.withheldTabs, 'employers.activities'],
    });
    const opened = await bsr.get(`/api/v1/employers/${employer.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.recentActivities).toBeNull();
    expect(opened.body.recentNotes).toBeNull();
    const notes = await bsr.get(`/api/v1/employers/${employer.id}/notes`);
    expect(notes.status).toBe(403);
    expect(notes.body.error.message).toBe(
      'The employer’s activities and notes are not available to your role.',
    );
  });
});
