import type {
  CreatePostingRequest,
  EmployerLocation,
  EmployerSearchResult,
  PostingDetail,
  PostingStatus,
  PostingStatusAction,
  PostingStatusRequest,
  PostingSummary,
  TitleSearchResult,
  UpdatePostingRequest,
} from '@onestop/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const base = '/api/v1/postings';
export const POSTING_PAGE_SIZE = 25;

type Paged<T> = { items: T[]; page: number; pageSize: number; total: number };
export type ApprovalItem = PostingSummary & { findings: { rule: string; message: string }[] };

export interface PostingFilters {
  mine: boolean;
  status: PostingStatus | '';
  employerId: string;
  page: number;
}

export const postingKeys = {
  list: (filters: PostingFilters) => ['postings', 'list', filters] as const,
  approvals: (page: number) => ['postings', 'approvals', page] as const,
  detail: (id: string) => ['postings', 'detail', id] as const,
};

export function usePostingList(filters: PostingFilters) {
  return useQuery({
    queryKey: postingKeys.list(filters),
    queryFn: ({ signal }) =>
      api.get<Paged<PostingSummary>>(base, {
        signal,
        query: {
          page: filters.page,
          pageSize: POSTING_PAGE_SIZE,
          mine: filters.mine ? 'true' : undefined,
          status: filters.status || undefined,
          employerId: filters.employerId || undefined,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function usePostingApprovals(page: number, enabled: boolean) {
  return useQuery({
    queryKey: postingKeys.approvals(page),
    queryFn: ({ signal }) =>
      api.get<Paged<ApprovalItem>>(`${base}/approval-queue`, {
        signal,
        query: { page, pageSize: POSTING_PAGE_SIZE },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePostingDetail(id: string) {
  return useQuery({
    queryKey: postingKeys.detail(id),
    queryFn: ({ signal }) => api.get<PostingDetail>(`${base}/${id}`, { signal }),
  });
}

/** The answer is the record as it now is: it replaces the cached one, and lists are read again. */
function usePostingMutation<TVariables>(
  request: (variables: TVariables) => Promise<PostingDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    gcTime: 0,
    onSuccess: (posting) => {
      queryClient.setQueryData(postingKeys.detail(posting.id), posting);
      void queryClient.invalidateQueries({ queryKey: ['postings', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['postings', 'approvals'] });
    },
  });
}

export const useCreatePosting = () =>
  usePostingMutation((body: CreatePostingRequest) => api.post<PostingDetail>(base, body));

export const useUpdatePosting = (id: string) =>
  usePostingMutation((body: UpdatePostingRequest) =>
    api.patch<PostingDetail>(`${base}/${id}`, body),
  );

export const useChangeStatus = (id: string) =>
  usePostingMutation(
    ({ action, ...body }: PostingStatusRequest & { action: PostingStatusAction }) =>
      api.post<PostingDetail>(`${base}/${id}/${action}`, body),
  );

/** For the approval queue, where each row is another posting. */
export const useDecidePosting = () =>
  usePostingMutation(
    ({ id, action, reason }: { id: string; action: 'approve' | 'refuse'; reason?: string }) =>
      api.post<PostingDetail>(`${base}/${id}/${action}`, reason ? { reason } : {}),
  );

export const useRaiseOpenings = (id: string) =>
  usePostingMutation((body: { openings: number; note?: string | null }) =>
    api.put<PostingDetail>(`${base}/${id}/openings`, body),
  );

export interface ContactBody {
  contactMethod: string | null;
  contactEmail: string | null;
  contactUrl: string | null;
  howToApply: string | null;
  note?: string | null;
}
export const useChangeContact = (id: string) =>
  usePostingMutation((body: ContactBody) =>
    api.put<PostingDetail>(`${base}/${id}/contact-method`, body),
  );

export const useChangeOwner = (id: string) =>
  usePostingMutation((body: { ownerStaffId: string; designeeStaffIds: string[] }) =>
    api.put<PostingDetail>(`${base}/${id}/owner`, body),
  );

export const useReserve = (id: string) =>
  usePostingMutation((body: { days?: number; indefinite: boolean; scope: 'office' | 'area' }) =>
    api.put<PostingDetail>(`${base}/${id}/reservation`, body),
  );

export const useReleaseReservation = (id: string) =>
  usePostingMutation(() => api.delete<PostingDetail>(`${base}/${id}/reservation`));

export const useRepost = (id: string) =>
  usePostingMutation((body: { applicationDeadline?: string }) =>
    api.post<PostingDetail>(`${base}/${id}/repost`, body),
  );

export const useDuplicatePosting = (id: string) =>
  usePostingMutation((body: { openings?: number; intakeMethod?: string }) =>
    api.post<PostingDetail>(`${base}/${id}/duplicate`, body),
  );

export const useAddPostingNote = (id: string) =>
  usePostingMutation((body: { body: string }) =>
    api.post<PostingDetail>(`${base}/${id}/notes`, body),
  );

// What the order form looks up: employers by name, their establishments, O*NET titles.

export function useEmployerLookup(name: string) {
  return useQuery({
    queryKey: ['postings', 'employer-lookup', name],
    queryFn: ({ signal }) =>
      api.post<EmployerSearchResult>(
        '/api/v1/employers/search',
        { name, sort: 'relevance', page: 1, pageSize: 10 },
        { signal },
      ),
    enabled: name.trim().length > 0,
  });
}

export function useEmployerLocations(employerId: string) {
  return useQuery({
    queryKey: ['employers', 'detail', employerId, 'locations'],
    queryFn: ({ signal }) =>
      api.get<{ items: EmployerLocation[] }>(`/api/v1/employers/${employerId}/locations`, {
        signal,
      }),
    select: (data) => data.items.filter((location) => location.active),
    enabled: employerId !== '',
  });
}

export function useOccupationTitles(q: string) {
  return useQuery({
    queryKey: ['onet', 'titles', q.trim().toLowerCase()],
    queryFn: ({ signal }) =>
      api.get<TitleSearchResult>('/api/v1/occupations/titles', {
        signal,
        query: { q: q.trim(), limit: 8 },
      }),
    enabled: q.trim().length >= 2,
    staleTime: Infinity,
  });
}
