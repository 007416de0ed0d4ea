import { SEEKER_SORTS, type SeekerSearchQuery } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../components/form-errors';
import { SEEKER_PAGE_SIZE } from './seekers-api';
import { digitsOf, parseRecordNumber, ssnDigits } from './seeker-format';

export type SeekerSort = (typeof SEEKER_SORTS)[number];

/** What the search form holds, as typed. */
export interface SeekerCriteria {
  ssn: string;
  name: string;
  email: string;
  recordNumber: string;
  phone: string;
}

export const EMPTY_CRITERIA: SeekerCriteria = {
  ssn: '',
  name: '',
  email: '',
  recordNumber: '',
  phone: '',
};

/**
 * What the address holds, so Back and Forward bring the same results. The SSN is left out on
 * purpose (SEEK-3): it stays in the page's memory and goes to the server in a POST body only.
 */
export interface SeekerUrlSearch extends Omit<SeekerCriteria, 'ssn'> {
  sort: SeekerSort;
  page: number;
}

export function searchFromParams(params: URLSearchParams): SeekerUrlSearch {
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    name: params.get('name') ?? '',
    email: params.get('email') ?? '',
    recordNumber: params.get('record') ?? '',
    phone: params.get('phone') ?? '',
    sort: SEEKER_SORTS.find((s) => s === sort) ?? 'relevance',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function paramsFromSearch(search: SeekerUrlSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.name) params.set('name', search.name);
  if (search.email) params.set('email', search.email);
  if (search.recordNumber) params.set('record', search.recordNumber);
  if (search.phone) params.set('phone', search.phone);
  if (search.sort !== 'relevance') params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  return params;
}

const CRITERIA = ['ssn', 'name', 'email', 'recordNumber', 'phone'] as const;

export function hasCriterion(criteria: SeekerCriteria): boolean {
  return CRITERIA.some((key) => criteria[key].trim() !== '');
}

/** The criteria part of the address (no sort, no page, and never an SSN). */
export function criteriaKey(search: SeekerUrlSearch): string {
  return JSON.stringify([search.name, search.email, search.recordNumber, search.phone]);
}

/** The request body, or null when there is nothing to search for yet. */
export function toQuery(search: SeekerUrlSearch, ssn: string): SeekerSearchQuery | null {
  const { name, email, recordNumber: record, phone } = search;
  if (!hasCriterion({ ssn, name, email, recordNumber: record, phone })) return null;
  const recordNumber = parseRecordNumber(search.recordNumber);
  return {
    ssn: ssn.trim() || undefined,
    name: search.name.trim() || undefined,
    email: search.email.trim() || undefined,
    recordNumber: recordNumber ?? undefined,
    phone: search.phone.trim() || undefined,
    sort: search.sort,
    page: search.page,
    pageSize: SEEKER_PAGE_SIZE,
  };
}

/** SEEK-3: a search needs at least one criterion; each given one must have the right form. */
export function checkCriteria(criteria: SeekerCriteria, t: TFunction): FieldErrors {
  if (!hasCriterion(criteria)) return { criteria: t('seekers.search.errors.noCriterion') };
  const errors: FieldErrors = {};
  if (criteria.ssn.trim() && ssnDigits(criteria.ssn) === null)
    errors.ssn = t('seekers.search.errors.ssn');
  if (criteria.recordNumber.trim() && parseRecordNumber(criteria.recordNumber) === null)
    errors.recordNumber = t('seekers.search.errors.recordNumber');
  if (criteria.phone.trim() && digitsOf(criteria.phone).length !== 10)
    errors.phone = t('seekers.search.errors.phone');
  return errors;
}
