import type { SeekerDetail, SeekerSummary } from '@onestop/contracts';
import { fakeSession } from '../../test/fixtures';

/** Test data for the job seeker pages. */
export const SEEKER_ID = '40000000-0000-4000-8000-000000000001';

export function fakeSeeker(overrides: Partial<SeekerDetail> = {}): SeekerDetail {
  return {
    id: SEEKER_ID,
    recordNumber: 100123,
    firstName: 'Dolores',
    middleInitial: null,
    lastName: 'Haze',
    birthDate: '1977-05-25',
    ssnMasked: '***-**-6789',
    ssnIsPseudo: false,
    email: 'dolores@example.com',
    emailIsPlaceholder: false,
    phone: '859-555-0123',
    city: 'Lexington',
    state: 'KY',
    zip: '40507',
    registrationStatus: 'active',
    seekerStatus: 'active',
    registrationComplete: true,
    hasAccount: false,
    pseudoSsn: null,
    address1: '1 Main St',
    address2: null,
    county: 'Fayette',
    registrationMethod: 'staff',
    createdAt: '2026-01-05T15:00:00.000Z',
    updatedAt: '2026-01-05T15:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(detail: SeekerDetail): SeekerSummary {
  const {
    pseudoSsn: _p,
    address1: _a1,
    address2: _a2,
    county: _c,
    registrationMethod: _m,
    createdAt: _cr,
    updatedAt: _u,
    ...summary
  } = detail;
  return summary;
}

/** A case manager: seekers at Add, no training grant to reveal SSNs. */
export function caseManagerSession(overrides: Parameters<typeof fakeSession>[0] = {}) {
  return fakeSession({
    staff: {
      id: '10000000-0000-4000-8000-000000000002',
      email: 'casemanager@demo.test',
      displayName: 'Casey Morgan',
    },
    role: {
      id: '20000000-0000-4000-8000-000000000002',
      key: 'case_manager',
      name: 'Case Manager',
      scope: 'office',
    },
    permissions: { seekers: 'add', services: 'add' },
    grants: ['program_enrollment'],
    ...overrides,
  });
}
