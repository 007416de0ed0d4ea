import type { HowToApply, ReferralQueueItem, ReferralSummary } from '@onestop/contracts';
import { fakeFinding } from '../../matching/test/match-fixtures';

/** Test data for the referral screens, as the server sends it. */
export const REFERRAL_ID = '80000000-0000-4000-8000-000000000001';
export const REFERRAL_SEEKER_ID = '50000000-0000-4000-8000-000000000041';
export const REFERRAL_POSTING_ID = '70000000-0000-4000-8000-000000000001';

export function fakeReferral(overrides: Partial<ReferralSummary> = {}): ReferralSummary {
  return {
    id: REFERRAL_ID,
    kind: 'self',
    status: 'requested',
    stars: 5,
    findings: [fakeFinding()],
    requestedAt: '2026-03-02T15:00:00.000Z',
    seeker: { id: REFERRAL_SEEKER_ID, recordNumber: 'JS-000041', name: 'Dana Reyes' },
    posting: {
      id: REFERRAL_POSTING_ID,
      recordNumber: 'JO-000101',
      title: 'Forklift Operator',
      employerName: 'Bluegrass Distribution',
      status: 'open',
    },
    requestedBy: null,
    decidedAt: null,
    decidedBy: null,
    denialReason: null,
    result: null,
    resultNote: null,
    resultRecordedAt: null,
    uiReview: false,
    uiReviewedAt: null,
    releaseAt: null,
    notice: null,
    ...overrides,
  };
}

export function fakeQueueItem(overrides: Partial<ReferralQueueItem> = {}): ReferralQueueItem {
  return { ...fakeReferral(), ageDays: 3, businessDaysWaiting: 3, overdue: true, ...overrides };
}

export function fakeHowToApply(overrides: Partial<HowToApply> = {}): HowToApply {
  return {
    postingId: REFERRAL_POSTING_ID,
    recordNumber: 'JO-000101',
    title: 'Forklift Operator',
    employerName: 'Bluegrass Distribution',
    contactMethod: 'email',
    contactEmail: 'jobs@bluegrass.example',
    contactUrl: null,
    employerPhone: '502-555-0100',
    instructions: 'Send a resume and say you saw the job at the career center.',
    workSite: 'Frankfort, KY',
    external: false,
    referral: null,
    referralNote: null,
    text: 'Forklift Operator…',
    ...overrides,
  };
}
