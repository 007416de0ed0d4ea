import type { Office } from '@onestop/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export const officeKeys = { all: ['offices'] as const };

/** Every office of the state, for pickers and filters. */
export function useOffices() {
  return useQuery({
    queryKey: officeKeys.all,
    queryFn: ({ signal }) => api.get<{ items: Office[] }>('/api/v1/offices', { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}
