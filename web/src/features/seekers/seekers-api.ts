import type {
  DuplicateCheckRequest,
  DuplicateCheckResult,
  RevealedSsn,
  SeekerDetail,
  SeekerSearchQuery,
  SeekerSearchResult,
  SeekerStatusRequest,
  StaffRegistrationRequest,
} from '@onestop/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const base = '/api/v1/seekers';

export const SEEKER_PAGE_SIZE = 25;

export const seekerKeys = {
  all: ['seekers'] as const,
  search: (query: SeekerSearchQuery) => ['seekers', 'search', query] as const,
  detail: (id: string) => ['seekers', 'detail', id] as const,
};

/**
 * SEEK-3: the search is a POST so that an SSN never goes into a URL. `null` means "no search yet":
 * nothing is asked of the server until the user gives at least one criterion.
 */
export function useSeekerSearch(query: SeekerSearchQuery | null) {
  return useQuery({
    queryKey: query ? seekerKeys.search(query) : ['seekers', 'search', 'none'],
    queryFn: ({ signal }) => api.post<SeekerSearchResult>(`${base}/search`, query, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    // A query that may carry an SSN is not kept once nobody looks at it.
    gcTime: query?.ssn ? 0 : undefined,
  });
}

export function useSeekerDetail(id: string) {
  return useQuery({
    queryKey: seekerKeys.detail(id),
    queryFn: ({ signal }) => api.get<SeekerDetail>(`${base}/${id}`, { signal }),
  });
}

export function useDuplicateCheck() {
  return useMutation({
    mutationFn: (body: DuplicateCheckRequest) =>
      api.post<DuplicateCheckResult>(`${base}/duplicate-check`, body),
    gcTime: 0,
  });
}

/** After a change, the record's page shows the new state and searches are asked again. */
function useSeekerMutation<TVariables>(request: (variables: TVariables) => Promise<SeekerDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    gcTime: 0,
    onSuccess: async (detail) => {
      queryClient.setQueryData(seekerKeys.detail(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: ['seekers', 'search'] });
    },
  });
}

export function useRegisterSeeker() {
  return useSeekerMutation((body: StaffRegistrationRequest) => api.post<SeekerDetail>(base, body));
}

export function useChangeSeekerStatus(id: string) {
  return useSeekerMutation((body: SeekerStatusRequest) =>
    api.patch<SeekerDetail>(`${base}/${id}/status`, body),
  );
}

/** SEEK-3, SEC-7: audited on the server. The number lives in the caller's state only. */
export function useRevealSsn(id: string) {
  return useMutation({
    mutationFn: () => api.post<RevealedSsn>(`${base}/${id}/ssn/reveal`),
    gcTime: 0,
  });
}
