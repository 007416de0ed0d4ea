import type {
  GrantKey,
  Office,
  RoleOption,
  StaffDetail,
  UpdateStaffRequest,
} from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../components/useFormErrors';
import { useFormatters } from '../../i18n/format';
import { useSessionApi } from '../session/session-context';
import { useUpdateStaff } from './staff-api';
import { checkStaffForm, EMPTY_STAFF_FORM, type StaffFormValues } from './staff-form';
import { GeneralFields, GrantFields, OfficeFields } from './StaffFields';

interface PanelProps {
  person: StaffDetail;
  /** False for a view-only user: details are shown, not a form (SEC-2). */
  editable: boolean;
  onSaved(): void;
}

function Details({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="onestop-details">
      {rows.map(([term, value]) => (
        <div key={term} className="onestop-details__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One tab's form: saves only its own fields, so a withheld tab's fields are never sent. */
function usePanelForm(
  person: StaffDetail,
  initial: Partial<StaffFormValues>,
  parts: ('general' | 'offices')[],
  toRequest: (values: StaffFormValues) => UpdateStaffRequest,
  onSaved: () => void,
) {
  const { t } = useTranslation();
  const { session, refresh } = useSessionApi();
  const update = useUpdateStaff(person.id);
  const errors = useFormErrors();
  const [values, setValues] = useState<StaffFormValues>({ ...EMPTY_STAFF_FORM, ...initial });
  const change = (patch: Partial<StaffFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkStaffForm(values, parts, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    update.mutate(toRequest(values), {
      onSuccess: () => {
        onSaved();
        // Changing one's own account changes the status line and, for a role, what one may do.
        if (person.id === session?.staff.id) void refresh();
      },
      onError: (error) => errors.showServerError(error),
    });
  };
  return { values, change, submit, errors, busy: update.isPending };
}

function SaveButton({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Button type="submit" className="margin-top-3" disabled={busy}>
      {t('common.saveChanges')}
    </Button>
  );
}

export function GeneralPanel({
  person,
  editable,
  onSaved,
  roles,
}: PanelProps & { roles: RoleOption[] | undefined }) {
  const { t } = useTranslation();
  const format = useFormatters();
  // Until the role list has loaded the role is shown, not offered for change.
  const canPickRole = roles !== undefined;
  const form = usePanelForm(
    person,
    { displayName: person.displayName, roleId: person.roleId },
    canPickRole ? ['general'] : [],
    (v) => ({ displayName: v.displayName.trim(), ...(canPickRole ? { roleId: v.roleId } : {}) }),
    onSaved,
  );
  const facts: [string, ReactNode][] = [
    [t('staff.fields.email'), person.email],
    [t('staff.fields.accessRequestRef'), person.accessRequestRef],
    [t('staff.fields.createdAt'), format.dateTime(person.createdAt)],
    [
      t('staff.fields.lastLogin'),
      person.lastLoginAt ? format.dateTime(person.lastLoginAt) : t('staff.neverSignedIn'),
    ],
  ];
  if (person.deactivatedAt) {
    facts.push([t('staff.fields.deactivatedAt'), format.dateTime(person.deactivatedAt)]);
  }
  if (!editable || !canPickRole) facts.unshift([t('staff.fields.role'), person.roleName]);
  if (!editable) facts.unshift([t('staff.fields.displayName'), person.displayName]);

  return (
    <>
      <Details rows={facts} />
      {editable && (
        <form className="usa-form usa-form--large" noValidate onSubmit={form.submit}>
          <ErrorSummary
            register={form.errors.registerSummary}
            message={form.errors.message}
            fieldErrors={form.errors.fields}
            fieldIds={{ displayName: 'staff-edit-displayName', roleId: 'staff-edit-roleId' }}
          />
          <GeneralFields
            idPrefix="staff-edit"
            values={form.values}
            errors={form.errors.fields}
            onChange={form.change}
            roles={roles ?? []}
            hideRole={!canPickRole}
          />
          <SaveButton busy={form.busy} />
        </form>
      )}
    </>
  );
}

export function OfficesPanel({
  person,
  editable,
  onSaved,
  offices,
}: PanelProps & { offices: Office[] }) {
  const { t } = useTranslation();
  const form = usePanelForm(
    person,
    { officeIds: person.offices.map((o) => o.id), defaultOfficeId: person.defaultOfficeId },
    ['offices'],
    (v) => ({ officeIds: v.officeIds, defaultOfficeId: v.defaultOfficeId }),
    onSaved,
  );
  if (!editable) {
    const defaultOffice = person.offices.find((o) => o.id === person.defaultOfficeId);
    return (
      <Details
        rows={[
          [t('staff.fields.offices'), person.offices.map((o) => o.name).join(', ')],
          [t('staff.fields.defaultOffice'), defaultOffice?.name ?? '—'],
        ]}
      />
    );
  }
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={form.submit}>
      <ErrorSummary
        register={form.errors.registerSummary}
        message={form.errors.message}
        fieldErrors={form.errors.fields}
        fieldIds={{
          officeIds: 'staff-edit-officeIds',
          defaultOfficeId: 'staff-edit-defaultOfficeId',
        }}
      />
      <OfficeFields
        idPrefix="staff-edit"
        values={form.values}
        errors={form.errors.fields}
        onChange={form.change}
        offices={offices}
      />
      <SaveButton busy={form.busy} />
    </form>
  );
}

export function GrantsPanel({ person, editable, onSaved }: PanelProps) {
  const { t } = useTranslation();
  const form = usePanelForm(
    person,
    { grants: person.grants },
    [],
    (v) => ({ grants: v.grants }),
    onSaved,
  );
  if (!editable) {
    const names = person.grants.map((grant: GrantKey) => t(`grants.${grant}`));
    return (
      <Details
        rows={[
          [t('staff.fields.grants'), names.length > 0 ? names.join(', ') : t('staff.noGrants')],
        ]}
      />
    );
  }
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={form.submit}>
      <ErrorSummary
        register={form.errors.registerSummary}
        message={form.errors.message}
        fieldErrors={form.errors.fields}
        fieldIds={{ grants: 'staff-edit-grants' }}
      />
      <GrantFields
        idPrefix="staff-edit"
        values={form.values.grants}
        errors={form.errors.fields}
        onChange={(grants) => form.change({ grants })}
      />
      <SaveButton busy={form.busy} />
    </form>
  );
}
