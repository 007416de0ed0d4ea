import type {
  CreateStaffRequest,
  RoleOption,
  StaffDetail,
  StaffList,
  UpdateStaffRequest,
} from '@onestop/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const base = '/api/v1/admin/staff';

export interface StaffSearch {
  q: string;
  officeId: string;
  roleId: string;
  status: 'active' | 'inactive' | 'all';
  page: number;
}

export const staffKeys = {
  all: ['staff'] as const,
  list: (search: StaffSearch) => ['staff', 'list', search] as const,
  detail: (id: string) => ['staff', 'detail', id] as const,
};

export const STAFF_PAGE_SIZE = 25;

export function useStaffList(search: StaffSearch) {
  return useQuery({
    queryKey: staffKeys.list(search),
    queryFn: ({ signal }) =>
      api.get<StaffList>(base, { signal, query: { ...search, pageSize: STAFF_PAGE_SIZE } }),
    placeholderData: keepPreviousData,
  });
}

export function useStaffDetail(id: string) {
  return useQuery({
    queryKey: staffKeys.detail(id),
    queryFn: ({ signal }) => api.get<StaffDetail>(`${base}/${id}`, { signal }),
  });
}

/** After any change to an account, lists and that account's page show the new state. */
function useStaffMutation<TVariables>(request: (variables: TVariables) => Promise<StaffDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async (detail) => {
      queryClient.setQueryData(staffKeys.detail(detail.id), detail);
      await queryClient.invalidateQueries({ queryKey: staffKeys.all });
      // Role staff counts change when an account is created or moves between roles.
      await queryClient.invalidateQueries({ queryKey: ['roles'] });
    },
  });
}

export function useCreateStaff() {
  return useStaffMutation((body: CreateStaffRequest) => api.post<StaffDetail>(base, body));
}

export function useUpdateStaff(id: string) {
  return useStaffMutation((body: UpdateStaffRequest) =>
    api.patch<StaffDetail>(`${base}/${id}`, body),
  );
}

export type StaffAction = 'reactivate' | 'unlock';

export function useStaffAction(id: string, action: StaffAction) {
  return useStaffMutation(() => api.post<StaffDetail>(`${base}/${id}/${action}`));
}

export function useDeactivateStaff(id: string) {
  return useStaffMutation((reason: string) =>
    api.post<StaffDetail>(`${base}/${id}/deactivate`, { reason }),
  );
}

export function useSetStaffPassword(id: string) {
  return useStaffMutation((newPassword: string) =>
    api.post<StaffDetail>(`${base}/${id}/password`, { newPassword }),
  );
}

/** Roles a staff administrator can pick, whether or not they may manage roles themselves. */
export function useRoleOptions() {
  return useQuery({
    queryKey: ['staff', 'role-options'],
    queryFn: ({ signal }) => api.get<{ items: RoleOption[] }>(`${base}/role-options`, { signal }),
    select: (data) => data.items,
  });
}
