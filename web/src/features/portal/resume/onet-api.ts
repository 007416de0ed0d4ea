import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { portalApi } from '../portal-api';

/**
 * The O*NET occupation catalog (public routes, no session). These mirror
 * server/src/modules/onet/onet.schemas.ts, which is not in contracts.
 */
export interface TitleMatch {
  /** The title as the seeker picks it: an occupation title, alternate title or "RN". */
  title: string;
  /** O*NET-SOC code, like 29-1141.00. */
  code: string;
  occupationTitle: string;
}

export interface OccupationDetail {
  code: string;
  title: string;
  description: string;
  jobZone: number | null;
  /** SEEK-7: task statements, Core first, as draft duties (at most 8). */
  tasks: string[];
}

const base = '/api/v1/occupations';
export const TITLE_SUGGESTIONS = 8;
/** Fewer letters than this match too much to help. */
export const MIN_TITLE_QUERY = 2;

export function useTitleSuggestions(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['onet', 'titles', q.toLowerCase()],
    queryFn: ({ signal }) =>
      portalApi.get<{ items: TitleMatch[] }>(`${base}/titles`, {
        query: { q, limit: TITLE_SUGGESTIONS },
        signal,
      }),
    enabled: q.length >= MIN_TITLE_QUERY,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

export function fetchOccupation(code: string): Promise<OccupationDetail> {
  return portalApi.get<OccupationDetail>(`${base}/${encodeURIComponent(code)}`);
}
