import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../modules';
import { TestClient, startTestApp, type TestApp } from '../test/harness';
import { buildApp } from './http/app';
import { loggerOptions } from './logger';

describe('request logging', () => {
  let t: TestApp;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs method, route, status and request id, never bodies, cookies or query strings', async () => {
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logger = pino(loggerOptions('info'), sink);
    const app = await buildApp({
      config: t.config,
      database: t.database,
      vault: t.vault,
      routes: allRoutes,
      isReady: () => true,
      logger,
    });
    await app.ready();
    const client = new TestClient(app);
    await client.signIn('admin@demo.test', 'demo-password-1');
    await client.get('/api/v1/admin/staff?q=123-45-6789');
    await client.signIn('admin@demo.test', 'secret-guess-123');
    await app.close();

    const all = lines.join('');
    expect(all).toContain('"route":"/api/v1/admin/staff"');
    expect(all).toContain('"statusCode":200');
    for (const secret of [
      'demo-password-1',
      'secret-guess-123',
      '123-45-6789',
      'onestop_session=',
      client.csrfToken ?? 'x',
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
