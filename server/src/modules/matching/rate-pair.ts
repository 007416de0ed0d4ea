// The one pair's rating, for referrals (REF-3, REF-4) and the seeker's posting page.
export { ratePair } from './matching.queries';
