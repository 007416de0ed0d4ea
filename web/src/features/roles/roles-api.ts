import type { Role, UpsertRoleRequest } from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

const base = '/api/v1/admin/roles';

export const roleKeys = {
  all: ['roles'] as const,
  list: ['roles', 'list'] as const,
  detail: (id: string) => ['roles', 'detail', id] as const,
};

export function useRoles(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: roleKeys.list,
    queryFn: ({ signal }) => api.get<{ items: Role[] }>(base, { signal }),
    select: (data) => data.items,
    enabled: options.enabled ?? true,
  });
}

export function useRole(id: string | undefined) {
  return useQuery({
    queryKey: roleKeys.detail(id ?? ''),
    queryFn: ({ signal }) => api.get<Role>(`${base}/${id ?? ''}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useSaveRole(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpsertRoleRequest) =>
      id ? api.put<Role>(`${base}/${id}`, body) : api.post<Role>(base, body),
    onSuccess: async (role) => {
      queryClient.setQueryData(roleKeys.detail(role.id), role);
      await queryClient.invalidateQueries({ queryKey: roleKeys.all });
      // Staff rows show role names.
      await queryClient.invalidateQueries({ queryKey: ['staff'] });
    },
  });
}

export function useDeleteRole(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`${base}/${id}`),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: roleKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: roleKeys.all });
    },
  });
}
