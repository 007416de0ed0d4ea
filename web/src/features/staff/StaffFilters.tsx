import type { Office, RoleOption } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import type { StaffSearch } from './staff-api';

interface StaffFiltersProps {
  initial: StaffSearch;
  offices: Office[];
  /** Undefined when the user may not list roles; the role filter is then left out. */
  roles: RoleOption[] | undefined;
  onSearch(search: StaffSearch): void;
}

const EMPTY: StaffSearch = { q: '', officeId: '', roleId: '', status: 'active', page: 1 };

export function StaffFilters({ initial, offices, roles, onSearch }: StaffFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof StaffSearch>(key: K, value: StaffSearch[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, q: draft.q.trim(), page: 1 });
  };

  return (
    <form
      role="search"
      aria-label={t('staff.filters.label')}
      onSubmit={submit}
      className="onestop-filters"
    >
      <div className="grid-row grid-gap-2">
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <TextField
            id="staff-filter-q"
            label={t('staff.filters.q')}
            value={draft.q}
            onChange={(value) => set('q', value)}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id="staff-filter-office"
            label={t('staff.filters.office')}
            value={draft.officeId}
            onChange={(value) => set('officeId', value)}
            emptyOption={t('staff.filters.anyOffice')}
            options={offices.map((o) => ({ value: o.id, label: o.name }))}
          />
        </div>
        {roles && (
          <div className="tablet:grid-col-6 desktop:grid-col-3">
            <SelectField
              id="staff-filter-role"
              label={t('staff.filters.role')}
              value={draft.roleId}
              onChange={(value) => set('roleId', value)}
              emptyOption={t('staff.filters.anyRole')}
              options={roles.map((r) => ({ value: r.id, label: r.name }))}
            />
          </div>
        )}
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id="staff-filter-status"
            label={t('staff.filters.status')}
            value={draft.status}
            onChange={(value) => set('status', value as StaffSearch['status'])}
            options={[
              { value: 'active', label: t('staff.filters.statusActive') },
              { value: 'inactive', label: t('staff.filters.statusInactive') },
              { value: 'all', label: t('staff.filters.statusAll') },
            ]}
          />
        </div>
      </div>
      <div className="margin-top-2">
        <Button type="submit">{t('staff.filters.submit')}</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft(EMPTY);
            onSearch(EMPTY);
          }}
        >
          {t('staff.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
