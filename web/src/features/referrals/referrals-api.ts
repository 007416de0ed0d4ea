import type {
  DeniedReferral,
  DenyReferralRequest,
  HowToApply,
  HowToApplyEmailed,
  ReferralList,
  ReferralQueue,
  ReferralResult,
  ReferralSummary,
} from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { PORTAL_BASE, portalApi } from '../portal/portal-api';

/**
 * Staff lists sit under the posting's and the seeker's record keys, so that reading a record again
 * reads its referrals again; the seeker's own under the portal key, which signing out forgets.
 */
export const referralKeys = {
  queue: ['referrals', 'queue'] as const,
  ofPosting: (postingId: string) => ['postings', 'detail', postingId, 'referrals'] as const,
  ofSeeker: (seekerId: string) => ['seekers', 'detail', seekerId, 'referrals'] as const,
  mine: ['portal', 'referrals'] as const,
  howToApply: (postingId: string) => ['portal', 'how-to-apply', postingId] as const,
};

/** A decision or a result changes every list the referral shows in. */
function useRefreshReferrals() {
  const queryClient = useQueryClient();
  return (referral: ReferralSummary) => {
    void queryClient.invalidateQueries({ queryKey: referralKeys.queue });
    void queryClient.invalidateQueries({ queryKey: referralKeys.ofPosting(referral.posting.id) });
    void queryClient.invalidateQueries({ queryKey: referralKeys.ofSeeker(referral.seeker.id) });
  };
}

/** REF-4: requests waiting for approval, oldest first. */
export function useReferralQueue(enabled = true) {
  return useQuery({
    queryKey: referralKeys.queue,
    queryFn: ({ signal }) => api.get<ReferralQueue>('/api/v1/referrals/queue', { signal }),
    enabled,
  });
}

export function usePostingReferrals(postingId: string, enabled = true) {
  return useQuery({
    queryKey: referralKeys.ofPosting(postingId),
    queryFn: ({ signal }) =>
      api.get<ReferralList>(`/api/v1/postings/${postingId}/referrals`, { signal }),
    enabled,
  });
}

export function useSeekerReferrals(seekerId: string, enabled = true) {
  return useQuery({
    queryKey: referralKeys.ofSeeker(seekerId),
    queryFn: ({ signal }) =>
      api.get<ReferralList>(`/api/v1/seekers/${seekerId}/referrals`, { signal }),
    enabled,
  });
}

export function useApproveReferral() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: (id: string) => api.post<ReferralSummary>(`/api/v1/referrals/${id}/approve`),
    onSuccess: refresh,
  });
}

export function useDenyReferral() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: ({ id, ...body }: DenyReferralRequest & { id: string }) =>
      api.post<DeniedReferral>(`/api/v1/referrals/${id}/deny`, body),
    onSuccess: refresh,
  });
}

/** REF-6: what came of a referral. */
export function useRecordReferralResult() {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: ({ id, result }: { id: string; result: ReferralResult }) =>
      api.post<ReferralSummary>(`/api/v1/referrals/${id}/result`, { result }),
    onSuccess: refresh,
  });
}

/** REF-1: staff refer a job seeker to an open posting. */
export function useReferSeeker(seekerId: string) {
  const refresh = useRefreshReferrals();
  return useMutation({
    mutationFn: (postingId: string) =>
      api.post<ReferralSummary>(`/api/v1/seekers/${seekerId}/referrals`, { postingId }),
    onSuccess: refresh,
  });
}

/** My referrals, in the portal. */
export function useMyReferrals() {
  return useQuery({
    queryKey: referralKeys.mine,
    queryFn: ({ signal }) => portalApi.get<ReferralList>(`${PORTAL_BASE}/referrals`, { signal }),
  });
}

/** REF-3: the seeker asks to be referred to a 4- or 5-star match. */
export function useRequestReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (postingId: string) =>
      portalApi.post<ReferralSummary>(`${PORTAL_BASE}/referrals`, { postingId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: referralKeys.mine }),
  });
}

/** REF-2: read only when asked for, since for a feed posting it records an external referral. */
export function useHowToApply(postingId: string, enabled: boolean) {
  return useQuery({
    queryKey: referralKeys.howToApply(postingId),
    queryFn: ({ signal }) =>
      portalApi.get<HowToApply>(`${PORTAL_BASE}/postings/${postingId}/how-to-apply`, { signal }),
    enabled,
  });
}

export function useEmailHowToApply() {
  return useMutation({
    mutationFn: (postingId: string) =>
      portalApi.post<HowToApplyEmailed>(`${PORTAL_BASE}/postings/${postingId}/how-to-apply/email`),
  });
}
