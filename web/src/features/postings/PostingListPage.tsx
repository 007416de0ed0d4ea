import { POSTING_STATUSES, type PostingStatus, type PostingSummary } from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { SelectField } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { TableScroller } from '../../components/TableScroller';
import { useCalendarDate } from '../seekers/seeker-format';
import { useSession } from '../session/session-context';
import { mayEnterPostings, mayReviewPostings } from './posting-access';
import { POSTING_PAGE_SIZE, usePostingList, type PostingFilters } from './postings-api';
import { PostingTags } from './PostingTags';

function filtersFrom(params: URLSearchParams): PostingFilters {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  return {
    mine: params.get('mine') === 'true',
    status: (POSTING_STATUSES as readonly string[]).includes(status)
      ? (status as PostingStatus)
      : '',
    employerId: params.get('employerId') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function paramsFrom(filters: PostingFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.mine) out.mine = 'true';
  if (filters.status) out.status = filters.status;
  if (filters.employerId) out.employerId = filters.employerId;
  if (filters.page > 1) out.page = String(filters.page);
  return out;
}

/** RPT-3: the job orders staff may see, narrowed to their own, a status or one employer. */
export function PostingListPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const list = usePostingList(filters);
  const data = list.data;
  const set = (patch: Partial<PostingFilters>) =>
    setParams(paramsFrom({ ...filters, page: 1, ...patch }), { replace: true });

  return (
    <>
      <PageTitle>{t('postings.list.title')}</PageTitle>
      <p className="usa-intro">{t('postings.list.intro')}</p>
      <div className="display-flex flex-wrap flex-align-center">
        {mayEnterPostings(session) && (
          <Link className="usa-button margin-right-2" to="/postings/new">
            {t('postings.list.new')}
          </Link>
        )}
        {mayReviewPostings(session) && (
          <Link className="usa-button usa-button--outline" to="/postings/approvals">
            {t('postings.approvals.title')}
          </Link>
        )}
      </div>
      <section aria-label={t('postings.list.filters')} className="usa-form maxw-none margin-y-2">
        <div className="grid-row grid-gap flex-align-end">
          <div className="grid-col-auto">
            <SelectField
              id="postings-filter-status"
              label={t('postings.fields.status')}
              value={filters.status}
              onChange={(status) => set({ status: status as PostingStatus | '' })}
              emptyOption={t('postings.list.anyStatus')}
              options={POSTING_STATUSES.map((status) => ({
                value: status,
                label: t(`postings.status.${status}`),
              }))}
            />
          </div>
          <div className="grid-col-auto padding-bottom-1">
            <Checkbox
              id="postings-filter-mine"
              name="mine"
              label={t('postings.list.mine')}
              checked={filters.mine}
              onChange={(event) => set({ mine: event.target.checked })}
            />
          </div>
        </div>
        {filters.employerId && (
          <p>
            {t('postings.list.oneEmployer', {
              name: data?.items[0]?.employer.name ?? t('postings.list.thisEmployer'),
            })}{' '}
            <button
              type="button"
              className="usa-button usa-button--unstyled"
              onClick={() => set({ employerId: '' })}
            >
              {t('postings.list.allEmployers')}
            </button>
          </p>
        )}
      </section>
      <ResultsSummary
        page={filters.page}
        pageSize={POSTING_PAGE_SIZE}
        total={data?.total ?? 0}
        loading={list.isPending}
      />
      {list.isError && <QueryError error={list.error} />}
      {data && data.items.length === 0 && <p>{t('postings.list.empty')}</p>}
      {data && data.items.length > 0 && (
        <PostingTable
          id="postings-table"
          caption={t('postings.list.caption')}
          items={data.items}
          onEmployer={(employerId) => set({ employerId })}
        />
      )}
      {data && (
        <Pagination
          page={filters.page}
          pageSize={POSTING_PAGE_SIZE}
          total={data.total}
          onChange={(page) => set({ page })}
        />
      )}
    </>
  );
}

interface PostingTableProps {
  id: string;
  caption: string;
  items: PostingSummary[];
  onEmployer?(employerId: string): void;
}

export function PostingTable({ id, caption, items, onEmployer }: PostingTableProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  return (
    <TableScroller labelledBy={`${id}-caption`}>
      <table className="usa-table usa-table--striped width-full" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('postings.fields.title')}</th>
            <th scope="col">{t('postings.fields.recordNumber')}</th>
            <th scope="col">{t('postings.fields.employer')}</th>
            <th scope="col">{t('postings.fields.place')}</th>
            <th scope="col">{t('postings.fields.openings')}</th>
            <th scope="col">{t('postings.fields.owner')}</th>
            <th scope="col">{t('postings.fields.applicationDeadline')}</th>
            <th scope="col">{t('postings.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((posting) => (
            <tr key={posting.id}>
              <th scope="row">
                <Link className="usa-link" to={`/postings/${posting.id}`}>
                  {posting.title}
                </Link>
              </th>
              <td className="text-no-wrap">{posting.recordNumber}</td>
              <td>
                {onEmployer ? (
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled text-left"
                    onClick={() => onEmployer(posting.employer.id)}
                    aria-label={t('postings.list.filterEmployer', { name: posting.employer.name })}
                  >
                    {posting.employer.name}
                  </button>
                ) : (
                  posting.employer.name
                )}
              </td>
              <td>{[posting.city, posting.state].filter(Boolean).join(', ') || '—'}</td>
              <td>{posting.openings}</td>
              <td>{posting.owner?.name ?? '—'}</td>
              <td className="text-no-wrap">
                {posting.applicationDeadline ? calendarDate(posting.applicationDeadline) : '—'}
              </td>
              <td>
                <PostingTags posting={posting} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
