import { Button, Fieldset, FormGroup } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldError } from '../../components/FieldError';
import { TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { checkCriteria, EMPTY_CRITERIA, type SeekerCriteria } from './seeker-search';
import { SsnField } from './SeekerFields';

const P = 'seeker-search';
const FIELD_IDS: Record<keyof SeekerCriteria | 'criteria', string> = {
  criteria: `${P}-criteria`,
  ssn: `${P}-ssn`,
  name: `${P}-name`,
  email: `${P}-email`,
  recordNumber: `${P}-recordNumber`,
  phone: `${P}-phone`,
};

interface SeekerSearchFormProps {
  initial: SeekerCriteria;
  onSearch(criteria: SeekerCriteria): void;
  onClear(): void;
}

/** SEEK-3: find a person by any one of these before registering them. */
export function SeekerSearchForm({ initial, onSearch, onClear }: SeekerSearchFormProps) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof SeekerCriteria) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));

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

  const field = (key: Exclude<keyof SeekerCriteria, 'ssn'>, hint?: string, type?: 'email') => (
    <div className="tablet:grid-col-6 desktop:grid-col-4">
      <TextField
        id={FIELD_IDS[key]}
        label={t(`seekers.search.fields.${key}`)}
        hint={hint}
        type={type}
        autoComplete="off"
        value={draft[key]}
        onChange={set(key)}
        error={errors.fields[key]}
        maxLength={key === 'email' ? 254 : 120}
      />
    </div>
  );

  const criteriaError = errors.fields.criteria;
  return (
    <form
      role="search"
      aria-label={t('seekers.search.formLabel')}
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
          legend={t('seekers.search.legend')}
          tabIndex={-1}
          aria-describedby={[
            `${FIELD_IDS.criteria}-hint`,
            criteriaError && `${FIELD_IDS.criteria}-error`,
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <span className="usa-hint" id={`${FIELD_IDS.criteria}-hint`}>
            {t('seekers.search.hint')}
          </span>
          <FieldError id={FIELD_IDS.criteria} message={criteriaError} />
          <div className="grid-row grid-gap-2">
            <div className="tablet:grid-col-6 desktop:grid-col-4">
              <SsnField
                id={FIELD_IDS.ssn}
                label={t('seekers.search.fields.ssn')}
                hint={t('seekers.search.ssnHint')}
                value={draft.ssn}
                onChange={set('ssn')}
                error={errors.fields.ssn}
              />
            </div>
            {field('name', t('seekers.search.nameHint'))}
            {field('email', undefined, 'email')}
            {field('recordNumber', t('seekers.search.recordNumberHint'))}
            {field('phone', t('seekers.search.phoneHint'))}
          </div>
        </Fieldset>
      </FormGroup>
      <div className="margin-top-3">
        <Button type="submit">{t('seekers.search.submit')}</Button>
        <Button
          type="button"
          outline
          onClick={() => {
            setDraft(EMPTY_CRITERIA);
            errors.clear();
            onClear();
          }}
        >
          {t('seekers.search.clear')}
        </Button>
      </div>
    </form>
  );
}
