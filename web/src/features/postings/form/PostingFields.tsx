import {
  EDUCATION_LEVELS,
  ENDORSEMENTS,
  LICENSE_CLASSES,
  ORDER_INTAKE_METHODS,
  PAY_UNITS,
  POSTING_CONTACT_METHODS,
  POSTING_EMPLOYMENT_TYPES,
  POSTING_SHIFTS,
  POSTING_WORK_DAYS,
} from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '../../../components/fields';
import type { FieldErrors } from '../../../components/form-errors';
import { ResumeTextArea } from '../../portal/resume/ResumeTextArea';
import { US_STATES } from '../../seekers/seeker-format';
import { DateField, Group, NumberField } from './form-controls';
import {
  DESCRIPTION_MAX,
  localDay,
  OTHER_ADDRESS,
  type PostingAudience,
  type PostingFormMode,
  type PostingValues,
} from './posting-form';
import { StaffOnlyFields } from './StaffOnlyFields';

const P = 'posting-form';

/** Field name → the control an error summary link focuses. */
export const POSTING_FIELD_IDS: Record<string, string> = Object.fromEntries(
  [
    'title',
    'description',
    'intakeMethod',
    'openings',
    'payMin',
    'payMax',
    'payUnit',
    'hoursPerWeek',
    'employmentType',
    'shift',
    'workDays',
    'experienceMonths',
    'educationLevel',
    'licenseClass',
    'endorsements',
    'keyboardingWpm',
    'publicTransportation',
    'location',
    'address1',
    'city',
    'state',
    'zip',
    'contactMethod',
    'contactEmail',
    'contactUrl',
    'howToApply',
    'applicationDeadline',
    'stateSource',
    'federalSource',
    'outOfArea',
    'programType',
    'subsidized',
    'reservation',
    'staffingAgency',
    'worksiteCompany',
    'staffComments',
    'laborDisputeNotAtIssue',
  ].map((key) => [key, `${P}-${key}`]),
);
// The server names the establishment by its column.
POSTING_FIELD_IDS.locationId = `${P}-location`;

export interface LocationOption {
  id: string;
  label: string;
}

export interface PostingFieldsProps {
  values: PostingValues;
  errors: FieldErrors;
  onChange(patch: Partial<PostingValues>): void;
  /** 'employer' hides what only staff set: intake, sources, program type, comments (JOB-5, 10). */
  audience: PostingAudience;
  mode: PostingFormMode;
  /** The employer's establishments (EMP-8), offered as the place of work. */
  locations: LocationOption[];
  /** JOB-11: the employer is in a labor dispute, so staff must say this position is not at issue. */
  laborDispute?: boolean;
}

type Key = keyof PostingValues;

/**
 * JOB-4: what a job order says. Staff take it (JOB-1) and employers enter it in their portal; the
 * staff-only parts are left out for employers. Openings and how to apply are asked only when the
 * posting is new: afterwards they change through their own actions, which leave notes (JOB-2, 6).
 */
export function PostingFields(props: PostingFieldsProps) {
  const { values, errors, onChange, audience, mode, locations } = props;
  const { t } = useTranslation();
  const optional = t('forms.optional');
  const creating = mode === 'create';
  const id = (key: string) => POSTING_FIELD_IDS[key] ?? `${P}-${key}`;
  const options = (group: string, list: readonly string[]) =>
    list.map((value) => ({ value, label: t(`postings.options.${group}.${value}` as never) }));
  const text = (key: Key, maxLength: number, extra: { hint?: string; type?: 'email' } = {}) => (
    <TextField
      id={id(key)}
      label={t(`postings.fields.${key}` as never)}
      value={values[key] as string}
      onChange={(value) => onChange({ [key]: value })}
      error={errors[key]}
      hint={extra.hint ?? optional}
      maxLength={maxLength}
      autoComplete="off"
      type={extra.type}
    />
  );
  const select = (key: Key, group: string, list: readonly string[], required = false) => (
    <SelectField
      id={id(key)}
      label={t(`postings.fields.${key}` as never)}
      hint={required ? undefined : optional}
      value={values[key] as string}
      onChange={(value) => onChange({ [key]: value })}
      emptyOption={t('postings.form.choose')}
      options={options(group, list)}
      error={errors[key]}
      required={required}
    />
  );
  const count = (key: Key, hint?: string, decimal = false) => (
    <NumberField
      id={id(key)}
      label={t(`postings.fields.${key}` as never)}
      hint={hint ?? optional}
      value={values[key] as string}
      onChange={(value) => onChange({ [key]: value })}
      error={errors[key]}
      decimal={decimal}
    />
  );

  return (
    <>
      {audience === 'staff' && creating && (
        <Group legend={t('postings.form.intakeHeading')}>
          {select('intakeMethod', 'intake', ORDER_INTAKE_METHODS, true)}
          <Checkbox
            id={id('outOfArea')}
            name="outOfArea"
            className="margin-top-2"
            label={t('postings.fields.outOfArea')}
            labelDescription={t('postings.form.outOfAreaHint')}
            checked={values.outOfArea}
            onChange={(event) => onChange({ outOfArea: event.target.checked })}
          />
        </Group>
      )}
      <Group legend={t('postings.form.jobHeading')}>
        <TextField
          id={id('title')}
          label={t('postings.fields.title')}
          value={values.title}
          onChange={(title) => onChange({ title })}
          error={errors.title}
          maxLength={120}
          autoComplete="off"
          required
        />
        <ResumeTextArea
          id={id('description')}
          label={t('postings.fields.description')}
          hint={t('postings.form.descriptionHint')}
          value={values.description}
          onChange={(description) => onChange({ description })}
          maxLength={DESCRIPTION_MAX}
          rows={10}
          error={errors.description}
        />
        {creating && count('openings', t('postings.form.openingsHint'))}
        {select('employmentType', 'employmentType', POSTING_EMPLOYMENT_TYPES)}
        {count('hoursPerWeek')}
        {select('shift', 'shift', POSTING_SHIFTS)}
        <CheckboxGroup
          id={id('workDays')}
          legend={t('postings.fields.workDays')}
          hint={optional}
          options={options('workDays', POSTING_WORK_DAYS)}
          values={values.workDays}
          onChange={(workDays) => onChange({ workDays })}
          error={errors.workDays}
        />
      </Group>
      <Group legend={t('postings.form.payHeading')}>
        {count('payMin', t('postings.form.payHint'), true)}
        {count('payMax', t('postings.form.payHint'), true)}
        {select('payUnit', 'payUnit', PAY_UNITS)}
      </Group>
      <Group legend={t('postings.form.requirementsHeading')}>
        {count('experienceMonths', t('postings.form.experienceHint'))}
        {select('educationLevel', 'education', EDUCATION_LEVELS)}
        {select('licenseClass', 'licenseClass', LICENSE_CLASSES)}
        <CheckboxGroup
          id={id('endorsements')}
          legend={t('postings.fields.endorsements')}
          hint={optional}
          options={options('endorsement', ENDORSEMENTS)}
          values={values.endorsements}
          onChange={(endorsements) => onChange({ endorsements })}
          error={errors.endorsements}
        />
        {count('keyboardingWpm', t('postings.form.keyboardingHint'))}
      </Group>
      <Group legend={t('postings.form.placeHeading')}>
        <SelectField
          id={id('location')}
          label={t('postings.fields.location')}
          value={values.location}
          onChange={(location) => onChange({ location })}
          options={[
            { value: '', label: t('postings.form.employerAddress') },
            ...locations.map((location) => ({ value: location.id, label: location.label })),
            { value: OTHER_ADDRESS, label: t('postings.form.otherAddress') },
          ]}
          error={errors.location}
        />
        {values.location === OTHER_ADDRESS && (
          <>
            {text('address1', 120)}
            {text('city', 80)}
            <SelectField
              id={id('state')}
              label={t('postings.fields.state')}
              hint={optional}
              value={values.state}
              onChange={(state) => onChange({ state })}
              emptyOption={t('postings.form.choose')}
              options={US_STATES.map(([code, name]) => ({
                value: code,
                label: `${code} – ${name}`,
              }))}
              error={errors.state}
            />
            <TextField
              id={id('zip')}
              label={t('postings.fields.zip')}
              hint={t('postings.form.zipHint')}
              value={values.zip}
              onChange={(zip) => onChange({ zip })}
              error={errors.zip}
              maxLength={10}
              autoComplete="off"
              required
            />
          </>
        )}
        <SelectField
          id={id('publicTransportation')}
          label={t('postings.fields.publicTransportation')}
          hint={optional}
          value={values.publicTransportation}
          onChange={(publicTransportation) => onChange({ publicTransportation })}
          emptyOption={t('postings.form.notSaid')}
          options={[
            { value: 'yes', label: t('common.yes') },
            { value: 'no', label: t('common.no') },
          ]}
          error={errors.publicTransportation}
        />
      </Group>
      <Group legend={t('postings.form.applyHeading')}>
        {creating && (
          <>
            {select('contactMethod', 'contactMethod', POSTING_CONTACT_METHODS)}
            {text('contactEmail', 254, {
              type: 'email',
              hint: t('postings.form.contactEmailHint'),
            })}
            {text('contactUrl', 500, { hint: t('postings.form.contactUrlHint') })}
            <TextAreaField
              id={id('howToApply')}
              label={t('postings.fields.howToApply')}
              hint={optional}
              value={values.howToApply}
              onChange={(howToApply) => onChange({ howToApply })}
              error={errors.howToApply}
              maxLength={2000}
              rows={3}
            />
          </>
        )}
        <DateField
          id={id('applicationDeadline')}
          label={t('postings.fields.applicationDeadline')}
          hint={t('postings.form.deadlineHint')}
          value={values.applicationDeadline}
          min={localDay()}
          onChange={(applicationDeadline) => onChange({ applicationDeadline })}
          error={errors.applicationDeadline}
        />
      </Group>
      <Group legend={t('postings.form.agencyHeading')}>
        <Checkbox
          id={id('staffingAgency')}
          name="staffingAgency"
          label={t('postings.fields.staffingAgency')}
          labelDescription={t('postings.form.staffingAgencyHint')}
          checked={values.staffingAgency}
          onChange={(event) => onChange({ staffingAgency: event.target.checked })}
        />
        {values.staffingAgency && (
          <TextField
            id={id('worksiteCompany')}
            label={t('postings.fields.worksiteCompany')}
            hint={t('postings.form.worksiteHint')}
            value={values.worksiteCompany}
            onChange={(worksiteCompany) => onChange({ worksiteCompany })}
            error={errors.worksiteCompany}
            maxLength={160}
            autoComplete="off"
            required
          />
        )}
        <Checkbox
          id={id('subsidized')}
          name="subsidized"
          className="margin-top-2"
          label={t('postings.fields.subsidized')}
          labelDescription={t('postings.form.subsidizedHint')}
          checked={values.subsidized}
          onChange={(event) => onChange({ subsidized: event.target.checked })}
        />
      </Group>
      {audience === 'staff' && <StaffOnlyFields {...props} idOf={id} />}
    </>
  );
}
