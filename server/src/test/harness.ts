import crypto from 'node:crypto';
import { backfillMatchFeatures } from '../modules/matching/match-features.store';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import type { SessionInfo } from '@onestop/contracts';
import { seed } from '../db/seed/seed';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { allRoutes } from '../modules';
import { loadConfig, testDatabaseUrl, type Config, type DatabaseConfig } from '../platform/config';
import { SsnVault, loadSecret } from '../platform/crypto/ssn-vault';
import { openDatabase, type Database } from '../platform/db/database';
import { migrate } from '../platform/db/migrate';
import { buildApp } from '../platform/http/app';

/**
 * A fresh database for one test file: PGlite in memory by default, or a throwaway database on the
 * PostgreSQL server named by DATABASE_URL (dropped afterwards).
 */
export async function createTestDatabase(): Promise<{
  config: DatabaseConfig;
  drop(): Promise<void>;
}> {
  const serverUrl = testDatabaseUrl();
  if (!serverUrl) return { config: { kind: 'pglite', dataDir: null }, drop: async () => {} };
  const name = `onestop_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Like createTestDatabase, but PGlite keeps its data in a folder, so it can be closed and reopened. */
export async function restartableTestDatabase(): Promise<{
  config: DatabaseConfig;
  drop(): Promise<void>;
}> {
  const throwaway = await createTestDatabase();
  if (throwaway.config.kind === 'postgres') return throwaway;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'onestop-test-'));
  return {
    config: { kind: 'pglite', dataDir: dir },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fixed key for tests only: test data is fake and thrown away. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

export function testConfig(database: DatabaseConfig, env: Record<string, string> = {}): Config {
  return {
    ...loadConfig({
      ONESTOP_DEMO: '1',
      LOG_LEVEL: 'silent',
      ONESTOP_JOBS: '0',
      ONESTOP_SECRET_KEY: TEST_SECRET_KEY,
      // Tests that need the demo job seekers ask for them; the rest keep their exact data and speed.
      ONESTOP_DEMO_SEEKERS: '0',
      ...env,
    }),
    database,
  };
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  vault: SsnVault;
  client(): TestClient;
  /** Signs a demo user in and returns their client. */
  signIn(email: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const throwaway = await createTestDatabase();
  const config = testConfig(throwaway.config, env);
  const database = await openDatabase(config.database);
  await migrate(database);
  await seed(database, config, pino({ level: 'silent' }));
  await backfillMatchFeatures(database.db);
  const vault = new SsnVault(loadSecret(config.secretKey));
  const app = await buildApp({
    config,
    database,
    vault,
    routes: allRoutes,
    isReady: () => true,
    logger: pino({ level: 'silent' }),
  });
  await app.ready();
  const testApp: TestApp = {
    app,
    database,
    config,
    vault,
    client: () => new TestClient(app),
    async signIn(email, password = DEMO_PASSWORD) {
      const client = new TestClient(app);
      const res = await client.signIn(email, password);
      if (res.status !== 201)
        throw new Error(`sign-in as ${email} failed: ${JSON.stringify(res.body)}`);
      return client;
    },
    async close() {
      await app.close();
      await database.close();
      await throwaway.drop();
    },
  };
  return testApp;
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** A browser-like client: keeps the session cookie and sends the CSRF header on writes. */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  session: SessionInfo | null = null;

  constructor(private readonly app: FastifyInstance) {}

  async signIn(email: string, password = DEMO_PASSWORD): Promise<TestResponse> {
    const res = await this.request('POST', '/api/v1/session', { email, password });
    if (res.status === 201) {
      const setCookie = res.headers['set-cookie'];
      const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      this.cookie = String(first).split(';')[0] ?? null;
      this.session = res.body as SessionInfo;
      this.csrfToken = this.session.csrfToken;
    }
    return res;
  }

  async request<T = any>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    const json = String(res.headers['content-type'] ?? '').includes('application/json');
    return {
      status: res.statusCode,
      body: json ? JSON.parse(res.body) : res.body,
      headers: res.headers,
    };
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}
