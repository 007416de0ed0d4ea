import type {
  MatchCandidate,
  MatchedPosting,
  MatchFinding,
  MatchRating,
  PostingCandidates,
  SeekerMatches,
} from '@onestop/contracts';

/** Test data for the MATCH-1 pages: findings as the server sends them (code, params, text). */
export const MATCH_POSTING_ID = '70000000-0000-4000-8000-000000000031';
export const MATCH_SEEKER_ID = '50000000-0000-4000-8000-000000000031';

export function fakeFinding(overrides: Partial<MatchFinding> = {}): MatchFinding {
  return {
    factor: 'occupation',
    outcome: 'met',
    code: 'occupation.same',
    params: { seekerCode: '29-2061.00', postingCode: '29-2061.00', months: 30, tier: 'same' },
    text: 'Same occupation (29-2061.00): 30 months of experience',
    ...overrides,
  };
}

export function fakeRating(overrides: Partial<MatchRating> = {}): MatchRating {
  return {
    stars: 4,
    score: 0.72,
    findings: [
      fakeFinding(),
      fakeFinding({
        factor: 'licenses',
        outcome: 'unmet',
        code: 'licenses.cdl_missing',
        params: { required: 'cdl_a', held: 'none', cap: 2 },
        text: 'CDL class A required: none on record; caps the rating at 2 stars',
      }),
      fakeFinding({
        factor: 'distance',
        outcome: 'met',
        code: 'distance.within',
        params: { miles: 4, radius: 25 },
        text: '4 miles, within the 25-mile radius',
      }),
    ],
    ...overrides,
  };
}

export function fakeMatchedPosting(overrides: Partial<MatchedPosting> = {}): MatchedPosting {
  return {
    postingId: MATCH_POSTING_ID,
    recordNumber: 'JO-000131',
    title: 'Licensed Practical Nurse',
    employerName: 'Bluegrass Care Center',
    city: 'Lexington',
    state: 'KY',
    distanceMiles: 4.2,
    payMin: 24,
    payMax: 28.5,
    payUnit: 'hour',
    postedAt: '2026-11-20T15:00:00.000Z',
    rating: fakeRating(),
    ...overrides,
  };
}

export function fakeSeekerMatches(items: MatchedPosting[]): SeekerMatches {
  return { items, considered: items.length + 10, capped: false };
}

export function fakeCandidate(overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    seekerId: MATCH_SEEKER_ID,
    name: 'Casey Collins',
    city: 'Lexington',
    zip: '40505',
    distanceMiles: 6,
    veteran: true,
    rating: fakeRating({ stars: 3 }),
    ...overrides,
  };
}

export function fakeCandidates(items: MatchCandidate[]): PostingCandidates {
  return { items, considered: 120, capped: true };
}
