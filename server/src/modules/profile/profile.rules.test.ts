import {
  isMaskedAlienNumber,
  maskAlienNumber,
  todayIso,
  updateSeekerProfileRequest,
} from '@onestop/contracts';
import { describe, expect, it } from 'vitest';
import {
  isCoveredPerson,
  planAlienNumber,
  planEmailChange,
  profileAuditSnapshot,
  veteranDetailsApply,
} from './profile.rules';

const minimal = {
  contact: { firstName: 'Ana', lastName: 'Ruiz' },
  demographics: { birthDate: '1980-04-02' },
  veteran: {},
  employment: {},
  driversLicense: {},
  preferences: {},
};

function problems(changes: Record<string, object>) {
  const result = updateSeekerProfileRequest.safeParse({ ...minimal, ...changes });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('VET-1: who is covered for priority of service', () => {
  it('VET-1: a veteran of any length of service is covered, unless dishonorably discharged', () => {
    const vet = { servedInMilitary: true, dischargeType: null };
    expect(isCoveredPerson({ ...vet, veteranType: 'veteran' })).toBe(true);
    expect(isCoveredPerson({ ...vet, veteranType: 'veteran_180_days_or_less' })).toBe(true);
    expect(
      isCoveredPerson({ ...vet, veteranType: 'veteran', dischargeType: 'other_than_honorable' }),
    ).toBe(true);
    expect(isCoveredPerson({ ...vet, veteranType: 'veteran', dischargeType: 'dishonorable' })).toBe(
      false,
    );
    expect(isCoveredPerson({ ...vet, veteranType: 'veteran', dischargeType: 'bad_conduct' })).toBe(
      false,
    );
  });

  it('VET-1: an eligible spouse is covered without having served; a serving member is not yet', () => {
    expect(
      isCoveredPerson({
        servedInMilitary: false,
        veteranType: 'eligible_spouse',
        dischargeType: null,
      }),
    ).toBe(true);
    expect(
      isCoveredPerson({
        servedInMilitary: true,
        veteranType: 'transitioning_service_member',
        dischargeType: null,
      }),
    ).toBe(false);
    expect(
      isCoveredPerson({ servedInMilitary: null, veteranType: null, dischargeType: null }),
    ).toBe(false);
  });

  it('SEEK-6: service details apply only when the person answered that they served', () => {
    expect(veteranDetailsApply(true)).toBe(true);
    expect(veteranDetailsApply(false)).toBe(false);
    expect(veteranDetailsApply(null)).toBe(false);
  });
});

describe('SEEK-6: the profile checks name the field to change', () => {
  it('SEEK-6: veteran details without "served" land on each detail; an end before the start lands on the end', () => {
    expect(problems({ veteran: { servedInMilitary: false, rank: 'E-4' } })).toEqual({
      'veteran.rank': expect.stringMatching(/only to someone who served/),
    });
    expect(
      problems({
        veteran: {
          servedInMilitary: true,
          veteranType: 'veteran',
          serviceStartDate: '2010-01-01',
          serviceEndDate: '2009-12-31',
        },
      }),
    ).toEqual({ 'veteran.serviceEndDate': 'The end of service cannot be before its start.' });
  });

  it('SEEK-6: a planned separation must be still to come only for a transitioning service member', () => {
    const past = '2019-07-01';
    expect(
      problems({
        veteran: {
          servedInMilitary: true,
          veteranType: 'transitioning_service_member',
          transitioningType: 'retiring',
          plannedSeparationDate: past,
        },
      }),
    ).toEqual({ 'veteran.plannedSeparationDate': expect.stringMatching(/future/) });
    expect(
      problems({
        veteran: { servedInMilitary: true, veteranType: 'veteran', plannedSeparationDate: past },
      }),
    ).toEqual({});
    expect(
      problems({
        veteran: {
          servedInMilitary: true,
          veteranType: 'transitioning_service_member',
          transitioningType: 'retiring',
          plannedSeparationDate: todayIso(),
        },
      }),
    ).toEqual({});
  });

  it('SEEK-6: a birth date in the future and a date not on the calendar are refused', () => {
    expect(problems({ demographics: { birthDate: '2999-01-01' } })).toEqual({
      'demographics.birthDate': 'A birth date cannot be in the future.',
    });
    expect(
      problems({
        demographics: {
          birthDate: '1980-04-02',
          citizenship: 'permanent_resident',
          alienRegistrationNumber: 'A1234567',
          alienRegistrationExpires: '2027-02-29',
        },
      }),
    ).toEqual({
      'demographics.alienRegistrationExpires': 'This date does not exist on the calendar.',
    });
  });

  it('SEEK-6: an A-number is kept as A and nine digits, and only for a non-citizen', () => {
    const parsed = updateSeekerProfileRequest.parse({
      ...minimal,
      demographics: {
        birthDate: '1980-04-02',
        citizenship: 'authorized_non_citizen',
        alienRegistrationNumber: 'a 123-456-78',
      },
    });
    expect(parsed.demographics.alienRegistrationNumber).toBe('A012345678');
    expect(
      problems({
        demographics: {
          birthDate: '1980-04-02',
          citizenship: 'us_citizen',
          alienRegistrationNumber: 'A012345678',
        },
      }),
    ).toEqual({ 'demographics.alienRegistrationNumber': expect.stringMatching(/U\.S\. citizen/) });
  });

  it('SEEK-6: commercial endorsements need a CDL class; motorcycle goes on any license', () => {
    const license = { hasLicense: true, state: 'KY', licenseClass: 'regular' };
    expect(problems({ driversLicense: { ...license, endorsements: ['motorcycle'] } })).toEqual({});
    expect(
      problems({ driversLicense: { ...license, endorsements: ['motorcycle', 'school_bus'] } }),
    ).toEqual({ 'driversLicense.endorsements': expect.stringMatching(/CDL/) });
    expect(
      problems({
        driversLicense: { ...license, licenseClass: 'cdl_b', endorsements: ['tank_vehicle'] },
      }),
    ).toEqual({});
  });

  it('SEEK-6: work preferences stay in range: radius 0–500 miles, 5-digit ZIPs, a wage that fits its pay unit', () => {
    expect(problems({ preferences: { radiusMiles: 501, zipCodes: ['40507'] } })).toEqual({
      'preferences.radiusMiles': 'Use 0 to 500 miles.',
    });
    expect(problems({ preferences: { desiredWage: 52000, payUnit: 'year' } })).toEqual({});
    expect(problems({ preferences: { desiredWage: 52000, payUnit: 'hour' } })).toEqual({
      'preferences.desiredWage': expect.stringMatching(/pay unit/),
    });
    const parsed = updateSeekerProfileRequest.parse({
      ...minimal,
      preferences: { zipCodes: ['40507', '40507'], states: ['ky', 'KY', 'tn'] },
    });
    expect(parsed.preferences).toMatchObject({ zipCodes: ['40507'], states: ['KY', 'TN'] });
  });
});

describe('SEEK-4: the email on the profile', () => {
  const onFile = {
    seekerId: '7a1c9d52-0000-4000-8000-000000000000',
    email: 'ana@example.com',
    emailIsPlaceholder: false,
    hasAccount: false,
  };

  it('SEEK-4: the same address in other letters changes nothing; a new one must be checked as free', () => {
    expect(planEmailChange(onFile, 'ANA@example.com')).toEqual({ kind: 'keep' });
    expect(planEmailChange(onFile, 'ana.ruiz@example.com')).toEqual({
      kind: 'set',
      email: 'ana.ruiz@example.com',
    });
  });

  it('SEEK-4: without a sign-in the email may go, back to a placeholder; with one it may not', () => {
    expect(planEmailChange(onFile, null)).toEqual({
      kind: 'placeholder',
      email: 'no-email-7a1c9d52@placeholder.invalid',
    });
    expect(
      planEmailChange(
        { ...onFile, email: 'x@placeholder.invalid', emailIsPlaceholder: true },
        null,
      ),
    ).toEqual({ kind: 'keep' });
    expect(planEmailChange({ ...onFile, hasAccount: true }, null).kind).toBe('refuse');
  });
});

describe('SEC-9: the profile in the audit trail', () => {
  it('SEC-9: one key per field, with the A-number masked', () => {
    const parsed = updateSeekerProfileRequest.parse({
      ...minimal,
      contact: {
        firstName: 'Ana',
        lastName: 'Ruiz',
        mailingAddress: { address1: 'PO Box 1', city: 'Lexington', state: 'KY', zip: '40588' },
      },
      demographics: {
        birthDate: '1980-04-02',
        citizenship: 'permanent_resident',
        alienRegistrationNumber: 'A012345678',
      },
      languages: [{ language: 'Spanish', proficiency: 'native' }],
    });
    const snapshot = profileAuditSnapshot(parsed);
    expect(snapshot).toMatchObject({
      'contact.firstName': 'Ana',
      'contact.mailingAddress.city': 'Lexington',
      'demographics.alienRegistrationNumber': 'A*****5678',
      'veteran.servedInMilitary': null,
      languages: ['Spanish (native)'],
    });
    expect(maskAlienNumber(null)).toBeNull();
  });
});

describe('SEEK-6: the A-number on file', () => {
  const sealed = { sealed: 'v1:…', plaintext: null, last4: '5678' };
  const nonCitizen = {
    citizenship: 'permanent_resident' as const,
    alienRegistrationExpires: '2031-04-30',
  };
  const parse = (alienRegistrationNumber: unknown, alienRegistrationExpires: unknown = null) =>
    updateSeekerProfileRequest.safeParse({
      ...minimal,
      demographics: {
        ...minimal.demographics,
        citizenship: 'permanent_resident',
        alienRegistrationNumber,
        alienRegistrationExpires,
      },
    });

  it('SEEK-6: staff read it masked like an SSN, and a mask is recognised as one', () => {
    expect(maskAlienNumber('A012345678')).toBe('A*****5678');
    expect(maskAlienNumber('A*****5678')).toBe('A*****5678');
    expect(isMaskedAlienNumber('a*****5678')).toBe(true);
    expect(isMaskedAlienNumber('A012345678')).toBe(false);
  });

  it('SEEK-6: left out or sent back masked it is kept; null or empty removes it; a number replaces it', () => {
    const omitted = parse(undefined);
    expect(omitted.success && omitted.data.demographics.alienRegistrationNumber).toBeUndefined();
    const masked = parse('A*****5678');
    expect(masked.success && masked.data.demographics.alienRegistrationNumber).toBe('A*****5678');
    const emptied = parse('');
    expect(emptied.success && emptied.data.demographics.alienRegistrationNumber).toBeNull();
    expect(parse('', '2031-04-30').success).toBe(false); // an expiry needs its number
    expect(parse('A*****56').success).toBe(false);

    expect(planAlienNumber(sealed, nonCitizen)).toEqual({ kind: 'keep' });
    expect(
      planAlienNumber(sealed, { ...nonCitizen, alienRegistrationNumber: 'A*****5678' }),
    ).toEqual({ kind: 'keep' });
    expect(
      planAlienNumber(sealed, { ...nonCitizen, alienRegistrationNumber: 'A987654321' }),
    ).toEqual({ kind: 'set', number: 'A987654321' });
    expect(
      planAlienNumber(sealed, {
        ...nonCitizen,
        alienRegistrationExpires: null,
        alienRegistrationNumber: null,
      }),
    ).toEqual({ kind: 'clear' });
  });

  it('SEEK-6: a mask of another number, a kept number for a citizen, and an expiry without a number are refused', () => {
    const refusal = (plan: ReturnType<typeof planAlienNumber>) =>
      plan.kind === 'refuse' ? plan.message : plan.kind;
    expect(
      refusal(planAlienNumber(sealed, { ...nonCitizen, alienRegistrationNumber: 'A*****1111' })),
    ).toMatch(/last four digits/);
    expect(
      refusal(planAlienNumber(null, { ...nonCitizen, alienRegistrationNumber: 'A*****5678' })),
    ).toMatch(/last four digits/);
    expect(
      refusal(
        planAlienNumber(sealed, { citizenship: 'us_citizen', alienRegistrationExpires: null }),
      ),
    ).toMatch(/U\.S\. citizen/);
    expect(refusal(planAlienNumber(null, nonCitizen))).toMatch(/expiry belongs to/);
  });

  it('SEEK-6: a number still in plain text from before sealing is sealed when the profile is saved', () => {
    const legacy = { sealed: null, plaintext: 'A012345678', last4: '5678' };
    expect(planAlienNumber(legacy, nonCitizen)).toEqual({ kind: 'set', number: 'A012345678' });
  });
});
