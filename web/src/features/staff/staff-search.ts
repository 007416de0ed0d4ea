import type { StaffSearch } from './staff-api';

const STATUSES = ['active', 'inactive', 'all'] as const;

/** The search lives in the address, so Back and a shared link bring the same results. */
export function searchFromParams(params: URLSearchParams): StaffSearch {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    officeId: params.get('officeId') ?? '',
    roleId: params.get('roleId') ?? '',
    status: STATUSES.find((s) => s === status) ?? 'active',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function paramsFromSearch(search: StaffSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  if (search.officeId) params.set('officeId', search.officeId);
  if (search.roleId) params.set('roleId', search.roleId);
  if (search.status !== 'active') params.set('status', search.status);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}
