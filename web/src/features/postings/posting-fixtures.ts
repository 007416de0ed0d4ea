import type { PostingDetail, PostingSummary } from '@onestop/contracts';
import { BSR_ID, EMPLOYER_ID } from '../employers/employer-fixtures';

/** Test data for the job order pages. */
export const POSTING_ID = '60000000-0000-4000-8000-000000000001';
export const COPY_ID = '60000000-0000-4000-8000-000000000002';

export function fakePosting(overrides: Partial<PostingDetail> = {}): PostingDetail {
  return {
    id: POSTING_ID,
    recordNumber: 'J-100300',
    title: 'Bakery production worker',
    employer: { id: EMPLOYER_ID, name: 'Bluegrass Bakery LLC' },
    status: 'open',
    openings: 3,
    city: 'Lexington',
    state: 'KY',
    zip: '40507',
    programType: 'none',
    owner: { id: BSR_ID, name: 'Blake Rivera' },
    postedAt: '2026-02-01T15:00:00.000Z',
    applicationDeadline: '2026-02-15',
    onBoard: true,
    createdAt: '2026-02-01T14:00:00.000Z',
    description: 'Mix, shape and bake bread on the early line.',
    origin: 'staff_order',
    intakeMethod: 'phone',
    locationId: null,
    occupation: { code: '51-3011.00', title: 'Bakers', confidence: 0.82 },
    occupationSource: 'suggested',
    occupationAlternatives: [
      { code: '51-3011.00', title: 'Bakers', confidence: 0.82 },
      { code: '51-3092.00', title: 'Food Batchmakers', confidence: 0.41 },
      { code: '35-2014.00', title: 'Cooks, Restaurant', confidence: 0.2 },
    ],
    payMin: 16,
    payMax: 19.5,
    payUnit: 'hour',
    hoursPerWeek: 40,
    employmentType: 'full_time',
    shift: 'day',
    workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    experienceMonths: 6,
    educationLevel: 'high_school',
    licenseClass: null,
    endorsements: [],
    keyboardingWpm: null,
    publicTransportation: true,
    contactMethod: 'email',
    contactEmail: 'hr@bluegrassbread.test',
    contactUrl: null,
    howToApply: null,
    address1: '100 Main St',
    lat: 38.04,
    lon: -84.5,
    stateSource: 'full_service',
    federalSource: 'employer_listing',
    outOfArea: false,
    subsidized: false,
    staffingAgency: false,
    worksiteCompany: null,
    staffComments: null,
    laborDisputeStatement: null,
    refusalReason: null,
    duplicatedFromId: null,
    removedFromBoardAt: null,
    reservation: null,
    designees: [],
    likelyDuplicates: [],
    youMayChange: true,
    notes: [
      {
        id: '61000000-0000-4000-8000-000000000001',
        kind: 'status',
        body: 'Status: Draft → Open.',
        staff: { id: BSR_ID, name: 'Blake Rivera' },
        createdAt: '2026-02-01T15:00:00.000Z',
      },
    ],
    updatedAt: '2026-02-01T15:00:00.000Z',
    ...overrides,
  };
}

export function summaryOf(posting: PostingDetail): PostingSummary {
  const { id, recordNumber, title, employer, status, openings, city, state, zip } = posting;
  const { programType, owner, postedAt, applicationDeadline, onBoard, createdAt } = posting;
  return {
    ...{ id, recordNumber, title, employer, status, openings, city, state, zip },
    ...{ programType, owner, postedAt, applicationDeadline, onBoard, createdAt },
  };
}
