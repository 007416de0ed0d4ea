import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp, type TestClient } from '../../test/harness';

describe('occupations API (O*NET catalog)', () => {
  let t: TestApp;
  let anonymous: TestClient;

  beforeAll(async () => {
    t = await startTestApp();
    anonymous = t.client();
  });
  afterAll(() => t.close());

  const titles = (query: string) => anonymous.get(`/api/v1/occupations/titles?${query}`);

  it('autocompletes job titles without a session, best match first', async () => {
    const res = await titles('q=registered%20nurse');
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items[0]).toEqual({
      title: 'Registered Nurses',
      code: '29-1141.00',
      occupationTitle: 'Registered Nurses',
    });
    const rn = await titles('q=RN&limit=3');
    expect(rn.body.items).toHaveLength(3);
    expect(rn.body.items[0]).toEqual({
      title: 'RN',
      code: '29-1141.00',
      occupationTitle: 'Registered Nurses',
    });
    const truck = await titles('q=%20Truck%20Driver%20');
    expect(truck.body.items[0]).toMatchObject({ title: 'Truck Driver', code: '53-3032.00' });
    expect((await titles('q=qqqzzz')).body).toEqual({ items: [] });
  });

  it('refuses a missing, blank or too long query and a limit outside 1..25 with a 400', async () => {
    for (const query of ['', 'q=', 'q=%20%20', `q=${'a'.repeat(101)}`, 'q=nurse&limit=0']) {
      const res = await titles(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    for (const limit of ['26', 'ten', '2.5']) {
      const res = await titles(`q=nurse&limit=${limit}`);
      expect(res.status, limit).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain('limit');
    }
    expect((await titles(`q=nurse&limit=25`)).body.items).toHaveLength(25);
  });

  it('SEEK-7: gives one occupation with its job zone and up to 8 draft duties, Core first', async () => {
    const res = await anonymous.get('/api/v1/occupations/29-1141.00');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: '29-1141.00',
      title: 'Registered Nurses',
      jobZone: 4, // O*NET 29.2
      description: expect.stringMatching(/^Assess patient health problems/),
    });
    expect(res.body.tasks).toHaveLength(8);
    expect(res.body.tasks[0]).toBe("Record patients' medical information and vital signs.");

    const allOther = await anonymous.get('/api/v1/occupations/11-9199.00');
    expect(allOther.body).toMatchObject({ jobZone: null, tasks: [] });
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    const unknown = await anonymous.get('/api/v1/occupations/99-9999.99');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect(unknown.body.error.message).toMatch(/occupation/);
    for (const code of ['nurse', '29-1141', '29-1141.00x', 'constructor']) {
      const res = await anonymous.get(`/api/v1/occupations/${code}`);
      expect(res.status, code).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is documented in the OpenAPI document as public', async () => {
    const doc = (await anonymous.get('/api/v1/openapi.json')).body;
    expect(doc.paths['/api/v1/occupations/titles'].get.tags).toEqual(['Occupations']);
    expect(doc.paths['/api/v1/occupations/{code}'].get.security).toBeUndefined();
  });
});
