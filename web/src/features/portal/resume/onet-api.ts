import type { OccupationDetail, TitleSearchResult } from '@onestop/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { portalApi } from '../portal-api';

export type { OccupationDetail, TitleMatch } from '@onestop/contracts';

/** The O*NET occupation catalog: public routes, no session. */
const base = '/api/v1/occupations';
export const TITLE_SUGGESTIONS = 8;
/** Fewer letters than this match too much to help. */
export const MIN_TITLE_QUERY = 2;

export function useTitleSuggestions(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: ['onet', 'titles', q.toLowerCase()],
    queryFn: ({ signal }) =>
      portalApi.get<TitleSearchResult>(`${base}/titles`, {
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
