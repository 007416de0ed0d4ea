import { SEEKER_SORTS } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SelectField } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import {
  criteriaKey,
  paramsFromSearch,
  searchFromParams,
  toQuery,
  type SeekerSort,
  type SeekerUrlSearch,
} from './seeker-search';
import { SEEKER_PAGE_SIZE, useSeekerSearch } from './seekers-api';
import { SeekerSearchForm } from './SeekerSearchForm';
import { SeekerTable } from './SeekerTable';

/**
 * SEEK-3: search comes before creating. Name, email, record number, phone, sort and page live in
 * the address for Back and Forward; the SSN is kept in this page's memory only, never in a URL.
 */
export function SeekerSearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  // The SSN belongs to the search it was typed with: it applies while the address holds the same
  // other criteria (sorting and paging keep it), and not to a different search reached by Back.
  const [typed, setTyped] = useState({ ssn: '', with: criteriaKey(search) });
  const ssn = typed.with === criteriaKey(search) ? typed.ssn : '';
  const query = toQuery(search, ssn);
  const results = useSeekerSearch(query);
  const go = (next: SeekerUrlSearch) => setParams(paramsFromSearch(next));

  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('seekers.search.title')}</PageTitle>
        {can(session, 'seekers', 'add') && (
          <Link className="usa-button" to="/seekers/new">
            {t('seekers.search.register')}
          </Link>
        )}
      </div>
      <p className="usa-intro">{t('seekers.search.intro')}</p>
      <SeekerSearchForm
        // A new address (Back, Forward, a link) starts the form from it, with the SSN only if it applies.
        key={params.toString()}
        initial={{
          ssn,
          name: search.name,
          email: search.email,
          recordNumber: search.recordNumber,
          phone: search.phone,
        }}
        onSearch={({ ssn: typedSsn, ...criteria }) => {
          const next = { ...criteria, sort: search.sort, page: 1 };
          setTyped({ ssn: typedSsn.trim(), with: criteriaKey(next) });
          go(next);
        }}
        onClear={() => {
          setTyped({ ssn: '', with: '' });
          setParams(new URLSearchParams());
        }}
      />
      {query && (
        <section aria-labelledby="seeker-results-heading" className="margin-top-4">
          <h2 id="seeker-results-heading">{t('seekers.search.resultsHeading')}</h2>
          <div className="grid-row grid-gap-2 flex-align-end">
            <div className="tablet:grid-col-6 desktop:grid-col-4">
              <SelectField
                id="seeker-sort"
                label={t('seekers.search.sort')}
                value={search.sort}
                onChange={(sort) => go({ ...search, sort: sort as SeekerSort, page: 1 })}
                options={SEEKER_SORTS.map((sort) => ({
                  value: sort,
                  label: t(`seekers.search.sorts.${sort}`),
                }))}
              />
            </div>
          </div>
          <ResultsSummary
            page={search.page}
            pageSize={SEEKER_PAGE_SIZE}
            total={results.data?.total ?? 0}
            loading={results.isPending}
          />
          {results.isError && <QueryError error={results.error} />}
          {results.data && results.data.items.length > 0 && (
            <SeekerTable
              id="seeker-results"
              caption={t('seekers.search.caption')}
              items={results.data.items}
            />
          )}
          {results.data && (
            <Pagination
              page={search.page}
              pageSize={SEEKER_PAGE_SIZE}
              total={results.data.total}
              onChange={(page) => go({ ...search, page })}
            />
          )}
          {results.data && can(session, 'seekers', 'add') && (
            <p className="margin-top-3">
              {t('seekers.search.notFound')}{' '}
              <Link className="usa-link" to="/seekers/new">
                {t('seekers.search.registerLink')}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
