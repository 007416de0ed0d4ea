import {
  POSTING_FEDERAL_SOURCES,
  POSTING_PROGRAM_TYPES,
  POSTING_STATE_SOURCES,
} from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField } from '../../../components/fields';
import { Group } from './form-controls';
import type { PostingFieldsProps } from './PostingFields';

/** The reservation windows a job owner may choose (JOB-9). */
export const RESERVATION_DAYS = ['3', '5', '7'] as const;

/**
 * What staff alone set on an order: its sources for reporting (JOB-5), program type (JOB-10),
 * reservation (JOB-9), confidential comments (JOB-12) and the labor-dispute finding (JOB-11).
 */
export function StaffOnlyFields({
  values,
  errors,
  onChange,
  mode,
  laborDispute,
  idOf,
}: PostingFieldsProps & { idOf(key: string): string }) {
  const { t } = useTranslation();
  const options = (group: string, list: readonly string[]) =>
    list.map((value) => ({ value, label: t(`postings.options.${group}.${value}` as never) }));
  return (
    <Group legend={t('postings.form.staffHeading')}>
      <SelectField
        id={idOf('stateSource')}
        label={t('postings.fields.stateSource')}
        value={values.stateSource}
        onChange={(stateSource) => onChange({ stateSource })}
        options={options('stateSource', POSTING_STATE_SOURCES)}
        error={errors.stateSource}
        required
      />
      <SelectField
        id={idOf('federalSource')}
        label={t('postings.fields.federalSource')}
        value={values.federalSource}
        onChange={(federalSource) => onChange({ federalSource })}
        options={options('federalSource', POSTING_FEDERAL_SOURCES)}
        error={errors.federalSource}
        required
      />
      <SelectField
        id={idOf('programType')}
        label={t('postings.fields.programType')}
        hint={t('postings.form.programTypeHint')}
        value={values.programType}
        onChange={(programType) => onChange({ programType })}
        options={options('programType', POSTING_PROGRAM_TYPES)}
        error={errors.programType}
        required
      />
      {mode === 'create' && (
        <SelectField
          id={idOf('reservation')}
          label={t('postings.fields.reservation')}
          hint={t('postings.form.reservationHint')}
          value={values.reservation}
          onChange={(reservation) => onChange({ reservation })}
          emptyOption={t('postings.form.notReserved')}
          options={[
            ...RESERVATION_DAYS.map((days) => ({
              value: days,
              label: t('postings.form.reserveDays', { count: Number(days) }),
            })),
            ...(values.subsidized
              ? [{ value: 'indefinite', label: t('postings.form.reserveIndefinite') }]
              : []),
          ]}
          error={errors.reservation}
        />
      )}
      <TextAreaField
        id={idOf('staffComments')}
        label={t('postings.fields.staffComments')}
        hint={t('postings.form.staffCommentsHint')}
        value={values.staffComments}
        onChange={(staffComments) => onChange({ staffComments })}
        error={errors.staffComments}
        maxLength={2000}
        rows={3}
      />
      {(laborDispute || values.laborDisputeNotAtIssue) && (
        <div className="usa-alert usa-alert--warning usa-alert--slim margin-top-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('postings.form.laborDisputeAlert')}</p>
            <Checkbox
              id={idOf('laborDisputeNotAtIssue')}
              name="laborDisputeNotAtIssue"
              className="margin-top-1"
              label={t('postings.fields.laborDisputeNotAtIssue')}
              checked={values.laborDisputeNotAtIssue}
              onChange={(event) => onChange({ laborDisputeNotAtIssue: event.target.checked })}
            />
          </div>
        </div>
      )}
    </Group>
  );
}
