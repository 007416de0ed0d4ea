import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '.';
import { buildApp } from '../platform/http/app';
import { defineRoute, type AnyRoute } from '../platform/http/define-route';
import { startTestApp, type TestApp } from '../test/harness';

describe('deny by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('SEC-2: every registered route declares a permission', () => {
    const catalog = t.app.routeCatalog;
    expect(catalog.length).toBeGreaterThan(allRoutes.length);
    for (const entry of catalog)
      expect(entry.permission, `${entry.method} ${entry.url}`).toBeTruthy();
    const publicApi = catalog.filter(
      (e) => e.url.startsWith('/api/v1') && e.permission === 'public',
    );
    expect(publicApi.map((e) => `${e.method} ${e.url}`).sort()).toEqual([
      'GET /api/v1/jobs',
      'GET /api/v1/jobs/:id',
      'GET /api/v1/occupations/:code',
      'GET /api/v1/occupations/titles',
      'GET /api/v1/openapi.json',
      'HEAD /api/v1/jobs',
      'HEAD /api/v1/jobs/:id',
      'HEAD /api/v1/occupations/:code',
      'HEAD /api/v1/occupations/titles',
      'HEAD /api/v1/openapi.json',
      'POST /api/v1/employer-portal/registration',
      'POST /api/v1/employer-portal/session',
      'POST /api/v1/portal/registration',
      'POST /api/v1/portal/session',
      'POST /api/v1/session',
    ]);
  });

  it('SEC-2: every non-public API route refuses a request without a session', async () => {
    const guarded = t.app.routeCatalog.filter(
      (e) => e.url.startsWith('/api/v1') && e.permission !== 'public' && e.method !== 'HEAD',
    );
    expect(guarded.length).toBeGreaterThanOrEqual(15);
    const anonymous = t.client();
    for (const entry of guarded) {
      const url = entry.url.replace(':id', '00000000-0000-4000-8000-000000000000');
      const res = await anonymous.request(
        entry.method,
        url,
        entry.method === 'GET' ? undefined : {},
      );
      expect(res.status, `${entry.method} ${entry.url}`).toBe(401);
      expect(res.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('SEC-2: a route that declares no permission stops the server from starting', async () => {
    const careless = {
      ...defineRoute({
        method: 'GET',
        url: '/api/v1/careless',
        permission: 'public',
        summary: 'x',
        tags: [],
        response: z.object({}),
        handler: async () => ({}),
      }),
    } as Partial<AnyRoute>;
    delete careless.permission;
    await expect(
      buildApp({
        config: t.config,
        database: t.database,
        vault: t.vault,
        routes: [careless as AnyRoute],
        isReady: () => true,
      }),
    ).rejects.toThrow(/declares no permission/);
  });

  it('serves an OpenAPI 3.1 document generated from the route schemas', async () => {
    const res = await t.client().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toContain('/api/v1/admin/staff/{id}');
    expect(res.body.paths['/api/v1/admin/staff'].post.requestBody).toBeDefined();
  });

  it('maps malformed input to a 400 with the fields to fix, never a 500', async () => {
    const admin = await t.signIn('admin@demo.test');
    const res = await admin.post('/api/v1/admin/staff', { email: 'not-an-email', officeIds: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    const paths = res.body.error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['email', 'officeIds', 'accessRequestRef', 'initialPassword']),
    );
    const broken = await admin.request('POST', '/api/v1/admin/roles', '{not json', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/not valid JSON/);
    const unknown = await admin.get('/api/v1/no-such-thing');
    expect(unknown.status).toBe(404);
  });

  it('answers 503 "starting" on the API until migrations and seeding are done', async () => {
    let ready = false;
    const app = await buildApp({
      config: t.config,
      database: t.database,
      vault: t.vault,
      routes: allRoutes,
      isReady: () => ready,
    });
    const early = await app.inject({ method: 'POST', url: '/api/v1/session', payload: {} });
    expect(early.statusCode).toBe(503);
    expect(early.json().error.code).toBe('STARTING');
    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(503);
    expect((await app.inject({ url: '/health/live' })).statusCode).toBe(200);
    ready = true;
    expect((await app.inject({ url: '/health/ready' })).statusCode).toBe(200);
    await app.close();
  });

  it('sets protective headers: no caching of API answers, a content security policy on pages', async () => {
    const api = await t.client().get('/health/live');
    expect(api.headers['x-content-type-options']).toBe('nosniff');
    expect(api.headers['x-frame-options']).toBe('DENY');
    const session = await t.client().get('/api/v1/session');
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.headers['x-request-id']).toBe(session.body.error.requestId);
    const page = await t.client().get('/some/page');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
  });

  it('answers health checks', async () => {
    expect((await t.client().get('/health/live')).status).toBe(200);
    expect((await t.client().get('/health/ready')).body).toEqual({ status: 'ready' });
  });
});
