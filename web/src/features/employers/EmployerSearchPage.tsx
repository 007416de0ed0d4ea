import { EMPLOYER_SORTS } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SelectField } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import {
  paramsFromSearch,
  searchFromParams,
  toQuery,
  type EmployerSort,
  type EmployerUrlSearch,
} from './employer-search';
import { EMPLOYER_PAGE_SIZE, useEmployerSearch } from './employers-api';
import { EmployerSearchForm } from './EmployerSearchForm';
import { EmployerTable } from './EmployerTable';

/** EMP-3: the server plans at most ten records at a time. */
const MAX_DUPLICATES = 10;
const SELECTION_ERROR_ID = 'employer-duplicates-selection-error';

/** The criteria part of the address: the selection of duplicates belongs to one search. */
const criteriaOf = ({ name, contactName, fein, contactEmail }: EmployerUrlSearch) =>
  JSON.stringify([name, contactName, fein, contactEmail]);

/**
 * EMP-2: staff search before creating. The criteria, sort and page live in the address for Back
 * and Forward. EMP-3: staff with Change pick records that are the same employer and resolve them.
 */
export function EmployerSearchPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const query = toQuery(search);
  const results = useEmployerSearch(query);
  const canAdd = can(session, 'employers', 'add');
  const canResolve = can(session, 'employers', 'change');
  const [selection, setSelection] = useState({ ids: [] as string[], with: '' });
  const selected = selection.with === criteriaOf(search) ? selection.ids : [];
  const [selectionError, setSelectionError] = useState<string | null>(null);
  const go = (next: EmployerUrlSearch) => setParams(paramsFromSearch(next));

  const resolve = () => {
    const problem =
      selected.length < 2
        ? t('employers.duplicates.chooseTwo')
        : selected.length > MAX_DUPLICATES
          ? t('employers.duplicates.chooseAtMost', { count: MAX_DUPLICATES })
          : null;
    setSelectionError(problem);
    if (problem) {
      // The message may be the same as before: focus it so that it is heard again.
      requestAnimationFrame(() => document.getElementById(SELECTION_ERROR_ID)?.focus());
      return;
    }
    navigate(`/employers/duplicates?ids=${selected.join(',')}`);
  };

  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('employers.search.title')}</PageTitle>
        {canAdd && (
          <Link className="usa-button" to="/employers/new">
            {t('employers.search.add')}
          </Link>
        )}
      </div>
      <p className="usa-intro">{t('employers.search.intro')}</p>
      <EmployerSearchForm
        key={params.toString()}
        initial={search}
        onSearch={(criteria) => go({ ...criteria, sort: search.sort, page: 1 })}
        onClear={() => setParams(new URLSearchParams())}
      />
      {query && (
        <section aria-labelledby="employer-results-heading" className="margin-top-4">
          <h2 id="employer-results-heading">{t('employers.search.resultsHeading')}</h2>
          <div className="grid-row grid-gap-2 flex-align-end">
            <div className="tablet:grid-col-6 desktop:grid-col-4">
              <SelectField
                id="employer-sort"
                label={t('employers.search.sort')}
                value={search.sort}
                onChange={(sort) => go({ ...search, sort: sort as EmployerSort, page: 1 })}
                options={EMPLOYER_SORTS.map((sort) => ({
                  value: sort,
                  label: t(`employers.search.sorts.${sort}`),
                }))}
              />
            </div>
          </div>
          <ResultsSummary
            page={search.page}
            pageSize={EMPLOYER_PAGE_SIZE}
            total={results.data?.total ?? 0}
            loading={results.isPending}
          />
          {results.isError && <QueryError error={results.error} />}
          {results.data && results.data.items.length > 0 && (
            <>
              {canResolve && <p className="usa-hint">{t('employers.duplicates.selectHint')}</p>}
              <EmployerTable
                id="employer-results"
                caption={t('employers.search.caption')}
                items={results.data.items}
                sortedByName={search.sort === 'name'}
                selection={
                  canResolve
                    ? {
                        ids: selected,
                        onToggle: (employer, on) => {
                          setSelectionError(null);
                          setSelection({
                            with: criteriaOf(search),
                            ids: on
                              ? [...selected, employer.id]
                              : selected.filter((id) => id !== employer.id),
                          });
                        },
                      }
                    : undefined
                }
              />
              {canResolve && (
                <div className="margin-top-2">
                  {selectionError && (
                    <div
                      id={SELECTION_ERROR_ID}
                      tabIndex={-1}
                      role="alert"
                      className="usa-alert usa-alert--error usa-alert--slim margin-bottom-2"
                    >
                      <div className="usa-alert__body">
                        <p className="usa-alert__text">{selectionError}</p>
                      </div>
                    </div>
                  )}
                  <Button type="button" outline onClick={resolve}>
                    {t('employers.duplicates.resolveSelected', { count: selected.length })}
                  </Button>
                </div>
              )}
            </>
          )}
          {results.data && (
            <Pagination
              page={search.page}
              pageSize={EMPLOYER_PAGE_SIZE}
              total={results.data.total}
              onChange={(page) => go({ ...search, page })}
            />
          )}
          {results.data && canAdd && (
            <p className="margin-top-3">
              {t('employers.search.notFound')}{' '}
              <Link className="usa-link" to="/employers/new">
                {t('employers.search.addLink')}
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
