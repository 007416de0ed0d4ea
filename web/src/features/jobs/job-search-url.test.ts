import { describe, expect, it } from 'vitest';
import {
  criteriaFromSearch,
  paramsFromCriteria,
  paramsFromSearch,
  searchFromParams,
  toQuery,
} from './job-search-url';

describe('job search in the address', () => {
  it('SEEK-11: reads the criteria, sort and page, and writes back only what differs from the defaults', () => {
    const search = searchFromParams(
      new URLSearchParams('q=forklift&zip=40601&sort=distance&page=2&shift=night&bogus=1'),
    );
    expect(search).toMatchObject({
      q: 'forklift',
      zip: '40601',
      radiusMiles: '25',
      sort: 'distance',
      page: 2,
    });
    expect(paramsFromSearch(search).toString()).toBe(
      'q=forklift&zip=40601&shift=night&sort=distance&page=2',
    );
    expect(
      paramsFromSearch({ ...search, zip: '', radiusMiles: '50' }).get('radiusMiles'),
    ).toBeNull();
  });

  it('SEEK-11: a radius goes to the server only with a ZIP, and sorting by distance needs one', () => {
    const withoutZip = searchFromParams(
      new URLSearchParams('q=nurse&radiusMiles=50&sort=distance'),
    );
    expect(toQuery(withoutZip)).toMatchObject({
      q: 'nurse',
      radiusMiles: undefined,
      sort: 'relevance',
    });
    const withZip = searchFromParams(
      new URLSearchParams('zip=40601&payAtLeast=15.5&postedWithinDays=7'),
    );
    expect(criteriaFromSearch(withZip)).toMatchObject({
      zip: '40601',
      radiusMiles: 25,
      payAtLeast: 15.5,
      postedWithinDays: 7,
    });
  });

  it('SEEK-11: a saved search opens as the same search', () => {
    const params = paramsFromCriteria({
      q: 'forklift',
      zip: '40601',
      radiusMiles: 10,
      occupation: '53',
    });
    expect(params.toString()).toBe('q=forklift&zip=40601&radiusMiles=10&occupation=53');
  });
});
