import { count } from 'drizzle-orm';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { staff } from './db/schema';
import { DEMO_STAFF } from './db/seed/demo-data';
import { createTestDatabase, restartableTestDatabase, testConfig } from './test/harness';
import { startServer, type RunningServer } from './server';

const log = pino({ level: 'silent' });

describe('starting the product', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function start(env: Record<string, string>): Promise<RunningServer> {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const server = await startServer(
      testConfig(db.config, { PORT: '0', ONESTOP_JOBS: '1', ...env }),
      log,
    );
    cleanups.push(() => server.stop());
    return server;
  }

  it('migrates, seeds the demo, starts jobs and reports ready; the demo staff can sign in', async () => {
    const server = await start({ ONESTOP_DEMO: '1' });
    expect(server.seeded).toBe('seeded-demo');
    expect(server.demoAccounts).toBe(true);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(ready.status).toBe(200);
    const [people] = await server.database.db.select({ n: count() }).from(staff);
    expect(people?.n).toBe(DEMO_STAFF.length);
    const signIn = await fetch(`${server.url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'supervisor@demo.test', password: 'demo-password-1' }),
    });
    expect(signIn.status).toBe(201);
    expect(server.boss).not.toBeNull();
  });

  it('creates no demo accounts when demo mode is off, only the configured first administrator', async () => {
    const server = await start({
      ONESTOP_DEMO: '0',
      ONESTOP_BOOTSTRAP_ADMIN_EMAIL: 'it-admin@agency.example',
      ONESTOP_BOOTSTRAP_ADMIN_PASSWORD: 'first-admin-password',
    });
    expect(server.seeded).toBe('seeded-first-admin');
    expect(server.demoAccounts).toBe(false);
    const people = await server.database.db.select({ email: staff.email }).from(staff);
    expect(people.map((p) => p.email)).toEqual(['it-admin@agency.example']);
  });

  it('on a real database without a first administrator, seeds roles, warns, and creates the administrator on a later start once configured', async () => {
    const db = await restartableTestDatabase();
    cleanups.push(db.drop);
    const first = await startServer(testConfig(db.config, { PORT: '0', ONESTOP_DEMO: '0' }), log);
    expect(first.seeded).toBe('no-staff-yet');
    await first.stop();
    const second = await startServer(
      testConfig(db.config, {
        PORT: '0',
        ONESTOP_DEMO: '0',
        ONESTOP_BOOTSTRAP_ADMIN_EMAIL: 'late-admin@agency.example',
        ONESTOP_BOOTSTRAP_ADMIN_PASSWORD: 'late-admin-password',
      }),
      log,
    );
    cleanups.push(() => second.stop());
    expect(second.seeded).toBe('seeded-first-admin');
  });
});
