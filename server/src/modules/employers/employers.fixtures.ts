import type { TestClient } from '../../test/harness';

let next = 0;

/** A valid FEIN (prefix 61) that no other test in the file uses. */
export function freshFein(): string {
  next += 1;
  return `61-${String(2000000 + next * 7919).slice(-7)}`;
}

/** A complete staff registration, with a fresh FEIN and phone unless the test names them. */
export function employerBody(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'Bluegrass Bakery LLC',
    fein: freshFein(),
    phone: `859-555-${String(1000 + next).slice(-4)}`,
    email: 'office@bluegrassbakery.test',
    address1: '120 Main St',
    city: 'Lexington',
    state: 'KY',
    zip: '40507',
    county: 'Fayette',
    naicsCode: '311812',
    ...overrides,
  };
}

/** Creates an employer as this client and returns its id (the test fails loudly otherwise). */
export async function createEmployer(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; recordNumber: number; fein: string | null }> {
  const res = await client.post('/api/v1/employers', {
    confirmedNotDuplicate: true,
    ...employerBody(overrides),
  });
  if (res.status !== 201) throw new Error(`employer not created: ${JSON.stringify(res.body)}`);
  return res.body;
}
