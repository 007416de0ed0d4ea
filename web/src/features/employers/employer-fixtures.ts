import type {
  EmployerActivity,
  EmployerActivityType,
  EmployerContact,
  EmployerDetail,
  EmployerNote,
  EmployerSummary,
} from '@onestop/contracts';
import { fakeSession, OFFICES } from '../../test/fixtures';

/** Test data for the employer pages. */
export const EMPLOYER_ID = '50000000-0000-4000-8000-000000000001';
export const OTHER_ID = '50000000-0000-4000-8000-000000000002';
export const BSR_ID = '10000000-0000-4000-8000-000000000003';

const office = { id: OFFICES.lexington.id, name: OFFICES.lexington.name };
const staff = { id: BSR_ID, name: 'Blake Rivera' };

export function fakeActivity(overrides: Partial<EmployerActivity> = {}): EmployerActivity {
  return {
    id: '51000000-0000-4000-8000-000000000001',
    type: { id: '52000000-0000-4000-8000-000000000001', code: 'site_visit', label: 'Site visit' },
    activityDate: '2026-02-03',
    location: null,
    note: 'Toured the bakery line.',
    staff,
    office,
    createdAt: '2026-02-03T15:00:00.000Z',
    ...overrides,
  };
}

export function fakeNote(overrides: Partial<EmployerNote> = {}): EmployerNote {
  return {
    id: '53000000-0000-4000-8000-000000000001',
    body: 'Owner prefers calls after 2 pm.',
    staff,
    office,
    createdAt: '2026-02-04T15:00:00.000Z',
    ...overrides,
  };
}

export function fakeEmployer(overrides: Partial<EmployerDetail> = {}): EmployerDetail {
  return {
    id: EMPLOYER_ID,
    recordNumber: 100200,
    legalName: 'Bluegrass Bakery LLC',
    tradeName: 'Bluegrass Bread',
    fein: '61-1234567',
    independentContractor: false,
    status: 'active',
    source: 'staff',
    phone: '859-555-0100',
    email: 'hr@bluegrassbread.test',
    city: 'Lexington',
    state: 'KY',
    zip: '40507',
    office,
    mergedIntoId: null,
    recentActivities: [fakeActivity()],
    recentNotes: [fakeNote()],
    counts: {
      contacts: 1,
      locations: 0,
      activities: 1,
      notes: 1,
      jobOrders: 2,
      openJobOrders: 1,
    },
    owners: [],
    noFeinNote: null,
    website: 'www.bluegrassbread.test',
    address1: '100 Main St',
    address2: null,
    county: 'Fayette',
    naicsCode: '311812',
    ownershipType: 'private_for_profit',
    sizeClass: '20-49',
    inactivatedReason: null,
    createdBy: 'Blake Rivera',
    approvedAt: null,
    createdAt: '2026-01-05T15:00:00.000Z',
    updatedAt: '2026-01-05T15:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(detail: EmployerDetail): EmployerSummary {
  const {
    recentActivities: _ra,
    recentNotes: _rn,
    counts: _c,
    owners: _o,
    noFeinNote: _n,
    website: _w,
    address1: _a1,
    address2: _a2,
    county: _co,
    naicsCode: _na,
    ownershipType: _ot,
    sizeClass: _sc,
    inactivatedReason: _ir,
    createdBy: _cb,
    approvedAt: _ap,
    createdAt: _cr,
    updatedAt: _u,
    ...summary
  } = detail;
  return summary;
}

export function fakeContact(overrides: Partial<EmployerContact> = {}): EmployerContact {
  return {
    id: '54000000-0000-4000-8000-000000000001',
    employerId: EMPLOYER_ID,
    firstName: 'Maria',
    lastName: 'Lopez',
    title: 'HR manager',
    phone: '859-555-0101',
    email: 'maria@bluegrassbread.test',
    isPrimary: true,
    active: true,
    createdAt: '2026-01-05T15:00:00.000Z',
    updatedAt: '2026-01-05T15:00:00.000Z',
    ...overrides,
  };
}

export const ACTIVITY_TYPES: EmployerActivityType[] = [
  {
    id: '52000000-0000-4000-8000-000000000002',
    code: 'job_fair',
    label: 'Job fair',
    active: true,
    sortOrder: 20,
  },
  {
    id: '52000000-0000-4000-8000-000000000001',
    code: 'site_visit',
    label: 'Site visit',
    active: true,
    sortOrder: 10,
  },
  {
    id: '52000000-0000-4000-8000-000000000003',
    code: 'fax_blast',
    label: 'Fax blast',
    active: false,
    sortOrder: 5,
  },
];

export function paged<T>(items: T[]) {
  return { items, page: 1, pageSize: 25, total: items.length };
}

/** A business services representative: employers at Add, in one office. */
export function bsrSession(overrides: Parameters<typeof fakeSession>[0] = {}) {
  return fakeSession({
    staff: { id: BSR_ID, email: 'bsr@demo.test', displayName: 'Blake Rivera' },
    role: {
      id: '20000000-0000-4000-8000-000000000005',
      key: 'business_services',
      name: 'Business Services Representative',
      scope: 'office',
    },
    permissions: { seekers: 'view', employers: 'add', postings: 'add' },
    grants: ['job_posting_entry'],
    ...overrides,
  });
}

/** Central office: employers at Delete and the central-office grant (EMP-5). */
export function centralSession(overrides: Parameters<typeof fakeSession>[0] = {}) {
  return fakeSession({
    staff: {
      id: '10000000-0000-4000-8000-000000000006',
      email: 'central@demo.test',
      displayName: 'Chris Taylor',
    },
    role: {
      id: '20000000-0000-4000-8000-000000000006',
      key: 'central_office',
      name: 'Central Office',
      scope: 'state',
    },
    office: OFFICES.central,
    offices: [OFFICES.central],
    permissions: { seekers: 'change', employers: 'delete', 'admin.staff': 'view' },
    grants: ['central_office', 'job_posting_entry'],
    ...overrides,
  });
}
