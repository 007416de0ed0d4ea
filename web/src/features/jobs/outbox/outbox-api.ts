import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';

/** The shapes of `outboxMessage` and `outboxList` in the contracts, which export no types. */
export type OutboxStatus = 'queued' | 'sent' | 'failed';
export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
}
export interface OutboxMessageDetail extends OutboxMessage {
  text: string;
  attachmentName: string | null;
}
export interface OutboxList {
  items: OutboxMessage[];
  page: number;
  pageSize: number;
  total: number;
}

export const OUTBOX_PAGE_SIZE = 25;

export function useOutbox(to: string, page: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', to, page],
    queryFn: ({ signal }) =>
      api.get<OutboxList>('/api/v1/admin/outbox', {
        query: { to, page, pageSize: OUTBOX_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useOutboxMessage(id: string) {
  return useQuery({
    queryKey: ['admin', 'outbox', 'message', id],
    queryFn: ({ signal }) => api.get<OutboxMessageDetail>(`/api/v1/admin/outbox/${id}`, { signal }),
  });
}
