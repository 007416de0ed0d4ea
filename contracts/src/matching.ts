import { z } from 'zod';
import { id, isoDateTime } from './common';
import { payUnit } from './resume';

/* MATCH-1: star ratings with their explanation, both ways (a posting's candidates, a seeker's matches). */

export const MATCH_FACTORS = [
  'occupation',
  'skills',
  'experience',
  'education',
  'licenses',
  'distance',
  'pay',
  'overqualification',
  'posting',
] as const;
export const MATCH_OUTCOMES = ['met', 'partial', 'unmet', 'unknown'] as const;

/**
 * One requirement-by-requirement finding: a stable `code` ("licenses.cdl_missing") and its
 * `params`, which the web words in English or Spanish; `text` is the English sentence.
 */
export const matchFinding = z.object({
  factor: z.enum(MATCH_FACTORS),
  outcome: z.enum(MATCH_OUTCOMES),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  text: z.string(),
});
export type MatchFinding = z.infer<typeof matchFinding>;

export const matchRating = z.object({
  stars: z.number().int().min(0).max(5),
  /** 0..1, what the stars were counted from. */
  score: z.number(),
  findings: z.array(matchFinding),
});
export type MatchRating = z.infer<typeof matchRating>;

export const matchListQuery = z.object({
  limit: z.coerce
    .number()
    .int({ error: 'Use a whole number.' })
    .min(1, { error: 'Ask for at least 1.' })
    .max(50, { error: 'Ask for at most 50.' })
    .default(50),
  minStars: z.coerce
    .number()
    .int({ error: 'Use a whole number of stars.' })
    .min(0, { error: 'Use 0 to 5 stars.' })
    .max(5, { error: 'Use 0 to 5 stars.' })
    .default(0),
});
export type MatchListQuery = z.output<typeof matchListQuery>;

/** A posting's candidate, for staff. */
export const matchCandidate = z.object({
  seekerId: id,
  name: z.string(),
  city: z.string().nullable(),
  zip: z.string().nullable(),
  distanceMiles: z.number().nullable(),
  veteran: z.boolean(),
  rating: matchRating,
});
export type MatchCandidate = z.infer<typeof matchCandidate>;

export const postingCandidates = z.object({
  items: z.array(matchCandidate),
  /** How many seekers were scored to find these (the nearest in related occupations). */
  considered: z.number().int(),
  /** More seekers were in reach than were scored. */
  capped: z.boolean(),
});
export type PostingCandidates = z.infer<typeof postingCandidates>;

/** A posting matched to a seeker ("My matches", and staff in a seeker's record). */
export const matchedPosting = z.object({
  postingId: id,
  recordNumber: z.string(),
  title: z.string(),
  employerName: z.string(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  distanceMiles: z.number().nullable(),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  payUnit: payUnit.nullable(),
  postedAt: isoDateTime.nullable(),
  rating: matchRating,
});
export type MatchedPosting = z.infer<typeof matchedPosting>;

export const seekerMatches = z.object({
  items: z.array(matchedPosting),
  considered: z.number().int(),
  capped: z.boolean(),
});
export type SeekerMatches = z.infer<typeof seekerMatches>;

/** VET-2: a veteran-priority job alert in the portal. */
export const veteranAlert = z.object({
  postingId: id,
  title: z.string(),
  employerName: z.string(),
  city: z.string().nullable(),
  stars: z.number().int().min(0).max(5),
  createdAt: isoDateTime,
  /** While this is in the future only veterans can see the posting (VET-3). */
  holdUntil: isoDateTime.nullable(),
});
export type VeteranAlert = z.infer<typeof veteranAlert>;
export const veteranAlerts = z.object({ items: z.array(veteranAlert) });
export type VeteranAlerts = z.infer<typeof veteranAlerts>;
