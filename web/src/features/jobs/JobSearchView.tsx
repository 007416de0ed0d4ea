import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import type { JobSearchHook } from './jobs-api';
import { JobResults } from './JobResults';
import { JobSearchForm } from './JobSearchForm';
import {
  paramsFromSearch,
  searchFromParams,
  toQuery,
  type JobCriteria,
  type JobUrlSearch,
} from './job-search-url';

interface JobSearchViewProps {
  id: string;
  useSearch: JobSearchHook;
  postingPath(id: string): string;
  showReserved?: boolean;
  /** Shown between the form and the results: "Save this search", for instance. */
  actions?: (criteria: JobCriteria) => ReactNode;
}

/**
 * SEEK-11: the search form and its results. The criteria, sort and page live in the address, so a
 * search can be linked to and Back and Forward step through searches.
 */
export function JobSearchView({
  id,
  useSearch,
  postingPath,
  showReserved,
  actions,
}: JobSearchViewProps) {
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const results = useSearch(toQuery(search));
  const go = (next: JobUrlSearch) => setParams(paramsFromSearch(next));
  // Field errors (an unknown ZIP) show on the form; anything else above the results.
  const fieldError =
    results.isError && results.error instanceof ApiError && results.error.fields.length > 0
      ? results.error
      : undefined;

  return (
    <>
      <JobSearchForm
        key={params.toString()}
        id={`${id}-form`}
        initial={search}
        serverError={fieldError}
        onSearch={(criteria) => go({ ...criteria, sort: search.sort, page: 1 })}
        onClear={() => setParams(new URLSearchParams())}
      />
      {actions?.(search)}
      {results.isError && !fieldError && <QueryError error={results.error} />}
      {!results.isError && (
        <JobResults
          id={`${id}-results`}
          search={search}
          result={results.data}
          loading={results.isFetching}
          onChange={go}
          postingPath={postingPath}
          showReserved={showReserved}
        />
      )}
    </>
  );
}
