import { EMPLOYER_SIZES, OWNERSHIP_TYPES } from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { FieldGroup, SelectField, TextAreaField, TextField } from '../../components/fields';
import type { FieldErrors } from '../../components/form-errors';
import { US_STATES } from '../seekers/seeker-format';
import type { EmployerValues, OwnershipType, SizeClass } from './employer-form';

const P = 'employer-form';

/** Field name → the control an error summary link focuses. */
export const EMPLOYER_FIELD_IDS: Record<string, string> = {
  legalName: `${P}-legalName`,
  tradeName: `${P}-tradeName`,
  fein: `${P}-fein`,
  independentContractor: `${P}-independentContractor`,
  noFeinNote: `${P}-noFeinNote`,
  address1: `${P}-address1`,
  address2: `${P}-address2`,
  city: `${P}-city`,
  state: `${P}-state`,
  zip: `${P}-zip`,
  county: `${P}-county`,
  phone: `${P}-phone`,
  email: `${P}-email`,
  website: `${P}-website`,
  naicsCode: `${P}-naicsCode`,
  ownershipType: `${P}-ownershipType`,
  sizeClass: `${P}-sizeClass`,
};

type TextKey = Exclude<
  keyof EmployerValues,
  'independentContractor' | 'state' | 'ownershipType' | 'sizeClass' | 'noFeinNote'
>;

interface EmployerFieldsProps {
  values: EmployerValues;
  errors: FieldErrors;
  onChange(patch: Partial<EmployerValues>): void;
}

/** EMP-1, EMP-2: what staff enter for an employer. Only the legal name and the FEIN are required. */
export function EmployerFields({ values, errors, onChange }: EmployerFieldsProps) {
  const { t } = useTranslation();
  const optional = t('forms.optional');
  const text = (
    key: TextKey,
    maxLength: number,
    options: { hint?: string; required?: boolean; autoComplete?: string; type?: 'email' } = {},
  ) => (
    <TextField
      id={EMPLOYER_FIELD_IDS[key] ?? key}
      label={t(`employers.fields.${key}`)}
      value={values[key]}
      onChange={(value) => onChange({ [key]: value })}
      error={errors[key]}
      hint={options.hint ?? (options.required ? undefined : optional)}
      maxLength={maxLength}
      autoComplete={options.autoComplete ?? 'off'}
      required={options.required}
      type={options.type}
    />
  );

  return (
    <>
      <FieldGroup legend={t('employers.form.employerHeading')}>
        {text('legalName', 160, { required: true, hint: t('employers.form.legalNameHint') })}
        {text('tradeName', 160, { hint: t('employers.form.tradeNameHint') })}
      </FieldGroup>
      <FieldGroup legend={t('employers.form.feinHeading')}>
        {!values.independentContractor &&
          text('fein', 10, { required: true, hint: t('employers.form.feinHint') })}
        <Checkbox
          id={EMPLOYER_FIELD_IDS.independentContractor ?? ''}
          name="independentContractor"
          className="margin-top-2"
          label={t('employers.form.contractor')}
          labelDescription={t('employers.form.contractorHint')}
          checked={values.independentContractor}
          onChange={(event) => onChange({ independentContractor: event.target.checked })}
        />
        {values.independentContractor && (
          <TextAreaField
            id={EMPLOYER_FIELD_IDS.noFeinNote ?? ''}
            label={t('employers.fields.noFeinNote')}
            hint={t('employers.form.noFeinNoteHint')}
            value={values.noFeinNote}
            onChange={(noFeinNote) => onChange({ noFeinNote })}
            error={errors.noFeinNote}
            maxLength={1000}
            rows={3}
            required
          />
        )}
      </FieldGroup>
      <FieldGroup legend={t('employers.form.addressHeading')}>
        {text('address1', 120, { autoComplete: 'address-line1' })}
        {text('address2', 120, { autoComplete: 'address-line2' })}
        {text('city', 80, { autoComplete: 'address-level2' })}
        <SelectField
          id={EMPLOYER_FIELD_IDS.state ?? ''}
          label={t('employers.fields.state')}
          hint={optional}
          value={values.state}
          onChange={(state) => onChange({ state })}
          emptyOption={t('employers.form.choose')}
          options={US_STATES.map(([code, name]) => ({ value: code, label: `${code} – ${name}` }))}
          error={errors.state}
        />
        {text('zip', 10, { hint: t('employers.form.zipHint'), autoComplete: 'postal-code' })}
        {text('county', 80)}
      </FieldGroup>
      <FieldGroup legend={t('employers.form.contactHeading')}>
        {text('phone', 20, { hint: t('employers.form.phoneHint') })}
        {text('email', 254, { hint: t('employers.form.emailHint'), type: 'email' })}
        {text('website', 200, { hint: t('employers.form.websiteHint') })}
      </FieldGroup>
      <FieldGroup legend={t('employers.form.businessHeading')}>
        {text('naicsCode', 6, { hint: t('employers.form.naicsHint') })}
        <SelectField
          id={EMPLOYER_FIELD_IDS.ownershipType ?? ''}
          label={t('employers.fields.ownershipType')}
          hint={optional}
          value={values.ownershipType}
          onChange={(value) => onChange({ ownershipType: value as OwnershipType | '' })}
          emptyOption={t('employers.form.choose')}
          options={OWNERSHIP_TYPES.map((type) => ({
            value: type,
            label: t(`employers.ownership.${type}`),
          }))}
          error={errors.ownershipType}
        />
        <SelectField
          id={EMPLOYER_FIELD_IDS.sizeClass ?? ''}
          label={t('employers.fields.sizeClass')}
          hint={optional}
          value={values.sizeClass}
          onChange={(value) => onChange({ sizeClass: value as SizeClass | '' })}
          emptyOption={t('employers.form.choose')}
          options={EMPLOYER_SIZES.map((size) => ({
            value: size,
            label: t('employers.form.sizeOption', { size }),
          }))}
          error={errors.sizeClass}
        />
      </FieldGroup>
    </>
  );
}
