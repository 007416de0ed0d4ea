import { GRANTS, type GrantKey, type Office, type RoleOption } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/form-errors';
import { useSession } from '../session/session-context';
import { withOffices, type StaffFormValues } from './staff-form';

type Change = (patch: Partial<StaffFormValues>) => void;

interface GeneralFieldsProps {
  values: Pick<StaffFormValues, 'displayName' | 'roleId'>;
  errors: FieldErrors;
  onChange: Change;
  roles: RoleOption[];
  idPrefix: string;
  /** Leaves the role out when the user cannot list roles. */
  hideRole?: boolean;
}

export function GeneralFields({
  values,
  errors,
  onChange,
  roles,
  idPrefix,
  hideRole,
}: GeneralFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-displayName`}
        label={t('staff.fields.displayName')}
        autoComplete="off"
        value={values.displayName}
        onChange={(displayName) => onChange({ displayName })}
        error={errors.displayName}
        maxLength={120}
        required
      />
      {!hideRole && (
        <SelectField
          id={`${idPrefix}-roleId`}
          label={t('staff.fields.role')}
          value={values.roleId}
          onChange={(roleId) => onChange({ roleId })}
          emptyOption={t('staff.fields.chooseRole')}
          options={roles
            // Only roles within the administrator's own access, plus the one the person has now.
            .filter((role) => role.assignable || role.id === values.roleId)
            .map((role) => ({ value: role.id, label: role.name }))}
          error={errors.roleId}
          required
        />
      )}
    </>
  );
}

interface OfficeFieldsProps {
  values: Pick<StaffFormValues, 'officeIds' | 'defaultOfficeId'>;
  errors: FieldErrors;
  onChange: Change;
  offices: Office[];
  idPrefix: string;
}

export function OfficeFields({ values, errors, onChange, offices, idPrefix }: OfficeFieldsProps) {
  const { t } = useTranslation();
  const granted = offices.filter((office) => values.officeIds.includes(office.id));
  return (
    <>
      <CheckboxGroup
        id={`${idPrefix}-officeIds`}
        legend={t('staff.fields.offices')}
        hint={t('staff.fields.officesHint')}
        options={offices.map((office) => ({ value: office.id, label: office.name }))}
        values={values.officeIds}
        onChange={(officeIds) => onChange(withOffices(values, officeIds))}
        error={errors.officeIds}
      />
      <SelectField
        id={`${idPrefix}-defaultOfficeId`}
        label={t('staff.fields.defaultOffice')}
        hint={t('staff.fields.defaultOfficeHint')}
        value={values.defaultOfficeId}
        onChange={(defaultOfficeId) => onChange({ defaultOfficeId })}
        emptyOption={granted.length === 0 ? t('staff.fields.chooseOfficesFirst') : undefined}
        options={granted.map((office) => ({ value: office.id, label: office.name }))}
        error={errors.defaultOfficeId}
        required
      />
    </>
  );
}

interface GrantFieldsProps {
  values: readonly GrantKey[];
  errors: FieldErrors;
  onChange(grants: GrantKey[]): void;
  idPrefix: string;
}

/** SEC-7: training grants. Only holders of the central-office grant may give it (server rule). */
export function GrantFields({ values, errors, onChange, idPrefix }: GrantFieldsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const mayGive = (grant: GrantKey) =>
    grant !== 'central_office' || session.grants.includes('central_office');
  const offered = GRANTS.filter((grant) => mayGive(grant) || values.includes(grant));
  return (
    <CheckboxGroup
      id={`${idPrefix}-grants`}
      legend={t('staff.fields.grants')}
      hint={t('staff.fields.grantsHint')}
      options={offered.map((grant) => ({ value: grant, label: t(`grants.${grant}`) }))}
      values={values}
      onChange={(grants) => onChange(grants as GrantKey[])}
      error={errors.grants}
    />
  );
}
