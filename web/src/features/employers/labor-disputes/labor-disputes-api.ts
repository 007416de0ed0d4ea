import type {
  EndLaborDisputeRequest,
  LaborDispute,
  LaborDisputeRequest,
  SessionInfo,
} from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { can } from '../../session/permissions';

type List = { items: LaborDispute[] };

/** Shared with the new-posting page, which warns when the employer is in a dispute (JOB-11). */
export const laborDisputeKey = (employerId: string) =>
  ['employers', 'detail', employerId, 'labor-disputes'] as const;

const url = (employerId: string) => `/api/v1/employers/${employerId}/labor-disputes`;

type Access = Pick<SessionInfo, 'permissions' | 'withheldTabs' | 'grants'>;

/** JOB-11: anyone who works postings sees an employer's disputes. */
export function maySeeLaborDisputes(session: Access): boolean {
  return can(session, 'postings', 'view');
}

/** JOB-11, 652.9(c): local offices report disputes; the central office records and verifies them. */
export function mayManageLaborDisputes(session: Access): boolean {
  return can(session, 'postings', 'change') && session.grants.includes('central_office');
}

export function useLaborDisputes(employerId: string, enabled: boolean) {
  return useQuery({
    queryKey: laborDisputeKey(employerId),
    queryFn: ({ signal }) => api.get<List>(url(employerId), { signal }),
    enabled,
  });
}

/**
 * Each write answers with the whole list, which is shown at once; postings are read again because
 * recording or ending a dispute holds them or changes their statement.
 */
function useDisputeMutation<TVariables>(
  employerId: string,
  request: (variables: TVariables) => Promise<List>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    gcTime: 0,
    onSuccess: async (list) => {
      queryClient.setQueryData(laborDisputeKey(employerId), list);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: laborDisputeKey(employerId) }),
        queryClient.invalidateQueries({ queryKey: ['postings'] }),
      ]);
    },
  });
}

export function useRecordLaborDispute(employerId: string) {
  return useDisputeMutation(employerId, (body: LaborDisputeRequest) =>
    api.post<List>(url(employerId), body),
  );
}

export function useVerifyLaborDispute(employerId: string) {
  return useDisputeMutation(employerId, (disputeId: string) =>
    api.post<List>(`${url(employerId)}/${disputeId}/verify`, {}),
  );
}

export function useEndLaborDispute(employerId: string) {
  return useDisputeMutation(
    employerId,
    ({ disputeId, ...body }: EndLaborDisputeRequest & { disputeId: string }) =>
      api.post<List>(`${url(employerId)}/${disputeId}/end`, body),
  );
}
