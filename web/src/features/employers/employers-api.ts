import type {
  AddEmployerContactRequest,
  AddEmployerLocationRequest,
  AddEmployerNoteRequest,
  CreateEmployerRequest,
  EmployerActivity,
  EmployerActivityType,
  EmployerApprovalQueue,
  EmployerContact,
  EmployerContactList,
  EmployerDetail,
  EmployerDuplicateCheckRequest,
  EmployerDuplicateCheckResult,
  EmployerDuplicatePlan,
  EmployerLocation,
  EmployerNote,
  EmployerOwner,
  EmployerSearchQuery,
  EmployerSearchResult,
  EmployerStatusRequest,
  EmployerSummary,
  RecordEmployerActivityRequest,
  ResolveEmployerDuplicatesRequest,
  ResolveEmployerDuplicatesResult,
  UpdateEmployerContactRequest,
  UpdateEmployerLocationRequest,
  UpdateEmployerRequest,
} from '@onestop/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const base = '/api/v1/employers';

export const EMPLOYER_PAGE_SIZE = 25;
export const HISTORY_PAGE_SIZE = 10;

type Paged<T> = { items: T[]; page: number; pageSize: number; total: number };

/** Everything about one record sits under its detail key, so one invalidation refreshes it all. */
export const employerKeys = {
  all: ['employers'] as const,
  search: (query: EmployerSearchQuery) => ['employers', 'search', query] as const,
  detail: (id: string) => ['employers', 'detail', id] as const,
  contacts: (id: string) => ['employers', 'detail', id, 'contacts'] as const,
  locations: (id: string) => ['employers', 'detail', id, 'locations'] as const,
  activities: (id: string, page: number) =>
    ['employers', 'detail', id, 'activities', page] as const,
  notes: (id: string, page: number) => ['employers', 'detail', id, 'notes', page] as const,
  approvals: (page: number) => ['employers', 'approvals', page] as const,
  plan: (ids: string[]) => ['employers', 'duplicate-plan', ids] as const,
  activityTypes: ['employer-activity-types'] as const,
};

/** EMP-2: `null` means no search yet, so nothing is asked until there is a criterion. */
export function useEmployerSearch(query: EmployerSearchQuery | null) {
  return useQuery({
    queryKey: query ? employerKeys.search(query) : ['employers', 'search', 'none'],
    queryFn: ({ signal }) => api.post<EmployerSearchResult>(`${base}/search`, query, { signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useEmployerDetail(id: string) {
  return useQuery({
    queryKey: employerKeys.detail(id),
    queryFn: ({ signal }) => api.get<EmployerDetail>(`${base}/${id}`, { signal }),
  });
}

export function useEmployerDuplicateCheck() {
  return useMutation({
    mutationFn: (body: EmployerDuplicateCheckRequest) =>
      api.post<EmployerDuplicateCheckResult>(`${base}/duplicate-check`, body),
    gcTime: 0,
  });
}

/** After a change to a record, its page and its tabs are read again, and so are searches. */
function useEmployerMutation<TVariables, TResult>(
  employerId: string | ((result: TResult) => string),
  request: (variables: TVariables) => Promise<TResult>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    gcTime: 0,
    onSuccess: async (result) => {
      const id = typeof employerId === 'function' ? employerId(result) : employerId;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: employerKeys.detail(id) }),
        queryClient.invalidateQueries({ queryKey: ['employers', 'search'] }),
      ]);
    },
  });
}

export function useCreateEmployer() {
  return useEmployerMutation(
    (created: EmployerDetail) => created.id,
    (body: CreateEmployerRequest) => api.post<EmployerDetail>(base, body),
  );
}

export function useUpdateEmployer(id: string) {
  return useEmployerMutation(id, (body: UpdateEmployerRequest) =>
    api.patch<EmployerDetail>(`${base}/${id}`, body),
  );
}

export function useChangeEmployerStatus(id: string) {
  return useEmployerMutation(id, (body: EmployerStatusRequest) =>
    api.patch<EmployerDetail>(`${base}/${id}/status`, body),
  );
}

// Contacts and locations (EMP-4, EMP-8): read only while their tab is open.

export function useEmployerContacts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.contacts(id),
    queryFn: ({ signal }) => api.get<EmployerContactList>(`${base}/${id}/contacts`, { signal }),
    enabled,
  });
}

export function useAddContact(id: string) {
  return useEmployerMutation(id, (body: AddEmployerContactRequest) =>
    api.post<EmployerContact>(`${base}/${id}/contacts`, body),
  );
}

export function useUpdateContact(id: string) {
  return useEmployerMutation(
    id,
    ({ contactId, ...body }: UpdateEmployerContactRequest & { contactId: string }) =>
      api.patch<EmployerContact>(`${base}/${id}/contacts/${contactId}`, body),
  );
}

export function useEmployerLocations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.locations(id),
    queryFn: ({ signal }) =>
      api.get<{ items: EmployerLocation[] }>(`${base}/${id}/locations`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

export function useAddLocation(id: string) {
  return useEmployerMutation(id, (body: AddEmployerLocationRequest) =>
    api.post<EmployerLocation>(`${base}/${id}/locations`, body),
  );
}

export function useUpdateLocation(id: string) {
  return useEmployerMutation(
    id,
    ({ locationId, ...body }: UpdateEmployerLocationRequest & { locationId: string }) =>
      api.patch<EmployerLocation>(`${base}/${id}/locations/${locationId}`, body),
  );
}

// Activities and notes (EMP-6).

export function useEmployerActivities(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.activities(id, page),
    queryFn: ({ signal }) =>
      api.get<Paged<EmployerActivity>>(`${base}/${id}/activities`, {
        signal,
        query: { page, pageSize: HISTORY_PAGE_SIZE },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function useEmployerNotes(id: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.notes(id, page),
    queryFn: ({ signal }) =>
      api.get<Paged<EmployerNote>>(`${base}/${id}/notes`, {
        signal,
        query: { page, pageSize: HISTORY_PAGE_SIZE },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/** The state's catalog changes rarely; retired entries come too, and are left out of choices. */
export function useActivityTypes(enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.activityTypes,
    queryFn: ({ signal }) =>
      api.get<{ items: EmployerActivityType[] }>('/api/v1/employer-activity-types', { signal }),
    select: (data) =>
      data.items.filter((type) => type.active).sort((a, b) => a.sortOrder - b.sortOrder),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useRecordActivity(id: string) {
  return useEmployerMutation(id, (body: RecordEmployerActivityRequest) =>
    api.post<EmployerActivity>(`${base}/${id}/activities`, body),
  );
}

export function useAddNote(id: string) {
  return useEmployerMutation(id, (body: AddEmployerNoteRequest) =>
    api.post<EmployerNote>(`${base}/${id}/notes`, body),
  );
}

// Owners (EMP-7).

export function useAddOwner(id: string) {
  return useEmployerMutation(id, (staffId: string) =>
    api.post<{ items: EmployerOwner[] }>(`${base}/${id}/owners`, { staffId }),
  );
}

export function useRemoveOwner(id: string) {
  return useEmployerMutation(id, (staffId: string) =>
    api.delete<{ items: EmployerOwner[] }>(`${base}/${id}/owners/${staffId}`),
  );
}

// Approval (EMP-5).

export function useApprovalQueue(page: number, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.approvals(page),
    queryFn: ({ signal }) =>
      api.get<EmployerApprovalQueue>(`${base}/approval-queue`, {
        signal,
        query: { page, pageSize: EMPLOYER_PAGE_SIZE },
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

function useDecision<TVariables>(request: (variables: TVariables) => Promise<EmployerSummary>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    gcTime: 0,
    // Not awaited: the decided record leaves the queue, and with it the dialog that waits for
    // this answer to say what was done.
    onSuccess: (decided) => {
      void queryClient.invalidateQueries({ queryKey: ['employers', 'approvals'] });
      void queryClient.invalidateQueries({ queryKey: employerKeys.detail(decided.id) });
      void queryClient.invalidateQueries({ queryKey: ['employers', 'search'] });
    },
  });
}

export function useApproveEmployer() {
  return useDecision(({ id, officeId }: { id: string; officeId?: string }) =>
    api.post<EmployerSummary>(`${base}/${id}/approve`, officeId ? { officeId } : {}),
  );
}

export function useRejectEmployer() {
  return useDecision(({ id, reason }: { id: string; reason: string }) =>
    api.post<EmployerSummary>(`${base}/${id}/reject`, { reason }),
  );
}

// Duplicates (EMP-3).

/** A POST that only reads: what resolving would do. Never kept, so a second look asks again. */
export function useDuplicatePlan(ids: string[]) {
  return useQuery({
    queryKey: employerKeys.plan(ids),
    queryFn: ({ signal }) =>
      api.post<EmployerDuplicatePlan>(`${base}/duplicates/plan`, { ids }, { signal }),
    enabled: ids.length >= 2,
    gcTime: 0,
  });
}

export function useResolveDuplicates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveEmployerDuplicatesRequest) =>
      api.post<ResolveEmployerDuplicatesResult>(`${base}/duplicates/resolve`, body),
    gcTime: 0,
    // Not the plan itself: asked again now, it would only say the records are already inactive.
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['employers', 'detail'] }),
        queryClient.invalidateQueries({ queryKey: ['employers', 'search'] }),
      ]);
    },
  });
}
