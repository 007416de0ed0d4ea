import { Button, Fieldset, FormGroup } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { checkCriteria, EMPTY_CRITERIA, type EmployerCriteria } from './employer-search';

const P = 'employer-search';
const FIELD_IDS: Record<keyof EmployerCriteria | 'criteria', string> = {
  criteria: `${P}-criteria`,
  name: `${P}-name`,
  contactName: `${P}-contactName`,
  fein: `${P}-fein`,
  contactEmail: `${P}-contactEmail`,
};

interface EmployerSearchFormProps {
  initial: EmployerCriteria;
  onSearch(criteria: EmployerCriteria): void;
  onClear(): void;
}

/** EMP-2: staff find an employer by any one of these before creating a record. */
export function EmployerSearchForm({ initial, onSearch, onClear }: EmployerSearchFormProps) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [draft, setDraft] = useState(initial);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCriteria(draft, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    onSearch(draft);
  };

  const field = (key: keyof EmployerCriteria, maxLength: number, hint?: string) => (
    <div className="tablet:grid-col-6 desktop:grid-col-3">
      <TextField
        id={FIELD_IDS[key]}
        label={t(`employers.search.fields.${key}`)}
        hint={hint}
        type={key === 'contactEmail' ? 'email' : 'text'}
        autoComplete="off"
        value={draft[key]}
        onChange={(value) => setDraft((current) => ({ ...current, [key]: value }))}
        error={errors.fields[key]}
        maxLength={maxLength}
      />
    </div>
  );

  const criteriaError = errors.fields.criteria;
  return (
    <form
      role="search"
      aria-label={t('employers.search.formLabel')}
      onSubmit={submit}
      noValidate
      className="maxw-none"
    >
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={errors.fields}
        fieldIds={FIELD_IDS}
      />
      <FormGroup error={Boolean(criteriaError)} className="margin-top-0">
        <Fieldset
          id={FIELD_IDS.criteria}
          legend={t('employers.search.legend')}
          tabIndex={-1}
          aria-describedby={[
            `${FIELD_IDS.criteria}-hint`,
            criteriaError && `${FIELD_IDS.criteria}-error`,
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <span className="usa-hint" id={`${FIELD_IDS.criteria}-hint`}>
            {t('employers.search.hint')}
          </span>
          <FieldError id={FIELD_IDS.criteria} message={criteriaError} />
          <div className="grid-row grid-gap-2">
            {field('name', 160, t('employers.search.nameHint'))}
            {field('contactName', 120, t('employers.search.contactNameHint'))}
            {field('fein', 10, t('employers.search.feinHint'))}
            {field('contactEmail', 254, t('employers.search.contactEmailHint'))}
          </div>
        </Fieldset>
      </FormGroup>
      <div className="margin-top-3">
        <Button type="submit">{t('employers.search.submit')}</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft(EMPTY_CRITERIA);
            errors.clear();
            onClear();
          }}
        >
          {t('employers.search.clear')}
        </Button>
      </div>
    </form>
  );
}
