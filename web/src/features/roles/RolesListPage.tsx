import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { useCan } from '../session/useCan';
import { useRoles } from './roles-api';

export function RolesListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const roles = useRoles();
  const canAdd = useCan('admin.roles', 'add');

  return (
    <>
      <div className="onestop-page-header">
        <PageTitle>{t('roles.list.title')}</PageTitle>
        {canAdd && (
          <Link className="usa-button" to="/admin/roles/new">
            {t('roles.list.add')}
          </Link>
        )}
      </div>
      <p className="usa-intro">{t('roles.list.intro')}</p>
      {roles.isPending && <p role="status">{t('common.loading')}</p>}
      {roles.isError && !roles.data && <QueryError error={roles.error} />}
      {roles.data && (
        <TableScroller labelledBy="roles-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="roles-caption">{t('roles.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roles.fields.name')}</th>
                <th scope="col">{t('roles.fields.scope')}</th>
                <th scope="col">{t('roles.fields.builtIn')}</th>
                <th scope="col">{t('roles.fields.staffCount')}</th>
              </tr>
            </thead>
            <tbody>
              {roles.data.map((role) => (
                <tr key={role.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/admin/roles/${role.id}`}>
                      {role.name}
                    </Link>
                  </th>
                  <td>{t(`scopes.${role.scope}`)}</td>
                  <td>{role.isSystem ? t('common.yes') : t('common.no')}</td>
                  <td>{format.number(role.staffCount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
    </>
  );
}
