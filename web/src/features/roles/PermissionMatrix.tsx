import { ACCESS_LEVELS, MODULES, type AccessLevel, type ModuleKey } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '../../components/TableScroller';

interface PermissionMatrixProps {
  value: Record<ModuleKey, AccessLevel>;
  onChange(module: ModuleKey, level: AccessLevel): void;
}

export function permissionFieldId(module: ModuleKey): string {
  return `permission-${module.replace('.', '-')}`;
}

/**
 * SEC-2: one row per module with a select of its access level. The module name in the row header
 * is the select's label, so each control is named "Job seekers", "Audit log" and so on.
 */
export function PermissionMatrix({ value, onChange }: PermissionMatrixProps) {
  const { t } = useTranslation();
  return (
    <TableScroller labelledBy="permission-matrix-caption">
      <table className="usa-table usa-table--borderless onestop-matrix">
        <caption id="permission-matrix-caption">
          {t('roles.matrix.caption')}
          <span className="usa-hint display-block text-normal">{t('roles.matrix.hint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('roles.matrix.module')}</th>
            <th scope="col">{t('roles.matrix.level')}</th>
          </tr>
        </thead>
        <tbody>
          {MODULES.map((module) => {
            const id = permissionFieldId(module);
            return (
              <tr key={module}>
                <th scope="row">
                  <label htmlFor={id}>{t(`modules.${module}`)}</label>
                </th>
                <td>
                  <select
                    id={id}
                    name={id}
                    className="usa-select margin-top-0"
                    value={value[module]}
                    onChange={(event) => onChange(module, event.target.value as AccessLevel)}
                  >
                    {ACCESS_LEVELS.map((level) => (
                      <option key={level} value={level}>
                        {t(`levels.${level}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
