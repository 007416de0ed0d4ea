import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';

describe('roles and permissions', () => {
  let t: TestApp;
  let admin: TestClient;
  const role = async (key: string) =>
    (await admin.get('/api/v1/admin/roles')).body.items.find((r: { key: string }) => r.key === key);

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@demo.test');
  });
  afterAll(() => t.close());

  it('SEC-2: a role’s level per module decides what its staff may do, from the very next request', async () => {
    const central = await t.signIn('central@demo.test');
    expect((await central.get('/api/v1/admin/staff')).status).toBe(200);
    const before = await role('central_office');
    const res = await admin.put(`/api/v1/admin/roles/${before.id}`, {
      name: before.name,
      description: before.description,
      scope: before.scope,
      permissions: { ...before.permissions, 'admin.staff': 'none' },
      withheldTabs: before.withheldTabs,
    });
    expect(res.status).toBe(200);
    expect(res.body.permissions['admin.staff']).toBe('none');
    expect((await central.get('/api/v1/admin/staff')).status).toBe(403);
    expect((await central.get('/api/v1/session')).body.permissions['admin.staff']).toBe('none');
  });

  it('SEC-2: levels are ordered None < View < Change < Add < Delete', async () => {
    const custom = await admin.post('/api/v1/admin/roles', {
      name: 'Staff Auditor',
      scope: 'state',
      permissions: { 'admin.staff': 'change' },
    });
    expect(custom.status).toBe(201);
    const auditor = await admin.post('/api/v1/admin/staff', {
      email: 'auditor@demo.test',
      displayName: 'Alex Auditor',
      roleId: custom.body.id,
      officeIds: [admin.session?.office.id],
      defaultOfficeId: admin.session?.office.id,
      accessRequestRef: 'REQ-1',
      initialPassword: 'auditor-password-1',
    });
    const client = await t.signIn('auditor@demo.test', 'auditor-password-1');
    const id = auditor.body.id as string;
    expect((await client.get(`/api/v1/admin/staff/${id}`)).status).toBe(200); // view ≤ change
    expect(
      (await client.patch(`/api/v1/admin/staff/${id}`, { displayName: 'Alex A. Auditor' })).status,
    ).toBe(200);
    const add = await client.post('/api/v1/admin/staff', {}); // add > change
    expect(add.status).toBe(403);
    expect(
      (await client.post(`/api/v1/admin/staff/${id}/deactivate`, { reason: 'x' })).status,
    ).toBe(403);
  });

  it('SEC-3: tabs withheld from a role reach its staff’s session, so the UI shows them as unavailable', async () => {
    const bsr = await t.signIn('bsr@demo.test');
    expect(bsr.session?.withheldTabs).toEqual(
      expect.arrayContaining(['seekers.case', 'seekers.services']),
    );
    const bsrRole = await role('business_services');
    await admin.put(`/api/v1/admin/roles/${bsrRole.id}`, {
      ...bsrRole,
      withheldTabs: ['seekers.resume'],
    });
    expect((await bsr.get('/api/v1/session')).body.withheldTabs).toEqual(['seekers.resume']);
    const unknownTab = await admin.put(`/api/v1/admin/roles/${bsrRole.id}`, {
      ...bsrRole,
      withheldTabs: ['seekers.diary'],
    });
    expect(unknownTab.status).toBe(400);
  });

  it('built-in roles cannot be deleted, roles in use cannot be deleted, and unused custom roles can', async () => {
    const builtIn = await role('case_manager');
    expect((await admin.delete(`/api/v1/admin/roles/${builtIn.id}`)).status).toBe(422);
    const inUse = await role('staff_auditor');
    expect((await admin.delete(`/api/v1/admin/roles/${inUse.id}`)).status).toBe(409);
    const spare = await admin.post('/api/v1/admin/roles', {
      name: 'Spare',
      scope: 'office',
      permissions: {},
    });
    expect((await admin.delete(`/api/v1/admin/roles/${spare.body.id}`)).status).toBe(200);
    expect((await admin.get(`/api/v1/admin/roles/${spare.body.id}`)).status).toBe(404);
  });

  it('an administrator cannot edit their own role out of role administration', async () => {
    const own = await role('administrator');
    const res = await admin.put(`/api/v1/admin/roles/${own.id}`, {
      ...own,
      permissions: { ...own.permissions, 'admin.roles': 'view' },
    });
    expect(res.status).toBe(422);
    expect((await role('administrator')).permissions['admin.roles']).toBe('delete');
  });

  it('two roles cannot share a name', async () => {
    const res = await admin.post('/api/v1/admin/roles', {
      name: 'case manager',
      scope: 'office',
      permissions: {},
    });
    expect(res.status).toBe(409);
  });
});
