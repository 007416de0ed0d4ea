import {
  DEFAULT_RADIUS_MILES,
  JOB_SEARCH_SORTS,
  POSTED_WITHIN_DAYS,
  POSTING_EMPLOYMENT_TYPES,
  POSTING_SHIFTS,
  type JobSearchCriteriaInput,
  type JobSearchQueryInput,
} from '@onestop/contracts';

export type JobSearchSort = (typeof JOB_SEARCH_SORTS)[number];
export type JobShift = (typeof POSTING_SHIFTS)[number];
export type JobEmploymentType = (typeof POSTING_EMPLOYMENT_TYPES)[number];

export const JOB_PAGE_SIZE = 20;

/**
 * The criteria as the form holds them: text, so that what a person typed stays as typed (the
 * server checks it and answers on the field). Every one of them goes in the address, under the
 * API's own names, so a search can be linked to, bookmarked, and saved as it is.
 */
export interface JobCriteria {
  q: string;
  zip: string;
  radiusMiles: string;
  occupation: string;
  payAtLeast: string;
  shift: string;
  employmentType: string;
  postedWithinDays: string;
}

export interface JobUrlSearch extends JobCriteria {
  sort: JobSearchSort;
  page: number;
}

export const CRITERIA_KEYS = [
  'q',
  'zip',
  'radiusMiles',
  'occupation',
  'payAtLeast',
  'shift',
  'employmentType',
  'postedWithinDays',
] as const satisfies readonly (keyof JobCriteria)[];

export const EMPTY_CRITERIA: JobCriteria = {
  q: '',
  zip: '',
  radiusMiles: String(DEFAULT_RADIUS_MILES),
  occupation: '',
  payAtLeast: '',
  shift: '',
  employmentType: '',
  postedWithinDays: '',
};

export function searchFromParams(params: URLSearchParams): JobUrlSearch {
  const criteria = { ...EMPTY_CRITERIA };
  for (const key of CRITERIA_KEYS) {
    const value = params.get(key)?.trim();
    if (value) criteria[key] = value;
  }
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    ...criteria,
    sort: JOB_SEARCH_SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The radius means nothing without a ZIP, and the default one is left out of the address. */
export function paramsFromSearch(search: JobUrlSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CRITERIA_KEYS) {
    const value = search[key].trim();
    if (!value) continue;
    if (key === 'radiusMiles' && (!search.zip.trim() || value === String(DEFAULT_RADIUS_MILES)))
      continue;
    params.set(key, value);
  }
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function hasCriteria(criteria: JobCriteria): boolean {
  return CRITERIA_KEYS.some((key) => key !== 'radiusMiles' && criteria[key].trim() !== '');
}

/** The criteria the API takes (and a saved search stores): empty ones left out. */
export function criteriaFromSearch(criteria: JobCriteria): JobSearchCriteriaInput {
  const text = (value: string) => value.trim() || undefined;
  // Numbers go as numbers; anything else as typed, for the server to name the field it refuses.
  const numeric = (value: string) => {
    const trimmed = text(value);
    return trimmed !== undefined && /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
  };
  const zip = text(criteria.zip);
  return {
    q: text(criteria.q),
    zip,
    radiusMiles: zip ? (numeric(criteria.radiusMiles) ?? DEFAULT_RADIUS_MILES) : undefined,
    occupation: text(criteria.occupation),
    payAtLeast: numeric(criteria.payAtLeast),
    shift: (POSTING_SHIFTS as readonly string[]).includes(criteria.shift)
      ? (criteria.shift as JobShift)
      : undefined,
    employmentType: (POSTING_EMPLOYMENT_TYPES as readonly string[]).includes(
      criteria.employmentType,
    )
      ? (criteria.employmentType as JobEmploymentType)
      : undefined,
    postedWithinDays: numeric(criteria.postedWithinDays),
  };
}

/** The query string of a search; `sort: distance` needs a ZIP, so it falls back without one. */
export function toQuery(search: JobUrlSearch): JobSearchQueryInput {
  const criteria = criteriaFromSearch(search);
  return {
    ...criteria,
    sort: search.sort === 'distance' && !criteria.zip ? 'relevance' : search.sort,
    page: search.page,
    pageSize: JOB_PAGE_SIZE,
  };
}

/** The address of a saved search's results. */
export function paramsFromCriteria(criteria: JobSearchCriteriaInput): URLSearchParams {
  const search: JobUrlSearch = { ...EMPTY_CRITERIA, sort: 'relevance', page: 1 };
  for (const key of CRITERIA_KEYS) {
    const value = criteria[key];
    if (value !== undefined && value !== null && value !== '') search[key] = String(value);
  }
  return paramsFromSearch(search);
}

export const RADIUS_CHOICES = [5, 10, DEFAULT_RADIUS_MILES, 50, 100, 250] as const;
export { POSTED_WITHIN_DAYS };
