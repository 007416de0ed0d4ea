import { JOB_SEARCH_SORTS, type JobSearchHit, type JobSearchResult } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { SelectField } from '../../components/fields';
import { Pagination } from '../../components/Pagination';
import { useFormatters } from '../../i18n/format';
import { Highlight, plainText } from './Highlight';
import { useJobFormat } from './job-format';
import { JOB_PAGE_SIZE, type JobSearchSort, type JobUrlSearch } from './job-search-url';

interface JobResultsProps {
  id: string;
  search: JobUrlSearch;
  result: JobSearchResult | undefined;
  loading: boolean;
  onChange(next: JobUrlSearch): void;
  /** Where a result leads: the public posting, the seeker's, or the staff record. */
  postingPath(id: string): string;
  /** Staff see that a posting is still reserved (JOB-9). */
  showReserved?: boolean;
}

function JobHit({
  hit,
  to,
  from,
  showReserved,
}: {
  hit: JobSearchHit;
  to: string;
  from: string;
  showReserved?: boolean;
}) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const place = format.place(hit);
  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading">
          {/* The title is read as one string; the marks are for the eye. */}
          <Link className="usa-link" to={to} state={{ from }} aria-label={plainText(hit.title)}>
            <Highlight runs={hit.title} />
          </Link>
          {showReserved && hit.reserved && (
            <span className="usa-tag margin-left-1">{t('jobs.results.reserved')}</span>
          )}
        </h3>
        <p className="margin-y-05 text-bold">{hit.employerName}</p>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          {place && <li className="usa-collection__meta-item">{place}</li>}
          {hit.distanceMiles !== null && (
            <li className="usa-collection__meta-item">{format.distance(hit.distanceMiles)}</li>
          )}
          <li className="usa-collection__meta-item">{format.pay(hit)}</li>
          {hit.employmentType && (
            <li className="usa-collection__meta-item">
              {t(`jobs.employmentTypes.${hit.employmentType}`)}
            </li>
          )}
          {hit.shift && (
            <li className="usa-collection__meta-item">{t(`jobs.shifts.${hit.shift}`)}</li>
          )}
          <li className="usa-collection__meta-item">
            {t('jobs.results.posted', { date: format.day(hit.postedAt) })}
          </li>
        </ul>
        <p className="usa-collection__description">
          <Highlight runs={hit.snippet} />
        </p>
      </div>
    </li>
  );
}

/** SEEK-11: the count (announced), sort, the postings found, and the pages. */
export function JobResults({
  id,
  search,
  result,
  loading,
  onChange,
  postingPath,
  showReserved,
}: JobResultsProps) {
  const { t } = useTranslation();
  const numbers = useFormatters();
  const headingId = `${id}-heading`;
  const sorts = JOB_SEARCH_SORTS.filter((sort) => sort !== 'distance' || search.zip.trim());
  // The posting page links back to these results, page and sort included.
  const from = useLocation().search;
  const total = result?.total ?? 0;

  return (
    <section aria-labelledby={headingId} aria-busy={loading} className="margin-top-4">
      <div className="grid-row grid-gap-2 flex-align-end">
        <div className="tablet:grid-col-8">
          {/* Polite: the count is read out when a search or a page change brings results. */}
          <h2 id={headingId} aria-live="polite" aria-atomic="true" className="margin-bottom-1">
            {loading && !result
              ? t('jobs.results.searching')
              : result?.totalCapped
                ? t('jobs.results.countCapped', { total: numbers.number(total) })
                : t('jobs.results.count', { count: total, total: numbers.number(total) })}
          </h2>
        </div>
        <div className="tablet:grid-col-4">
          <SelectField
            id={`${id}-sort`}
            label={t('jobs.results.sort')}
            value={sorts.includes(search.sort) ? search.sort : 'relevance'}
            onChange={(sort) => onChange({ ...search, sort: sort as JobSearchSort, page: 1 })}
            options={sorts.map((sort) => ({ value: sort, label: t(`jobs.results.sorts.${sort}`) }))}
          />
        </div>
      </div>
      {result && result.items.length === 0 && (
        <div className="usa-summary-box margin-top-2">
          <div className="usa-summary-box__body">
            <p className="usa-summary-box__heading text-bold">{t('jobs.results.empty')}</p>
            <p className="usa-summary-box__text margin-bottom-0">{t('jobs.results.emptyHint')}</p>
          </div>
        </div>
      )}
      {result && result.items.length > 0 && (
        <ul className="usa-collection" aria-labelledby={headingId}>
          {result.items.map((hit) => (
            <JobHit
              key={hit.id}
              hit={hit}
              to={postingPath(hit.id)}
              from={from}
              showReserved={showReserved}
            />
          ))}
        </ul>
      )}
      {result && (
        <Pagination
          page={search.page}
          pageSize={result.pageSize || JOB_PAGE_SIZE}
          total={result.total}
          onChange={(page) => {
            onChange({ ...search, page });
            document.getElementById(headingId)?.scrollIntoView?.({ block: 'start' });
          }}
        />
      )}
    </section>
  );
}
