import type { Office } from '@onestop/contracts';
import { Button, FormGroup, Label } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { SelectField, TextField } from '../../components/fields';
import { EMPTY_AUDIT_SEARCH, type AuditSearch } from './audit-api';
import { KNOWN_ACTIONS, KNOWN_ENTITY_TYPES } from './audit-labels';

interface AuditFiltersProps {
  initial: AuditSearch;
  offices: Office[];
  onSearch(search: AuditSearch): void;
}

export function AuditFilters({ initial, offices, onSearch }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [dateError, setDateError] = useState<string | undefined>();
  const set = (patch: Partial<AuditSearch>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError(t('audit.filters.dateOrder'));
      document.getElementById('audit-filter-to')?.focus();
      return;
    }
    setDateError(undefined);
    onSearch({ ...draft, entityId: draft.entityId.trim(), page: 1 });
  };

  const dateField = (key: 'from' | 'to', label: string) => {
    const id = `audit-filter-${key}`;
    const error = key === 'to' ? dateError : undefined;
    return (
      <FormGroup error={Boolean(error)}>
        <Label htmlFor={id} error={Boolean(error)}>
          {label}
        </Label>
        <FieldError id={id} message={error} />
        <input
          id={id}
          name={id}
          type="date"
          className={error ? 'usa-input usa-input--error' : 'usa-input'}
          value={draft[key]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => set({ [key]: event.target.value })}
        />
      </FormGroup>
    );
  };

  return (
    <form role="search" aria-label={t('audit.filters.label')} onSubmit={submit} noValidate>
      <div className="grid-row grid-gap-2">
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          <SelectField
            id="audit-filter-action"
            label={t('audit.filters.action')}
            value={draft.action}
            onChange={(action) => set({ action })}
            emptyOption={t('audit.filters.anyAction')}
            options={KNOWN_ACTIONS.map((action) => ({
              value: action,
              label: t(`auditActions.${action}`),
            }))}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          <SelectField
            id="audit-filter-entityType"
            label={t('audit.filters.entityType')}
            value={draft.entityType}
            onChange={(entityType) => set({ entityType })}
            emptyOption={t('audit.filters.anyEntityType')}
            options={KNOWN_ENTITY_TYPES.map((type) => ({
              value: type,
              label: t(`entityTypes.${type}`),
            }))}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          <TextField
            id="audit-filter-entityId"
            label={t('audit.filters.entityId')}
            value={draft.entityId}
            onChange={(entityId) => set({ entityId })}
            maxLength={100}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          <SelectField
            id="audit-filter-office"
            label={t('audit.filters.office')}
            value={draft.officeId}
            onChange={(officeId) => set({ officeId })}
            emptyOption={t('audit.filters.anyOffice')}
            options={offices.map((office) => ({ value: office.id, label: office.name }))}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          {dateField('from', t('audit.filters.from'))}
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-4">
          {dateField('to', t('audit.filters.to'))}
        </div>
      </div>
      <div className="margin-top-2">
        <Button type="submit">{t('audit.filters.submit')}</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft(EMPTY_AUDIT_SEARCH);
            setDateError(undefined);
            onSearch(EMPTY_AUDIT_SEARCH);
          }}
        >
          {t('audit.filters.clear')}
        </Button>
      </div>
    </form>
  );
}
