import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, seekerProfiles } from '../../db/schema';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';
import { sealPlaintextAlienNumbers } from './profile.store';

let t: TestApp;
let caseManager: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  caseManager = await t.signIn('casemanager@demo.test');
});
afterAll(() => t.close());

/** A job seeker signed in to the portal, and the staff URL of their profile. */
async function portalSeeker(email: string) {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: 'Amara',
    lastName: 'Okafor',
    birthDate: '1988-07-14',
    email,
    password: 'amara-long-password',
    zip: '40507',
  });
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  const seekerId = res.body.seeker.id as string;
  return { client, seekerId, staffUrl: `/api/v1/seekers/${seekerId}/profile` };
}

async function withDemographics(client: TestClient, url: string, demographics: object) {
  const current = (await client.get(url)).body;
  return client.put(url, {
    ...current,
    demographics: { ...current.demographics, ...demographics },
  });
}

const resident = { citizenship: 'permanent_resident', alienRegistrationExpires: '2031-04-30' };

async function rowOf(seekerId: string) {
  const [row] = await t.database.db
    .select()
    .from(seekerProfiles)
    .where(eq(seekerProfiles.seekerId, seekerId));
  return row;
}

describe('the alien registration number (SEEK-6)', () => {
  it('SEEK-6: it is stored encrypted; the job seeker reads it in full, staff only masked with a flag', async () => {
    const { client, seekerId, staffUrl } = await portalSeeker('amara.sealed@example.com');
    const saved = await withDemographics(client, '/api/v1/portal/profile', {
      ...resident,
      alienRegistrationNumber: 'A-123 456 789',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.demographics).toMatchObject({
      alienRegistrationNumber: 'A123456789',
      alienRegistrationOnFile: true,
    });

    const row = await rowOf(seekerId);
    expect(row?.alienRegistrationPlaintext).toBeNull();
    expect(row?.alienRegistrationLast4).toBe('6789');
    expect(row?.alienRegistrationCiphertext).not.toContain('123456789');
    expect(t.vault.decrypt(row?.alienRegistrationCiphertext ?? '')).toBe('A123456789');

    const staff = await caseManager.get(staffUrl);
    expect(staff.body.demographics).toMatchObject({
      alienRegistrationNumber: 'A*****6789',
      alienRegistrationOnFile: true,
    });
    expect(JSON.stringify(staff.body)).not.toContain('123456789');
  });

  it('SEEK-6: staff saving the profile with the mask, or without the number, keep the number on file', async () => {
    const { client, seekerId, staffUrl } = await portalSeeker('amara.keep@example.com');
    await withDemographics(client, '/api/v1/portal/profile', {
      ...resident,
      alienRegistrationNumber: 'A123456789',
    });
    const masked = await withDemographics(caseManager, staffUrl, { disability: 'no' });
    expect(masked.status).toBe(200);
    expect(masked.body.demographics.alienRegistrationNumber).toBe('A*****6789');

    const current = (await caseManager.get(staffUrl)).body;
    const { alienRegistrationNumber: _left, ...withoutNumber } = current.demographics;
    const omitted = await caseManager.put(staffUrl, { ...current, demographics: withoutNumber });
    expect(omitted.status).toBe(200);
    expect((await client.get('/api/v1/portal/profile')).body.demographics).toMatchObject({
      alienRegistrationNumber: 'A123456789',
      disability: 'no',
    });

    // No change to the number, so the audit rows do not name it.
    const rows = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, seekerId), eq(auditEvents.action, 'seeker.profile_saved')),
      )
      .orderBy(asc(auditEvents.id));
    expect(rows).toHaveLength(3);
    expect(rows[1]?.after).not.toHaveProperty(['demographics.alienRegistrationNumber']);
    expect(rows[2]?.after).toEqual({});
  });

  it('SEEK-6: staff replace the number by typing a whole one, remove it with null, and a changed mask is refused', async () => {
    const { client, staffUrl } = await portalSeeker('amara.replace@example.com');
    await withDemographics(client, '/api/v1/portal/profile', {
      ...resident,
      alienRegistrationNumber: 'A123456789',
    });
    const changedMask = await withDemographics(caseManager, staffUrl, {
      alienRegistrationNumber: 'A*****1111',
    });
    expect(changedMask.status).toBe(400);
    expect(changedMask.body.error.fields).toEqual([
      { path: 'demographics.alienRegistrationNumber', message: expect.stringMatching(/last four/) },
    ]);

    const replaced = await withDemographics(caseManager, staffUrl, {
      alienRegistrationNumber: '98765432',
    });
    expect(replaced.body.demographics.alienRegistrationNumber).toBe('A*****5432');
    expect((await client.get('/api/v1/portal/profile')).body.demographics).toMatchObject({
      alienRegistrationNumber: 'A098765432',
    });

    // A number kept from the file (left out) meets the same rules as one typed in.
    const current = (await caseManager.get(staffUrl)).body;
    const { alienRegistrationNumber: _kept, ...demographics } = current.demographics;
    const kept = await caseManager.put(staffUrl, {
      ...current,
      demographics: { ...demographics, citizenship: 'us_citizen', alienRegistrationExpires: null },
    });
    expect(kept.body.error.fields).toEqual([
      { path: 'demographics.alienRegistrationNumber', message: expect.stringMatching(/citizen/) },
    ]);
    const removed = await withDemographics(caseManager, staffUrl, {
      citizenship: 'us_citizen',
      alienRegistrationNumber: null,
      alienRegistrationExpires: null,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.demographics).toMatchObject({
      alienRegistrationNumber: null,
      alienRegistrationOnFile: false,
    });
  });

  it('SEEK-6: a number saved in plain text before sealing still reads, and is sealed at start-up or on the next save', async () => {
    const first = await portalSeeker('amara.legacy1@example.com');
    const second = await portalSeeker('amara.legacy2@example.com');
    for (const { client } of [first, second]) {
      await withDemographics(client, '/api/v1/portal/profile', {
        citizenship: 'permanent_resident',
      });
    }
    for (const { seekerId } of [first, second]) {
      await t.database.db
        .update(seekerProfiles)
        .set({ alienRegistrationPlaintext: 'A012345678', alienRegistrationLast4: '5678' })
        .where(eq(seekerProfiles.seekerId, seekerId));
    }
    expect((await caseManager.get(first.staffUrl)).body.demographics).toMatchObject({
      alienRegistrationNumber: 'A*****5678',
      alienRegistrationOnFile: true,
    });
    expect(
      (await first.client.get('/api/v1/portal/profile')).body.demographics.alienRegistrationNumber,
    ).toBe('A012345678');

    // The next save seals it…
    await withDemographics(caseManager, first.staffUrl, {});
    const saved = await rowOf(first.seekerId);
    expect(saved?.alienRegistrationPlaintext).toBeNull();
    expect(t.vault.decrypt(saved?.alienRegistrationCiphertext ?? '')).toBe('A012345678');

    // …and the start-up step seals the rest.
    expect(await sealPlaintextAlienNumbers(t.database.db, t.vault)).toBe(1);
    const sealed = await rowOf(second.seekerId);
    expect(sealed?.alienRegistrationPlaintext).toBeNull();
    expect(t.vault.decrypt(sealed?.alienRegistrationCiphertext ?? '')).toBe('A012345678');
    expect(await sealPlaintextAlienNumbers(t.database.db, t.vault)).toBe(0);
  });
});

describe('answers taken back (SEEK-6)', () => {
  it('SEEK-6: a yes/no answer goes back to "not answered" with null, and work places are lists', async () => {
    const { client } = await portalSeeker('amara.unanswer@example.com');
    const url = '/api/v1/portal/profile';
    const current = (await client.get(url)).body;
    const answered = await client.put(url, {
      ...current,
      veteran: { ...current.veteran, servedInMilitary: false },
      driversLicense: { ...current.driversLicense, hasLicense: false },
      preferences: {
        ...current.preferences,
        overtime: true,
        willingToRelocate: false,
        zipCodes: ['40507', '40511'],
        radiusMiles: 30,
        states: ['KY', 'PR', 'DC'],
      },
    });
    expect(answered.status).toBe(200);
    expect(answered.body.preferences).toMatchObject({
      overtime: true,
      willingToRelocate: false,
      states: ['KY', 'PR', 'DC'],
    });

    const body = answered.body;
    const cleared = await client.put(url, {
      ...body,
      veteran: { ...body.veteran, servedInMilitary: null },
      driversLicense: { ...body.driversLicense, hasLicense: null },
      preferences: { ...body.preferences, overtime: null, willingToRelocate: null },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.veteran.servedInMilitary).toBeNull();
    expect(cleared.body.driversLicense.hasLicense).toBeNull();
    expect(cleared.body.preferences).toMatchObject({ overtime: null, willingToRelocate: null });
  });
});
