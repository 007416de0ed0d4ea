import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useOffices } from '../../api/offices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PasswordField, TextField } from '../../components/fields';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../session/session-context';
import { useCreateStaff, useRoleOptions } from './staff-api';
import {
  assignableOffices,
  checkStaffForm,
  EMPTY_STAFF_FORM,
  MIN_PASSWORD_LENGTH,
  type StaffFormValues,
} from './staff-form';
import { GeneralFields, GrantFields, OfficeFields } from './StaffFields';

const P = 'staff-new';
const FIELD_IDS: Record<keyof StaffFormValues, string> = {
  email: `${P}-email`,
  displayName: `${P}-displayName`,
  roleId: `${P}-roleId`,
  officeIds: `${P}-officeIds`,
  defaultOfficeId: `${P}-defaultOfficeId`,
  grants: `${P}-grants`,
  accessRequestRef: `${P}-accessRequestRef`,
  initialPassword: `${P}-initialPassword`,
};

/** SEC-6: an account is created by an administrator, on an approved access request. */
export function StaffCreatePage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const offices = useOffices();
  const roles = useRoleOptions();
  const create = useCreateStaff();
  const errors = useFormErrors();
  const [values, setValues] = useState<StaffFormValues>(EMPTY_STAFF_FORM);
  const change = (patch: Partial<StaffFormValues>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkStaffForm(values, ['create', 'general', 'offices'], t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    create.mutate(
      {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        roleId: values.roleId,
        officeIds: values.officeIds,
        defaultOfficeId: values.defaultOfficeId,
        grants: values.grants,
        accessRequestRef: values.accessRequestRef.trim(),
        initialPassword: values.initialPassword,
      },
      {
        onSuccess: (created) =>
          navigate(`/admin/staff/${created.id}`, { state: { notice: 'created' } }),
        onError: (error) => errors.showServerError(error),
      },
    );
  };

  return (
    <>
      <PageTitle>{t('staff.create.title')}</PageTitle>
      <p className="usa-intro">{t('staff.create.intro')}</p>
      {offices.isError && <QueryError error={offices.error} />}
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <p className="usa-hint">{t('forms.allRequired')}</p>
        <TextField
          id={FIELD_IDS.email}
          label={t('staff.fields.email')}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(email) => change({ email })}
          error={errors.fields.email}
          maxLength={254}
          required
        />
        <GeneralFields
          idPrefix={P}
          values={values}
          errors={errors.fields}
          onChange={change}
          roles={roles.data ?? []}
        />
        <OfficeFields
          idPrefix={P}
          values={values}
          errors={errors.fields}
          onChange={change}
          offices={assignableOffices(offices.data ?? [], session)}
        />
        <GrantFields
          idPrefix={P}
          values={values.grants}
          errors={errors.fields}
          onChange={(grants) => change({ grants })}
        />
        <TextField
          id={FIELD_IDS.accessRequestRef}
          label={t('staff.fields.accessRequestRef')}
          hint={t('staff.fields.accessRequestRefHint')}
          autoComplete="off"
          value={values.accessRequestRef}
          onChange={(accessRequestRef) => change({ accessRequestRef })}
          error={errors.fields.accessRequestRef}
          maxLength={60}
          required
        />
        <PasswordField
          id={FIELD_IDS.initialPassword}
          label={t('staff.fields.initialPassword')}
          hint={t('staff.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          value={values.initialPassword}
          onChange={(initialPassword) => change({ initialPassword })}
          error={errors.fields.initialPassword}
          required
        />
        <div className="margin-top-4">
          <Button type="submit" disabled={create.isPending}>
            {t('staff.create.submit')}
          </Button>
          <Link className="usa-button usa-button--unstyled margin-left-2" to="/admin/staff">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
