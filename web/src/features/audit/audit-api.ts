import type { AuditList } from '@onestop/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export interface AuditSearch {
  action: string;
  entityType: string;
  entityId: string;
  officeId: string;
  /** Calendar dates (YYYY-MM-DD) in the user's time zone, as the date inputs give them. */
  from: string;
  to: string;
  page: number;
}

export const AUDIT_PAGE_SIZE = 25;

export const EMPTY_AUDIT_SEARCH: AuditSearch = {
  action: '',
  entityType: '',
  entityId: '',
  officeId: '',
  from: '',
  to: '',
  page: 1,
};

/** A local calendar day's first or last instant, as the ISO date-time the API takes. */
export function dayBoundary(date: string, edge: 'start' | 'end'): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const time = edge === 'start' ? 'T00:00:00.000' : 'T23:59:59.999';
  const instant = new Date(`${date}${time}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

export function useAuditEvents(search: AuditSearch) {
  return useQuery({
    queryKey: ['audit', search],
    queryFn: ({ signal }) =>
      api.get<AuditList>('/api/v1/audit-events', {
        signal,
        query: {
          action: search.action,
          entityType: search.entityType,
          entityId: search.entityId.trim(),
          officeId: search.officeId,
          from: dayBoundary(search.from, 'start'),
          to: dayBoundary(search.to, 'end'),
          page: search.page,
          pageSize: AUDIT_PAGE_SIZE,
        },
      }),
    placeholderData: keepPreviousData,
  });
}

export function searchFromParams(params: URLSearchParams): AuditSearch {
  const page = Number(params.get('page'));
  return {
    action: params.get('action') ?? '',
    entityType: params.get('entityType') ?? '',
    entityId: params.get('entityId') ?? '',
    officeId: params.get('officeId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function paramsFromSearch(search: AuditSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (key === 'page' ? value !== 1 : value !== '') params.set(key, String(value));
  }
  return params;
}
