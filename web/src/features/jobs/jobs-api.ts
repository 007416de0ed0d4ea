import type {
  JobSearchQueryInput,
  JobSearchResult,
  PublicPosting,
  SavedJob,
  SavedSearch,
  SaveSearchRequest,
} from '@onestop/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, createApiClient, type QueryValue } from '../../api/client';
import { portalApi, PORTAL_BASE } from '../portal/portal-api';
import { portalKeys } from '../portal/resume/resume-api';

/** The public board needs no session: its requests must not move a staff or seeker idle timer. */
const publicApi = createApiClient(() => false).methods;

/** Query values as the client sends them (criteria arrive typed as the API's inputs). */
function asQuery(query: JobSearchQueryInput): Record<string, QueryValue> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, value as QueryValue]),
  );
}

/** One search hook per audience; they differ only in the session and the address they use. */
export type JobSearchHook = (query: JobSearchQueryInput) => ReturnType<typeof usePublicJobSearch>;

export function usePublicJobSearch(query: JobSearchQueryInput) {
  return useQuery({
    queryKey: ['jobs', 'search', query],
    queryFn: ({ signal }) =>
      publicApi.get<JobSearchResult>('/api/v1/jobs', { query: asQuery(query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublicPosting(id: string) {
  return useQuery({
    queryKey: ['jobs', 'posting', id],
    queryFn: ({ signal }) => publicApi.get<PublicPosting>(`/api/v1/jobs/${id}`, { signal }),
  });
}

/** Under the portal key, so signing out or in as someone else forgets it all. */
export const portalJobKeys = {
  search: (query: JobSearchQueryInput) => ['portal', 'jobs', 'search', query] as const,
  posting: (id: string) => ['portal', 'jobs', 'posting', id] as const,
  savedJobs: ['portal', 'saved-jobs'] as const,
  savedSearches: ['portal', 'saved-searches'] as const,
  home: portalKeys.home,
};

export function usePortalJobSearch(query: JobSearchQueryInput) {
  return useQuery({
    queryKey: portalJobKeys.search(query),
    queryFn: ({ signal }) =>
      portalApi.get<JobSearchResult>(`${PORTAL_BASE}/jobs`, { query: asQuery(query), signal }),
    placeholderData: keepPreviousData,
  });
}

/** Opening a posting records it as recently viewed, so the home page reads it again. */
export function usePortalPosting(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: portalJobKeys.posting(id),
    queryFn: async ({ signal }) => {
      const posting = await portalApi.get<PublicPosting>(`${PORTAL_BASE}/jobs/${id}`, { signal });
      void queryClient.invalidateQueries({ queryKey: portalJobKeys.home });
      return posting;
    },
  });
}

export function useStaffJobSearch(query: JobSearchQueryInput) {
  return useQuery({
    queryKey: ['job-search', query],
    queryFn: ({ signal }) =>
      api.get<JobSearchResult>('/api/v1/job-search', { query: asQuery(query), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSavedJobs() {
  return useQuery({
    queryKey: portalJobKeys.savedJobs,
    queryFn: ({ signal }) =>
      portalApi.get<{ items: SavedJob[] }>(`${PORTAL_BASE}/saved-jobs`, { signal }),
  });
}

export function useSavedSearches() {
  return useQuery({
    queryKey: portalJobKeys.savedSearches,
    queryFn: ({ signal }) =>
      portalApi.get<{ items: SavedSearch[] }>(`${PORTAL_BASE}/saved-searches`, { signal }),
  });
}

/** After a change to what the seeker saved, their lists, postings and home are read again. */
function useRefreshSaved() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: portalJobKeys.savedJobs }),
      queryClient.invalidateQueries({ queryKey: portalJobKeys.savedSearches }),
      queryClient.invalidateQueries({ queryKey: ['portal', 'jobs', 'posting'] }),
      queryClient.invalidateQueries({ queryKey: portalJobKeys.home }),
    ]);
}

export function useSaveJob() {
  const refresh = useRefreshSaved();
  return useMutation({
    mutationFn: ({ postingId, saved }: { postingId: string; saved: boolean }) =>
      saved
        ? portalApi.put<unknown>(`${PORTAL_BASE}/saved-jobs/${postingId}`, {})
        : portalApi.delete<unknown>(`${PORTAL_BASE}/saved-jobs/${postingId}`),
    onSuccess: refresh,
  });
}

export function useSaveSearch() {
  const refresh = useRefreshSaved();
  return useMutation({
    mutationFn: (body: SaveSearchRequest) =>
      portalApi.post<SavedSearch>(`${PORTAL_BASE}/saved-searches`, body),
    onSuccess: refresh,
  });
}

export function useUpdateSavedSearch() {
  const refresh = useRefreshSaved();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name?: string; alertsEnabled?: boolean }) =>
      portalApi.patch<SavedSearch>(`${PORTAL_BASE}/saved-searches/${id}`, body),
    onSuccess: refresh,
  });
}

export function useDeleteSavedSearch() {
  const refresh = useRefreshSaved();
  return useMutation({
    mutationFn: (id: string) => portalApi.delete<unknown>(`${PORTAL_BASE}/saved-searches/${id}`),
    onSuccess: refresh,
  });
}
