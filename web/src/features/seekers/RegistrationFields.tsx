import { useTranslation } from 'react-i18next';
import { FieldGroup, SelectField, TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/form-errors';
import type { RegistrationValues } from './registration-form';
import { US_STATES } from './seeker-format';
import { BirthDateField, SsnField } from './SeekerFields';

export const REGISTRATION_PREFIX = 'seeker-new';

const P = REGISTRATION_PREFIX;

/** Field name → the control an error summary link focuses. */
export const REGISTRATION_FIELD_IDS: Record<string, string> = {
  firstName: `${P}-firstName`,
  middleInitial: `${P}-middleInitial`,
  lastName: `${P}-lastName`,
  birthDate: `${P}-birthDate-month`,
  ssn: `${P}-ssn`,
  email: `${P}-email`,
  phone: `${P}-phone`,
  address1: `${P}-address1`,
  address2: `${P}-address2`,
  city: `${P}-city`,
  state: `${P}-state`,
  zip: `${P}-zip`,
  county: `${P}-county`,
};

interface RegistrationFieldsProps {
  values: RegistrationValues;
  errors: FieldErrors;
  onChange(patch: Partial<RegistrationValues>): void;
}

/** SEEK-1, SEEK-4, SEEK-5: what staff enter for a person; SSN, email and address are optional. */
export function RegistrationFields({ values, errors, onChange }: RegistrationFieldsProps) {
  const { t } = useTranslation();
  const optional = t('forms.optional');
  const text = (
    key: Exclude<keyof RegistrationValues, 'birthDate' | 'state'>,
    label: string,
    options: { maxLength: number; hint?: string; autoComplete?: string; required?: boolean },
  ) => (
    <TextField
      id={REGISTRATION_FIELD_IDS[key] ?? key}
      label={label}
      value={values[key]}
      onChange={(value) => onChange({ [key]: value })}
      error={errors[key]}
      hint={options.hint ?? (options.required ? undefined : optional)}
      maxLength={options.maxLength}
      autoComplete={options.autoComplete ?? 'off'}
      required={options.required}
    />
  );

  return (
    <>
      <FieldGroup legend={t('seekers.fields.identityHeading')}>
        {text('firstName', t('seekers.fields.firstName'), { maxLength: 60, required: true })}
        {text('middleInitial', t('seekers.fields.middleInitial'), { maxLength: 1 })}
        {text('lastName', t('seekers.fields.lastName'), { maxLength: 60, required: true })}
        <BirthDateField
          id={`${P}-birthDate`}
          legend={t('seekers.fields.birthDate')}
          value={values.birthDate}
          onChange={(birthDate) => onChange({ birthDate })}
          error={errors.birthDate}
        />
        <SsnField
          id={`${P}-ssn`}
          label={t('seekers.fields.ssn')}
          hint={t('seekers.fields.ssnHint')}
          value={values.ssn}
          onChange={(ssn) => onChange({ ssn })}
          error={errors.ssn}
        />
      </FieldGroup>
      <FieldGroup legend={t('seekers.fields.contactHeading')}>
        {text('email', t('seekers.fields.email'), {
          maxLength: 254,
          hint: t('seekers.fields.emailHint'),
        })}
        {text('phone', t('seekers.fields.phone'), {
          maxLength: 20,
          hint: t('seekers.fields.phoneHint'),
        })}
      </FieldGroup>
      <FieldGroup legend={t('seekers.fields.addressHeading')}>
        {text('address1', t('seekers.fields.address1'), { maxLength: 120 })}
        {text('address2', t('seekers.fields.address2'), { maxLength: 120 })}
        {text('city', t('seekers.fields.city'), { maxLength: 80 })}
        <SelectField
          id={`${P}-state`}
          label={t('seekers.fields.state')}
          hint={optional}
          value={values.state}
          onChange={(state) => onChange({ state })}
          emptyOption={t('seekers.fields.chooseState')}
          options={US_STATES.map(([code, name]) => ({ value: code, label: `${code} – ${name}` }))}
          error={errors.state}
        />
        {text('zip', t('seekers.fields.zip'), { maxLength: 10, hint: t('seekers.fields.zipHint') })}
        {text('county', t('seekers.fields.county'), { maxLength: 80 })}
      </FieldGroup>
    </>
  );
}
