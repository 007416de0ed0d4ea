import { POSTED_WITHIN_DAYS, POSTING_EMPLOYMENT_TYPES, POSTING_SHIFTS } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/form-errors';
import { SelectField, TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { useJobFormat } from './job-format';
import { EMPTY_CRITERIA, RADIUS_CHOICES, type JobCriteria } from './job-search-url';
import { OCCUPATION_GROUPS } from './occupation-groups';

interface JobSearchFormProps {
  /** Prefix of the control ids, so two forms never share one. */
  id: string;
  initial: JobCriteria;
  /** The failed search, if any: its field errors show on the fields (an unknown ZIP, say). */
  serverError?: unknown;
  onSearch(criteria: JobCriteria): void;
  onClear(): void;
}

const FIELDS = [
  'q',
  'zip',
  'radiusMiles',
  'occupation',
  'payAtLeast',
  'shift',
  'employmentType',
  'postedWithinDays',
] as const;

/** Checks that need no server: the server checks everything again and names what it refuses. */
function checkCriteria(
  criteria: JobCriteria,
  t: (key: 'jobs.errors.zip' | 'jobs.errors.pay') => string,
) {
  const errors: FieldErrors = {};
  if (criteria.zip.trim() && !/^\d{5}$/.test(criteria.zip.trim()))
    errors.zip = t('jobs.errors.zip');
  const pay = criteria.payAtLeast.trim();
  if (pay && !/^\d+(\.\d{1,2})?$/.test(pay.replace(/^\$/, '')))
    errors.payAtLeast = t('jobs.errors.pay');
  return errors;
}

/** Choices that are in the address but not in the list (a link or a saved search) stay chosen. */
function withCurrent(options: { value: string; label: string }[], value: string, label: string) {
  return value && !options.some((o) => o.value === value)
    ? [...options, { value, label }]
    : options;
}

/**
 * SEEK-11: the job search criteria, shared by the public board, the seeker portal and staff. The
 * page keeps them in the address; this form only holds what is being typed.
 */
export function JobSearchForm({ id, initial, serverError, onSearch, onClear }: JobSearchFormProps) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const errors = useFormErrors();
  const [draft, setDraft] = useState(initial);
  const { showServerError } = errors;
  const fieldIds = Object.fromEntries(FIELDS.map((field) => [field, `${id}-${field}`])) as Record<
    (typeof FIELDS)[number],
    string
  >;

  useEffect(() => {
    if (serverError) showServerError(serverError);
  }, [serverError, showServerError]);

  const set = (key: keyof JobCriteria) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCriteria(draft, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    onSearch({ ...draft, payAtLeast: draft.payAtLeast.trim().replace(/^\$/, '') });
  };

  const any = t('jobs.search.any');
  const radiusOptions = withCurrent(
    RADIUS_CHOICES.map((miles) => ({
      value: String(miles),
      label: t('jobs.search.radius', { count: miles }),
    })),
    draft.radiusMiles,
    t('jobs.search.radius', { count: Number(draft.radiusMiles) }),
  );
  const occupationOptions = withCurrent(
    OCCUPATION_GROUPS.map((code) => ({ value: code, label: format.occupationGroup(code) })),
    draft.occupation,
    draft.occupation,
  );

  return (
    <form
      role="search"
      aria-label={t('jobs.search.formLabel')}
      onSubmit={submit}
      noValidate
      className="maxw-none"
    >
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={errors.fields}
        fieldIds={fieldIds}
      />
      <div className="grid-row grid-gap-2">
        <div className="tablet:grid-col-12 desktop:grid-col-6">
          <TextField
            id={fieldIds.q}
            label={t('jobs.search.fields.q')}
            hint={t('jobs.search.fields.qHint')}
            type="search"
            value={draft.q}
            onChange={set('q')}
            error={errors.fields.q}
            maxLength={200}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <TextField
            id={fieldIds.zip}
            label={t('jobs.search.fields.zip')}
            hint={t('jobs.search.fields.zipHint')}
            autoComplete="postal-code"
            value={draft.zip}
            onChange={set('zip')}
            error={errors.fields.zip}
            maxLength={5}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id={fieldIds.radiusMiles}
            label={t('jobs.search.fields.radiusMiles')}
            hint={t('jobs.search.fields.radiusHint')}
            value={draft.radiusMiles}
            onChange={set('radiusMiles')}
            options={radiusOptions}
            error={errors.fields.radiusMiles}
          />
        </div>
        <div className="tablet:grid-col-12 desktop:grid-col-6">
          <SelectField
            id={fieldIds.occupation}
            label={t('jobs.search.fields.occupation')}
            value={draft.occupation}
            onChange={set('occupation')}
            emptyOption={t('jobs.search.anyOccupation')}
            options={occupationOptions}
            error={errors.fields.occupation}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <TextField
            id={fieldIds.payAtLeast}
            label={t('jobs.search.fields.payAtLeast')}
            hint={t('jobs.search.fields.payHint')}
            value={draft.payAtLeast}
            onChange={set('payAtLeast')}
            error={errors.fields.payAtLeast}
            maxLength={8}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id={fieldIds.postedWithinDays}
            label={t('jobs.search.fields.postedWithinDays')}
            value={draft.postedWithinDays}
            onChange={set('postedWithinDays')}
            emptyOption={t('jobs.search.anyTime')}
            options={POSTED_WITHIN_DAYS.map((days) => ({
              value: String(days),
              label: t('jobs.postedWithin', { count: days }),
            }))}
            error={errors.fields.postedWithinDays}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id={fieldIds.shift}
            label={t('jobs.search.fields.shift')}
            value={draft.shift}
            onChange={set('shift')}
            emptyOption={any}
            options={POSTING_SHIFTS.map((shift) => ({
              value: shift,
              label: t(`jobs.shifts.${shift}`),
            }))}
            error={errors.fields.shift}
          />
        </div>
        <div className="tablet:grid-col-6 desktop:grid-col-3">
          <SelectField
            id={fieldIds.employmentType}
            label={t('jobs.search.fields.employmentType')}
            value={draft.employmentType}
            onChange={set('employmentType')}
            emptyOption={any}
            options={POSTING_EMPLOYMENT_TYPES.map((type) => ({
              value: type,
              label: t(`jobs.employmentTypes.${type}`),
            }))}
            error={errors.fields.employmentType}
          />
        </div>
      </div>
      <div className="margin-top-3">
        <Button type="submit">{t('jobs.search.submit')}</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft(EMPTY_CRITERIA);
            errors.clear();
            onClear();
          }}
        >
          {t('jobs.search.clear')}
        </Button>
      </div>
    </form>
  );
}
