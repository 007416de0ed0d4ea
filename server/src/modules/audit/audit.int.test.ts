import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, roles } from '../../db/schema';
import { MissingAuditError } from '../../platform/context';
import { RequestContext } from '../../platform/context';
import { rowsOf } from '../../platform/db/database';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';
import { pino } from 'pino';

describe('the audit trail', () => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin@demo.test');
  });
  afterAll(() => t.close());

  it('SEC-9: every change records who, which office, when and what changed, with secrets redacted', async () => {
    const lex = admin.session?.offices.find((o) => o.code === 'LEX')?.id;
    await admin.put('/api/v1/session/office', { officeId: lex });
    const roleList = (await admin.get('/api/v1/admin/roles')).body.items;
    const cm = roleList.find((r: { key: string }) => r.key === 'case_manager');
    const created = await admin.post('/api/v1/admin/staff', {
      email: 'audited@demo.test',
      displayName: 'Audie Ted',
      roleId: cm.id,
      officeIds: [lex],
      defaultOfficeId: lex,
      accessRequestRef: 'REQ-9',
      initialPassword: 'audited-password-1',
    });
    await admin.patch(`/api/v1/admin/staff/${created.body.id}`, { displayName: 'Audie Ted Jr.' });
    await admin.post(`/api/v1/admin/staff/${created.body.id}/password`, {
      newPassword: 'a-fresh-password-2',
    });

    const trail = (
      await admin.get(`/api/v1/audit-events?entityType=staff&entityId=${created.body.id}`)
    ).body;
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'staff.password_reset',
      'staff.updated',
      'staff.created',
    ]);
    const [reset, updated, createdEvent] = trail.items;
    for (const e of trail.items) {
      expect(e.actorName).toBe('Avery Administrator');
      expect(e.officeName).toBe('Lexington Career Center');
      expect(Date.parse(e.occurredAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(updated.before).toEqual({ displayName: 'Audie Ted' });
    expect(updated.after).toEqual({ displayName: 'Audie Ted Jr.' });
    expect(createdEvent.after.email).toBe('audited@demo.test');
    expect(reset.after.password).toBe('[redacted]');
    expect(JSON.stringify(trail)).not.toMatch(/audited-password-1|a-fresh-password-2|argon2/);
  });

  it('SEC-9: the audit viewer filters by action, office and time', async () => {
    const logins = (await admin.get('/api/v1/audit-events?action=auth.login')).body;
    expect(logins.total).toBeGreaterThan(0);
    expect(logins.items.every((e: { action: string }) => e.action === 'auth.login')).toBe(true);
    const future = (
      await admin.get(`/api/v1/audit-events?from=${encodeURIComponent('2999-01-01T00:00:00Z')}`)
    ).body;
    expect(future.total).toBe(0);
    const london = admin.session?.offices.find((o) => o.code === 'LON')?.id;
    const inLondon = (await admin.get(`/api/v1/audit-events?officeId=${london}`)).body;
    expect(inLondon.items.every((e: { officeId: string }) => e.officeId === london)).toBe(true);
  });

  it('SEC-9: audit rows cannot be changed or removed, not even with SQL', async () => {
    const refusal = async (statement: Promise<unknown>) => {
      const err = (await statement.then(
        () => null,
        (e: unknown) => e,
      )) as { cause?: Error } | null;
      return String(err?.cause?.message ?? err);
    };
    expect(
      await refusal(t.database.db.execute(sql`UPDATE audit_events SET action = 'tampered'`)),
    ).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`DELETE FROM audit_events`))).toMatch(
      /append-only/,
    );
    const tampered = rowsOf<{ n: number }>(
      await t.database.db.execute(
        sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'tampered'`,
      ),
    );
    expect(tampered[0]?.n).toBe(0);
  });

  it('SEC-9: a write that records no audit row is rolled back, and a failed change leaves no audit row', async () => {
    const ctx = new RequestContext(
      t.config,
      t.database,
      t.vault,
      'test-request',
      null,
      pino({ level: 'silent' }),
    );
    await expect(
      ctx.mutate(async (tx) => {
        await tx.insert(roles).values({ key: 'sneaky', name: 'Sneaky' });
      }),
    ).rejects.toBeInstanceOf(MissingAuditError);
    const sneaky = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*)::int AS n FROM roles WHERE key = 'sneaky'`),
    );
    expect(sneaky[0]?.n).toBe(0);

    const countEvents = async () => (await t.database.db.select().from(auditEvents)).length;
    const beforeCount = await countEvents();
    const clash = await admin.post('/api/v1/admin/roles', {
      name: 'Administrator',
      scope: 'state',
      permissions: {},
    });
    expect(clash.status).toBe(409);
    expect(await countEvents()).toBe(beforeCount);
  });

  it('SEC-9: the audit viewer is for administrators; a case manager is refused', async () => {
    const caseManager = await t.signIn('casemanager@demo.test');
    expect((await caseManager.get('/api/v1/audit-events')).status).toBe(403);
  });
});
