import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useOffices } from '../../api/offices';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { STAFF_PAGE_SIZE, useRoleOptions, useStaffList } from './staff-api';
import { paramsFromSearch, searchFromParams } from './staff-search';
import { StaffFilters } from './StaffFilters';
import { StaffStatusTag } from './StaffStatusTag';

export function StaffListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const list = useStaffList(search);
  const offices = useOffices();
  const roles = useRoleOptions();

  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('staff.list.title')}</PageTitle>
        {can(session, 'admin.staff', 'add') && (
          <Link className="usa-button" to="/admin/staff/new">
            {t('staff.list.add')}
          </Link>
        )}
      </div>
      <StaffFilters
        key={params.toString()}
        initial={search}
        offices={offices.data ?? []}
        roles={roles.data ?? []}
        onSearch={(next) => setParams(paramsFromSearch(next))}
      />
      <ResultsSummary
        page={search.page}
        pageSize={STAFF_PAGE_SIZE}
        total={list.data?.total ?? 0}
        loading={list.isPending}
      />
      {list.isError && !list.data && <QueryError error={list.error} />}
      {list.data && list.data.items.length > 0 && (
        <TableScroller labelledBy="staff-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="staff-caption">{t('staff.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.fields.displayName')}</th>
                <th scope="col">{t('staff.fields.email')}</th>
                <th scope="col">{t('staff.fields.role')}</th>
                <th scope="col">{t('staff.fields.offices')}</th>
                <th scope="col">{t('staff.fields.status')}</th>
                <th scope="col">{t('staff.fields.lastLogin')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((person) => (
                <tr key={person.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/admin/staff/${person.id}`}>
                      {person.displayName}
                    </Link>
                  </th>
                  <td>{person.email}</td>
                  <td>{person.roleName}</td>
                  <td>{person.offices.map((o) => o.name).join(', ')}</td>
                  <td>
                    <StaffStatusTag staff={person} />
                  </td>
                  <td>
                    {person.lastLoginAt
                      ? format.dateTime(person.lastLoginAt)
                      : t('staff.neverSignedIn')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {list.data && (
        <Pagination
          page={search.page}
          pageSize={STAFF_PAGE_SIZE}
          total={list.data.total}
          onChange={(page) => setParams(paramsFromSearch({ ...search, page }))}
        />
      )}
    </>
  );
}
