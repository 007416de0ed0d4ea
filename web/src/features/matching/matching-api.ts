import type {
  MatchRating,
  PostingCandidates,
  SeekerMatches,
  VeteranAlerts,
} from '@onestop/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PORTAL_BASE, portalApi } from '../portal/portal-api';

/** What the lists ask for: the least stars shown (0 for all); the server caps them at 50. */
export interface MatchListParams {
  minStars: number;
  limit?: number;
}

const asQuery = ({ minStars, limit }: MatchListParams) => ({ minStars, limit });

/**
 * Under the portal key, so signing out forgets the seeker's matches; under the posting's and the
 * seeker's record keys, so reading a record again after a change reads its matches again.
 */
export const matchingKeys = {
  myMatches: (params: MatchListParams) => ['portal', 'matches', params] as const,
  myRating: (postingId: string) => ['portal', 'matches', 'posting', postingId] as const,
  candidates: (postingId: string, params: MatchListParams) =>
    ['postings', 'detail', postingId, 'candidates', params] as const,
  seekerMatches: (seekerId: string, params: MatchListParams) =>
    ['seekers', 'detail', seekerId, 'matches', params] as const,
};

/** MATCH-1 "My matches": the postings that fit the signed-in seeker best. */
export function useMyMatches(params: MatchListParams) {
  return useQuery({
    queryKey: matchingKeys.myMatches(params),
    queryFn: ({ signal }) =>
      portalApi.get<SeekerMatches>(`${PORTAL_BASE}/matches`, { query: asQuery(params), signal }),
    placeholderData: keepPreviousData,
  });
}

/** How well one posting fits the signed-in seeker. */
export function useMyPostingRating(postingId: string, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.myRating(postingId),
    queryFn: ({ signal }) =>
      portalApi.get<MatchRating>(`${PORTAL_BASE}/matches/${postingId}`, { signal }),
    enabled,
  });
}

/** Staff: a posting's best candidates. */
export function usePostingCandidates(postingId: string, params: MatchListParams, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.candidates(postingId, params),
    queryFn: ({ signal }) =>
      api.get<PostingCandidates>(`/api/v1/postings/${postingId}/candidates`, {
        query: asQuery(params),
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Staff: a seeker's best postings, in their record. */
export function useSeekerMatches(seekerId: string, params: MatchListParams, enabled = true) {
  return useQuery({
    queryKey: matchingKeys.seekerMatches(seekerId, params),
    queryFn: ({ signal }) =>
      api.get<SeekerMatches>(`/api/v1/seekers/${seekerId}/matches`, {
        query: asQuery(params),
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** VET-2: the signed-in veteran's veteran-priority job alerts (empty for anyone else). */
export function useMyVeteranAlerts() {
  return useQuery({
    queryKey: ['portal', 'veteran-alerts'] as const,
    queryFn: ({ signal }) =>
      portalApi.get<VeteranAlerts>(`${PORTAL_BASE}/veteran-alerts`, { signal }),
  });
}
