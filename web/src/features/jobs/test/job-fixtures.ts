import type {
  JobSearchHit,
  JobSearchResult,
  PublicPosting,
  SavedJob,
  SavedSearch,
} from '@onestop/contracts';

/** Test data for the job search pages. */
export const POSTING_ID = '70000000-0000-4000-8000-000000000001';

export function fakeHit(overrides: Partial<JobSearchHit> = {}): JobSearchHit {
  return {
    id: POSTING_ID,
    recordNumber: 'JO-000101',
    title: [
      { text: 'Forklift', match: true },
      { text: ' Operator', match: false },
    ],
    snippet: [
      { text: 'Drive a ', match: false },
      { text: 'forklift', match: true },
      { text: ' on day shift in our Frankfort warehouse.', match: false },
    ],
    employerName: 'Bluegrass Distribution',
    city: 'Frankfort',
    state: 'KY',
    zip: '40601',
    distanceMiles: 3.24,
    payMin: 17,
    payMax: 19.5,
    payUnit: 'hour',
    employmentType: 'full_time',
    shift: 'day',
    occupation: { code: '53-7051.00', title: 'Industrial Truck and Tractor Operators' },
    postedAt: '2026-11-20T15:00:00.000Z',
    applicationDeadline: null,
    reserved: false,
    ...overrides,
  };
}

export function fakeResult(
  items: JobSearchHit[] = [fakeHit()],
  total = items.length,
): JobSearchResult {
  return { items, page: 1, pageSize: 20, total, origin: null };
}

export function fakePosting(overrides: Partial<PublicPosting> = {}): PublicPosting {
  return {
    id: POSTING_ID,
    recordNumber: 'JO-000101',
    title: 'Forklift Operator',
    description: 'Drive a forklift.\nLoad trucks safely.',
    employerName: 'Bluegrass Distribution',
    city: 'Frankfort',
    state: 'KY',
    zip: '40601',
    payMin: 17,
    payMax: 19.5,
    payUnit: 'hour',
    hoursPerWeek: 40,
    employmentType: 'full_time',
    shift: 'day',
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    experienceMonths: 12,
    educationLevel: 'high_school',
    licenseClass: null,
    endorsements: [],
    keyboardingWpm: null,
    publicTransportation: true,
    occupation: { code: '53-7051.00', title: 'Industrial Truck and Tractor Operators' },
    howToApply: 'Apply in person at the warehouse office.',
    contactEmail: 'jobs@bluegrass.example',
    contactUrl: 'https://bluegrass.example/jobs',
    postedAt: '2026-11-20T15:00:00.000Z',
    applicationDeadline: '2026-12-31',
    openings: 3,
    laborDisputeStatement: null,
    jsonLd: { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Forklift Operator' },
    saved: false,
    ...overrides,
  };
}

export function fakeSavedJob(overrides: Partial<SavedJob> = {}): SavedJob {
  return {
    postingId: POSTING_ID,
    title: 'Forklift Operator',
    employerName: 'Bluegrass Distribution',
    city: 'Frankfort',
    state: 'KY',
    savedAt: '2026-11-21T15:00:00.000Z',
    onBoard: true,
    ...overrides,
  };
}

export function fakeSavedSearch(overrides: Partial<SavedSearch> = {}): SavedSearch {
  return {
    id: '80000000-0000-4000-8000-000000000001',
    name: 'Forklift near Frankfort',
    criteria: { q: 'forklift', zip: '40601', radiusMiles: 25 },
    alertsEnabled: true,
    createdAt: '2026-11-21T15:00:00.000Z',
    alertedThrough: '2026-11-21T15:00:00.000Z',
    ...overrides,
  };
}
