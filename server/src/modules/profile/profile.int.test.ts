import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, seekerLanguages, seekerProfiles, seekers } from '../../db/schema';
import { TestClient, startTestApp, type TestApp } from '../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function registeredSeeker(email: string, birthDate = '1985-03-09') {
  const client = new TestClient(t.app);
  const res = await client.post('/api/v1/portal/registration', {
    firstName: 'Rosa',
    lastName: 'Delgado',
    birthDate,
    email,
    password: 'rosa-long-password',
    zip: '40507',
  });
  client.cookie = String(res.headers['set-cookie']).split(';')[0] ?? null;
  client.csrfToken = res.body.csrfToken;
  return { client, seekerId: res.body.seeker.id as string };
}

/** Deep-merges changes into the profile read back: a whole-profile PUT sends every group. */
function edited(profile: Record<string, any>, changes: Record<string, any>) {
  const out: Record<string, any> = { ...profile };
  for (const [group, value] of Object.entries(changes)) {
    out[group] = Array.isArray(value) ? value : { ...profile[group], ...value };
  }
  return out;
}

const served = {
  servedInMilitary: true,
  veteranType: 'veteran',
  serviceStartDate: '2004-06-01',
  serviceEndDate: '2012-05-31',
  campaignVeteran: true,
  serviceConnectedDisability: 'under_30',
  dischargeType: 'honorable',
  branch: 'army',
  rank: 'E-5',
};

const fieldsOf = (body: { error: { fields?: { path: string; message: string }[] } }) =>
  Object.fromEntries((body.error.fields ?? []).map((f) => [f.path, f.message]));

describe('the job seeker profile (SEEK-6)', () => {
  it('SEEK-6: a new profile starts from the registration: name, birth date, email and ZIP are there', async () => {
    const { client } = await registeredSeeker('rosa.new@example.com');
    const res = await client.get('/api/v1/portal/profile');
    expect(res.status).toBe(200);
    expect(res.body.updatedAt).toBeNull();
    expect(res.body.contact).toMatchObject({
      firstName: 'Rosa',
      lastName: 'Delgado',
      email: 'rosa.new@example.com',
      zip: '40507',
      mailingAddress: null,
    });
    expect(res.body.demographics.birthDate).toBe('1985-03-09');
    expect(res.body.veteran.servedInMilitary).toBeNull();
    expect(res.body.coveredForPriorityOfService).toBe(false);
    expect(res.body.fromResume).toEqual({ education: [], licenses: [], skills: [] });
  });

  it("SEEK-6: a veteran's service dates, discharge and branch are saved and read back; VET-1: a veteran is covered for priority of service", async () => {
    const { client, seekerId } = await registeredSeeker('rosa.vet@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const body = edited(current, {
      contact: {
        middleInitial: 'm',
        primaryPhone: '859-555-0147',
        primaryPhoneType: 'mobile',
        alternatePhone: '(859) 555-0199',
        alternatePhoneType: 'work',
        address1: '12 Elm St',
        city: 'Lexington',
        state: 'ky',
        county: 'Fayette',
        mailingAddress: { address1: 'PO Box 9', city: 'Lexington', state: 'KY', zip: '40588' },
      },
      demographics: {
        gender: 'female',
        ethnicity: 'hispanic_latino',
        races: ['white', 'american_indian_alaska_native'],
        citizenship: 'us_citizen',
        disability: 'no',
      },
      veteran: served,
      employment: {
        employmentStatus: 'not_employed',
        schoolStatus: 'not_in_school_graduate',
        highestEducation: 'associate',
      },
      driversLicense: {
        hasLicense: true,
        state: 'KY',
        licenseClass: 'cdl_a',
        endorsements: ['hazardous_materials', 'doubles_triples', 'air_brakes'],
      },
      languages: [
        { language: 'Spanish', proficiency: 'native' },
        { language: 'English', proficiency: 'fluent' },
      ],
      preferences: {
        desiredWage: 24.5,
        payUnit: 'hour',
        workWeek: 'full_time',
        duration: 'permanent',
        overtime: true,
        shifts: ['day', 'night'],
        zipCodes: ['40507', '40511'],
        radiusMiles: 25,
        states: ['KY', 'oh'],
        willingToRelocate: false,
      },
    });
    const saved = await client.put('/api/v1/portal/profile', body);
    expect(saved.status).toBe(200);
    expect(saved.body.veteran).toMatchObject(served);
    expect(saved.body.coveredForPriorityOfService).toBe(true);
    expect(saved.body.contact.middleInitial).toBe('M');
    expect(saved.body.contact.state).toBe('KY');
    expect(saved.body.preferences.states).toEqual(['KY', 'OH']);
    expect(saved.body.updatedAt).not.toBeNull();
    expect((await client.get('/api/v1/portal/profile')).body).toEqual(saved.body);

    // Typed columns, for reports and matching.
    const [row] = await t.database.db
      .select()
      .from(seekerProfiles)
      .where(eq(seekerProfiles.seekerId, seekerId));
    expect(row).toMatchObject({
      serviceStartDate: '2004-06-01',
      serviceEndDate: '2012-05-31',
      dischargeType: 'honorable',
      militaryBranch: 'army',
      races: ['white', 'american_indian_alaska_native'],
      licenseEndorsements: ['hazardous_materials', 'doubles_triples', 'air_brakes'],
      zipCodes: ['40507', '40511'],
      desiredWage: 24.5,
    });
    const [person] = await t.database.db.select().from(seekers).where(eq(seekers.id, seekerId));
    expect(person).toMatchObject({
      phone: '859-555-0147',
      address1: '12 Elm St',
      county: 'Fayette',
    });
    const languages = await t.database.db
      .select()
      .from(seekerLanguages)
      .where(eq(seekerLanguages.seekerId, seekerId));
    expect(languages.map((l) => [l.position, l.language, l.proficiency])).toEqual([
      [0, 'Spanish', 'native'],
      [1, 'English', 'fluent'],
    ]);
  });

  it('SEEK-6: an end of service before its start is refused on that field, and nothing is saved', async () => {
    const { client } = await registeredSeeker('rosa.dates@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const res = await client.put(
      '/api/v1/portal/profile',
      edited(current, { veteran: { ...served, serviceEndDate: '2003-01-31' } }),
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual({
      'veteran.serviceEndDate': 'The end of service cannot be before its start.',
    });
    expect((await client.get('/api/v1/portal/profile')).body.updatedAt).toBeNull();
  });

  it('SEEK-6: service details without having served, and a past planned separation for a transitioning member, are refused on their fields', async () => {
    const { client } = await registeredSeeker('rosa.rules@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const notServed = await client.put(
      '/api/v1/portal/profile',
      edited(current, { veteran: { servedInMilitary: false, branch: 'navy' } }),
    );
    expect(fieldsOf(notServed.body)).toEqual({
      'veteran.branch': expect.stringMatching(/only to someone who served/),
    });
    const transitioning = await client.put(
      '/api/v1/portal/profile',
      edited(current, {
        veteran: {
          servedInMilitary: true,
          veteranType: 'transitioning_service_member',
          transitioningType: 'separating',
          plannedSeparationDate: '2020-01-01',
        },
      }),
    );
    expect(fieldsOf(transitioning.body)).toEqual({
      'veteran.plannedSeparationDate': expect.stringMatching(/future date/),
    });
    const spouse = await client.put(
      '/api/v1/portal/profile',
      edited(current, { veteran: { servedInMilitary: false, veteranType: 'eligible_spouse' } }),
    );
    expect(spouse.status).toBe(200);
    expect(spouse.body.coveredForPriorityOfService).toBe(true);
  });

  it('SEEK-6: impossible dates, an alien number for a citizen and out-of-range preferences are refused field by field', async () => {
    const { client } = await registeredSeeker('rosa.range@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const shape = await client.put(
      '/api/v1/portal/profile',
      edited(current, {
        demographics: { birthDate: '1985-02-30', alienRegistrationExpires: '2031-13-01' },
        preferences: {
          radiusMiles: 900,
          zipCodes: ['4050'],
          states: ['KY', 'XX'],
          desiredWage: 0,
        },
      }),
    );
    expect(shape.status).toBe(400);
    expect(Object.keys(fieldsOf(shape.body)).sort()).toEqual([
      'demographics.alienRegistrationExpires',
      'demographics.birthDate',
      'preferences.desiredWage',
      'preferences.radiusMiles',
      'preferences.states.1',
      'preferences.zipCodes.0',
    ]);
    const citizen = await client.put(
      '/api/v1/portal/profile',
      edited(current, {
        demographics: { citizenship: 'us_citizen', alienRegistrationNumber: 'A123456789' },
        preferences: { desiredWage: 90000, payUnit: 'hour', radiusMiles: 10 },
      }),
    );
    expect(fieldsOf(citizen.body)).toEqual({
      'demographics.alienRegistrationNumber': expect.stringMatching(/U\.S\. citizen/),
      'preferences.desiredWage': expect.stringMatching(/pay unit/),
      'preferences.radiusMiles': expect.stringMatching(/ZIP code/),
    });
    const tooMany = await client.put(
      '/api/v1/portal/profile',
      edited(current, {
        preferences: { zipCodes: Array.from({ length: 21 }, (_, i) => String(40500 + i)) },
      }),
    );
    expect(fieldsOf(tooMany.body)).toEqual({
      'preferences.zipCodes': 'List at most 20 ZIP codes.',
    });
  });

  it('SEEK-6: a language listed twice is refused on its row', async () => {
    const { client } = await registeredSeeker('rosa.lang@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const res = await client.put(
      '/api/v1/portal/profile',
      edited(current, {
        languages: [
          { language: 'French', proficiency: 'basic' },
          { language: 'french', proficiency: 'fluent' },
        ],
      }),
    );
    expect(fieldsOf(res.body)).toEqual({
      'languages.1.language': 'This language is listed already.',
    });
  });

  it('SEEK-4: an email another job seeker uses is refused with 409 on the email field', async () => {
    await registeredSeeker('taken@example.com');
    const { client } = await registeredSeeker('rosa.email@example.com');
    const current = (await client.get('/api/v1/portal/profile')).body;
    const res = await client.put(
      '/api/v1/portal/profile',
      edited(current, { contact: { email: 'TAKEN@example.com' } }),
    );
    expect(res.status).toBe(409);
    expect(fieldsOf(res.body)).toEqual({ 'contact.email': expect.stringMatching(/already uses/) });
    const removed = await client.put(
      '/api/v1/portal/profile',
      edited(current, { contact: { email: null } }),
    );
    expect(fieldsOf(removed.body)).toEqual({ 'contact.email': expect.stringMatching(/signs in/) });
    const changed = await client.put(
      '/api/v1/portal/profile',
      edited(current, { contact: { email: 'rosa.new.address@example.com' } }),
    );
    expect(changed.body.contact.email).toBe('rosa.new.address@example.com');
  });
});

describe('staff and the profile tab (SEEK-6, SEC-1, SEC-3)', () => {
  let caseManager: TestClient;
  beforeAll(async () => {
    caseManager = await t.signIn('casemanager@demo.test');
  });

  const registerByStaff = async (firstName: string) =>
    (
      await caseManager.post('/api/v1/seekers', {
        firstName,
        lastName: 'Nomail',
        birthDate: '1979-11-23',
      })
    ).body as { id: string; pseudoSsn: string };

  it('SEEK-5: correcting the birth date and name keeps the pseudo-SSN as issued; SEEK-4: the placeholder email stays', async () => {
    const person = await registerByStaff('Walter');
    const current = (await caseManager.get(`/api/v1/seekers/${person.id}/profile`)).body;
    expect(current.contact.email).toBeNull();
    const res = await caseManager.put(
      `/api/v1/seekers/${person.id}/profile`,
      edited(current, {
        contact: { firstName: 'Walt' },
        demographics: { birthDate: '1979-11-24' },
      }),
    );
    expect(res.status).toBe(200);
    const record = (await caseManager.get(`/api/v1/seekers/${person.id}`)).body;
    expect(record).toMatchObject({
      firstName: 'Walt',
      birthDate: '1979-11-24',
      pseudoSsn: person.pseudoSsn,
      emailIsPlaceholder: true,
    });
  });

  it('SEEK-6: the audit row holds before and after of the changed fields, with the A-number masked', async () => {
    const person = await registerByStaff('Audrey');
    const current = (await caseManager.get(`/api/v1/seekers/${person.id}/profile`)).body;
    await caseManager.put(
      `/api/v1/seekers/${person.id}/profile`,
      edited(current, {
        demographics: {
          citizenship: 'permanent_resident',
          alienRegistrationNumber: 'a-12345678',
          alienRegistrationExpires: '2031-04-30',
        },
        veteran: served,
      }),
    );
    const [row] = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, person.id), eq(auditEvents.action, 'seeker.profile_saved')),
      );
    expect(row?.actorId).toBe(caseManager.session?.staff.id);
    expect(row?.before).toMatchObject({
      'veteran.branch': null,
      'demographics.citizenship': null,
      'demographics.alienRegistrationNumber': null,
    });
    expect(row?.after).toMatchObject({
      'veteran.branch': 'army',
      'veteran.serviceStartDate': '2004-06-01',
      'demographics.citizenship': 'permanent_resident',
      'demographics.alienRegistrationNumber': 'A*****5678',
    });
    expect(row?.after).not.toHaveProperty(['contact.firstName']);
    expect(JSON.stringify([row?.before, row?.after])).not.toContain('012345678');
  });

  it('SEC-1: staff of another area read the same shared profile; an unknown record reads as not found', async () => {
    const person = await registerByStaff('Shared');
    const london = await t.signIn('london.cm@demo.test');
    expect((await london.get(`/api/v1/seekers/${person.id}/profile`)).status).toBe(200);
    const missing = await london.get(
      '/api/v1/seekers/00000000-0000-4000-8000-000000000000/profile',
    );
    expect(missing.status).toBe(404);
  });

  it('SEC-2: a role with View on job seekers reads the profile but cannot save it', async () => {
    const person = await registerByStaff('Viewonly');
    const bsr = await t.signIn('bsr@demo.test');
    const current = await bsr.get(`/api/v1/seekers/${person.id}/profile`);
    expect(current.status).toBe(200);
    expect((await bsr.put(`/api/v1/seekers/${person.id}/profile`, current.body)).status).toBe(403);
  });

  it('SEC-3: without the profile tab the profile is refused; without the resume tab its resume part is left out', async () => {
    const person = await registerByStaff('Tabbed');
    const vetRep = await t.signIn('vetrep@demo.test');
    const admin = await t.signIn('admin@demo.test');
    const roles = (await admin.get('/api/v1/admin/roles')).body.items;
    const role = roles.find((r: { key: string }) => r.key === 'veterans_rep');
    await admin.put(`/api/v1/admin/roles/${role.id}`, {
      ...role,
      withheldTabs: ['seekers.resume'],
    });
    const withoutResume = await vetRep.get(`/api/v1/seekers/${person.id}/profile`);
    expect(withoutResume.status).toBe(200);
    expect(withoutResume.body.fromResume).toBeNull();

    await admin.put(`/api/v1/admin/roles/${role.id}`, {
      ...role,
      withheldTabs: ['seekers.profile'],
    });
    const denied = await vetRep.get(`/api/v1/seekers/${person.id}/profile`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toMatch(/not available to your role/);
    const save = await vetRep.put(`/api/v1/seekers/${person.id}/profile`, withoutResume.body);
    expect(save.status).toBe(403);
  });
});
