import type {
  EmployerPostingDetail,
  EmployerPostingRequest,
  EmployerPostingSummary,
} from '@onestop/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { employerApi, EMPLOYER_BASE } from '../employer-portal-api';
import { EMPLOYER_QUERY_KEY } from '../session/EmployerSessionProvider';

interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

const keys = {
  list: (page: number) => [...EMPLOYER_QUERY_KEY, 'postings', page] as const,
  one: (id: string) => [...EMPLOYER_QUERY_KEY, 'posting', id] as const,
};

export function useEmployerPostings(page: number) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: ({ signal }) =>
      employerApi.get<Page<EmployerPostingSummary>>(`${EMPLOYER_BASE}/postings`, {
        query: { page, pageSize: 20 },
        signal,
      }),
  });
}

export function useEmployerPosting(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) =>
      employerApi.get<EmployerPostingDetail>(`${EMPLOYER_BASE}/postings/${id}`, { signal }),
  });
}

export function useSubmitPosting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmployerPostingRequest) =>
      employerApi.post<EmployerPostingDetail>(`${EMPLOYER_BASE}/postings`, body),
    onSuccess: (posting) => {
      queryClient.setQueryData(keys.one(posting.id), posting);
      void queryClient.invalidateQueries({ queryKey: [...EMPLOYER_QUERY_KEY, 'postings'] });
    },
  });
}
