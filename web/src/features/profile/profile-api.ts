import type { SeekerProfile, UpdateSeekerProfileRequest } from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PORTAL_BASE, portalApi } from '../portal/portal-api';

/**
 * The two ways to reach a profile: staff through `api` (staff session and CSRF token), the job
 * seeker through `portalApi` (their own session). Both answer the same SeekerProfile.
 */
export interface ProfileTransport {
  get<T>(path: string, options?: { signal?: AbortSignal }): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

interface ProfileSource {
  transport: ProfileTransport;
  path: string;
  key: readonly unknown[];
}

export const staffProfileSource = (seekerId: string): ProfileSource => ({
  transport: api,
  path: `/api/v1/seekers/${seekerId}/profile`,
  key: ['seekers', 'profile', seekerId],
});

export const portalProfileSource: ProfileSource = {
  transport: portalApi,
  path: `${PORTAL_BASE}/profile`,
  key: ['portal', 'profile'],
};

/** `enabled` lets a tab ask only once it is opened. */
export function useProfile(source: ProfileSource, enabled = true) {
  return useQuery({
    queryKey: source.key,
    queryFn: ({ signal }) => source.transport.get<SeekerProfile>(source.path, { signal }),
    enabled,
  });
}

/** Saves the whole profile; the answer replaces what the page shows. */
export function useSaveProfile(source: ProfileSource) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSeekerProfileRequest) =>
      source.transport.put<SeekerProfile>(source.path, body),
    gcTime: 0,
    onSuccess: async (saved) => {
      queryClient.setQueryData(source.key, saved);
      // Names, birth date, email and address also show on the record and in searches.
      await queryClient.invalidateQueries({ queryKey: ['seekers', 'detail', saved.seekerId] });
      await queryClient.invalidateQueries({ queryKey: ['seekers', 'search'] });
    },
  });
}
