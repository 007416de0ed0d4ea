import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';

describe('staff administration', () => {
  let t: TestApp;
  let admin: TestClient;
  const officeId = (code: string) =>
    admin.session?.offices.find((o) => o.code === code)?.id as string;
  const roleId = async (key: string) =>
    (await admin.get('/api/v1/admin/roles')).body.items.find((r: { key: string }) => r.key === key)
      .id as string;
  const staffId = async (email: string) =>
    (await admin.get(`/api/v1/admin/staff?q=${encodeURIComponent(email)}&status=all`)).body.items[0]
      .id as string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@demo.test');
  });
  afterAll(() => t.close());

  async function newCaseManager(email: string, extra: Record<string, unknown> = {}) {
    return admin.post('/api/v1/admin/staff', {
      email,
      displayName: 'Pat Newhire',
      roleId: await roleId('case_manager'),
      officeIds: [officeId('LEX')],
      defaultOfficeId: officeId('LEX'),
      accessRequestRef: 'REQ-2026-0042',
      initialPassword: 'a-long-password-1',
      ...extra,
    });
  }

  it('SEC-6: an administrator creates an account only on an approved access request, and the new person can sign in', async () => {
    const missing = await newCaseManager('pat.ref@demo.test', { accessRequestRef: '' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('accessRequestRef');
    const created = await newCaseManager('pat.newhire@demo.test');
    expect(created.status).toBe(201);
    expect(created.body.accessRequestRef).toBe('REQ-2026-0042');
    expect(created.body).not.toHaveProperty('passwordHash');
    const pat = t.client();
    expect((await pat.signIn('pat.newhire@demo.test', 'a-long-password-1')).status).toBe(201);
    expect(pat.session?.office.code).toBe('LEX');
  });

  it('SEC-1: one account per person across every office and partner: a second account with the same email is refused', async () => {
    const again = await newCaseManager('PAT.NEWHIRE@demo.test', {
      officeIds: [officeId('LON')],
      defaultOfficeId: officeId('LON'),
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields[0].path).toBe('email');
  });

  it('SEC-6: a deactivated account is refused at once, including the session it already has', async () => {
    await newCaseManager('leaving@demo.test');
    const leaver = t.client();
    await leaver.signIn('leaving@demo.test', 'a-long-password-1');
    expect((await leaver.get('/api/v1/session')).status).toBe(200);
    const id = await staffId('leaving@demo.test');
    const off = await admin.post(`/api/v1/admin/staff/${id}/deactivate`, {
      reason: 'Separated 2026-11-20',
    });
    expect(off.status).toBe(200);
    expect(off.body.active).toBe(false);
    expect((await leaver.get('/api/v1/session')).status).toBe(401);
    const again = await t.client().signIn('leaving@demo.test', 'a-long-password-1');
    expect(again.status).toBe(403);
    expect(again.body.error.code).toBe('ACCOUNT_INACTIVE');
    expect((await admin.post(`/api/v1/admin/staff/${id}/reactivate`)).body.active).toBe(true);
    expect((await t.client().signIn('leaving@demo.test', 'a-long-password-1')).status).toBe(201);
  });

  it('SEC-6: administrators cannot deactivate themselves', async () => {
    const res = await admin.post(`/api/v1/admin/staff/${admin.session?.staff.id}/deactivate`, {
      reason: 'oops',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.rule).toBe('SEC-6');
  });

  it('SEC-7: training grants are given per person, and only a central-office holder can grant central office', async () => {
    const created = await newCaseManager('trainee@demo.test');
    expect(created.body.grants).toEqual([]);
    const trained = await admin.patch(`/api/v1/admin/staff/${created.body.id}`, {
      grants: ['program_enrollment', 'job_posting_entry'],
    });
    expect(trained.body.grants).toEqual(['job_posting_entry', 'program_enrollment']);
    const trainee = await t.signIn('trainee@demo.test', 'a-long-password-1');
    expect(trainee.session?.grants).toEqual(['job_posting_entry', 'program_enrollment']);

    const supervisorRole = await roleId('supervisor');
    await admin.put(`/api/v1/admin/roles/${supervisorRole}`, {
      name: 'Supervisor',
      description: 'Leads a local area.',
      scope: 'area',
      permissions: { 'admin.staff': 'change', audit: 'view', seekers: 'delete' },
      withheldTabs: [],
    });
    const supervisor = await t.signIn('supervisor@demo.test');
    const refused = await supervisor.patch(`/api/v1/admin/staff/${created.body.id}`, {
      grants: ['central_office'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/central-office grant/);
  });

  it('a password reset signs the person out everywhere', async () => {
    await newCaseManager('forgetful@demo.test');
    const person = await t.signIn('forgetful@demo.test', 'a-long-password-1');
    const id = await staffId('forgetful@demo.test');
    const short = await admin.post(`/api/v1/admin/staff/${id}/password`, { newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(
      (
        await admin.post(`/api/v1/admin/staff/${id}/password`, {
          newPassword: 'another-long-password',
        })
      ).status,
    ).toBe(200);
    expect((await person.get('/api/v1/session')).status).toBe(401);
    expect((await t.client().signIn('forgetful@demo.test', 'another-long-password')).status).toBe(
      201,
    );
  });

  it('SEC-4: a staff account outside the reviewer’s offices reads as not found (another office gets 404)', async () => {
    const bluegrassSupervisor = await t.signIn('supervisor@demo.test');
    const londonSupervisor = await t.signIn('london.supervisor@demo.test');
    const londonCaseManager = await staffId('london.cm@demo.test');
    const lexingtonCaseManager = await staffId('casemanager@demo.test');

    expect(
      (await bluegrassSupervisor.get(`/api/v1/admin/staff/${lexingtonCaseManager}`)).status,
    ).toBe(200);
    const hidden = await bluegrassSupervisor.get(`/api/v1/admin/staff/${londonCaseManager}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('NOT_FOUND');
    expect((await londonSupervisor.get(`/api/v1/admin/staff/${lexingtonCaseManager}`)).status).toBe(
      404,
    );
    expect((await londonSupervisor.get(`/api/v1/admin/staff/${londonCaseManager}`)).status).toBe(
      200,
    );

    const list = (await bluegrassSupervisor.get('/api/v1/admin/staff?pageSize=100')).body;
    const emails = list.items.map((s: { email: string }) => s.email);
    expect(emails).toContain('casemanager@demo.test');
    expect(emails).not.toContain('london.cm@demo.test');
    expect(list.total).toBe(list.items.length);
  });

  it('SEC-2: staff without access to staff administration are refused', async () => {
    const caseManager = await t.signIn('casemanager@demo.test');
    const res = await caseManager.get('/api/v1/admin/staff');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });
});

describe('no escalation through staff administration', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@demo.test');
  });
  afterAll(() => t.close());

  it('SEC-7: a local staff manager cannot promote anyone, themselves included, beyond their own access or give grants they lack', async () => {
    const roles = (await admin.get('/api/v1/admin/roles')).body.items;
    const byKey = (key: string) => roles.find((r: { key: string }) => r.key === key).id as string;
    const manager = await admin.post('/api/v1/admin/roles', {
      name: 'Office Staff Manager',
      scope: 'office',
      permissions: {
        'admin.staff': 'change',
        seekers: 'add',
        services: 'add',
        postings: 'view',
        referrals: 'add',
        cases: 'add',
        employers: 'view',
        reports: 'view',
      },
    });
    const lex = admin.session?.offices.find((o) => o.code === 'LEX')?.id;
    const created = await admin.post('/api/v1/admin/staff', {
      email: 'office.manager@demo.test',
      displayName: 'Olive Manager',
      roleId: manager.body.id,
      officeIds: [lex],
      defaultOfficeId: lex,
      grants: ['program_enrollment'],
      accessRequestRef: 'REQ-77',
      initialPassword: 'office-manager-pass',
    });
    const olive = await t.signIn('office.manager@demo.test', 'office-manager-pass');
    const self = created.body.id as string;
    const caseManager = (await olive.get('/api/v1/admin/staff?q=casemanager@demo.test')).body
      .items[0].id as string;

    const promoteSelf = await olive.patch(`/api/v1/admin/staff/${self}`, {
      roleId: byKey('administrator'),
    });
    expect(promoteSelf.status).toBe(422);
    const promoteOther = await olive.patch(`/api/v1/admin/staff/${caseManager}`, {
      roleId: byKey('administrator'),
    });
    expect(promoteOther.status).toBe(403);
    expect(promoteOther.body.error.message).toMatch(/wider than your own/);
    const grantOther = await olive.patch(`/api/v1/admin/staff/${caseManager}`, {
      grants: ['program_enrollment', 'ssn_reveal'],
    });
    expect(grantOther.status).toBe(403);
    expect(grantOther.body.error.message).toMatch(/ssn_reveal/);
    const options = (await olive.get('/api/v1/admin/staff/role-options')).body.items;
    const assignable = (key: string) =>
      options.find((o: { key: string }) => o.key === key).assignable;
    expect(assignable('administrator')).toBe(false);
    expect(assignable('case_manager')).toBe(true);
    expect(assignable('office_staff_manager')).toBe(true);
    const sameLevel = await olive.patch(`/api/v1/admin/staff/${caseManager}`, {
      displayName: 'Casey R. Morgan',
    });
    expect(sameLevel.status).toBe(200);
    expect((await olive.get('/api/v1/session')).body.role.key).not.toBe('administrator');
  });

  it('EMP-7, JOB-2: any staff member finds active colleagues in reach to name as owners, and only their name, email and role', async () => {
    const bsr = await t.signIn('bsr@demo.test');
    const found = await bsr.get('/api/v1/colleagues?q=patel');
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      {
        id: expect.any(String),
        email: 'supervisor@demo.test',
        displayName: 'Sam Patel',
        roleName: expect.any(String),
      },
    ]);
    // SEC-4: a Lexington representative does not reach London's staff.
    expect((await bsr.get('/api/v1/colleagues?q=whitaker')).body.items).toEqual([]);
    expect((await bsr.get('/api/v1/colleagues?q=')).status).toBe(400);
    expect((await t.client().get('/api/v1/colleagues?q=patel')).status).toBe(401);
  });
});
