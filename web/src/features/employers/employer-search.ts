import { EMPLOYER_SORTS, type EmployerSearchQuery } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';
import { EMPLOYER_PAGE_SIZE } from './employers-api';
import { feinDigits } from './employer-format';

export type EmployerSort = (typeof EMPLOYER_SORTS)[number];

/** What the search form holds, as typed. None of it is secret, so all of it goes in the address. */
export interface EmployerCriteria {
  name: string;
  contactName: string;
  fein: string;
  contactEmail: string;
}

export interface EmployerUrlSearch extends EmployerCriteria {
  sort: EmployerSort;
  page: number;
}

export const EMPTY_CRITERIA: EmployerCriteria = {
  name: '',
  contactName: '',
  fein: '',
  contactEmail: '',
};

const PARAMS: Record<keyof EmployerCriteria, string> = {
  name: 'name',
  contactName: 'contact',
  fein: 'fein',
  contactEmail: 'email',
};
const CRITERIA = Object.keys(PARAMS) as (keyof EmployerCriteria)[];

export function searchFromParams(params: URLSearchParams): EmployerUrlSearch {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const criteria = Object.fromEntries(
    CRITERIA.map((key) => [key, params.get(PARAMS[key]) ?? '']),
  ) as unknown as EmployerCriteria;
  return {
    ...criteria,
    sort: EMPLOYER_SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function paramsFromSearch(search: EmployerUrlSearch): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of CRITERIA) if (search[key].trim()) params.set(PARAMS[key], search[key].trim());
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

export function hasCriterion(criteria: EmployerCriteria): boolean {
  return CRITERIA.some((key) => criteria[key].trim() !== '');
}

/** The request body, or null when there is nothing to search for yet. */
export function toQuery(search: EmployerUrlSearch): EmployerSearchQuery | null {
  if (!hasCriterion(search)) return null;
  const value = (text: string) => text.trim() || undefined;
  return {
    name: value(search.name),
    contactName: value(search.contactName),
    fein: value(search.fein),
    contactEmail: value(search.contactEmail),
    sort: search.sort,
    page: search.page,
    pageSize: EMPLOYER_PAGE_SIZE,
  };
}

/** EMP-2: a search needs at least one criterion; a FEIN must be its nine digits. */
export function checkCriteria(criteria: EmployerCriteria, t: TFunction): FieldErrors {
  if (!hasCriterion(criteria)) return { criteria: t('employers.search.errors.noCriterion') };
  const errors: FieldErrors = {};
  if (criteria.fein.trim() && feinDigits(criteria.fein) === null)
    errors.fein = t('employers.errors.feinDigits');
  return errors;
}
