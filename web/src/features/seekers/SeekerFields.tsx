import { Fieldset, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { describedBy } from '../../components/fields';
import { isLanguage, LOCALES } from '../../i18n';

/** Month names in the reader's language, from the browser's own locale data. */
function useMonthNames(): string[] {
  const { i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2000, m, 1)));
  }, [locale]);
}

interface SsnFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
}

/**
 * An SSN: a plain text input (not a number or password input) that brings up the number keypad,
 * is never filled in or remembered by the browser, and is not spell-checked.
 */
export function SsnField({ id, label, value, onChange, hint, error }: SsnFieldProps) {
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint && (
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
      <TextInput
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        maxLength={11}
        className="usa-input--md"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}

export interface DateParts {
  month: string;
  day: string;
  year: string;
}

interface BirthDateFieldProps {
  id: string;
  legend: string;
  value: DateParts;
  onChange(value: DateParts): void;
  error?: string;
}

/** The USWDS memorable date: month, day and year, the pattern USWDS gives for birth dates. */
export function BirthDateField({ id, legend, value, onChange, error }: BirthDateFieldProps) {
  const { t } = useTranslation();
  const months = useMonthNames();
  const hintId = `${id}-hint`;
  const describe = [hintId, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const inputClass = error ? 'usa-input usa-input--error' : 'usa-input';
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset legend={legend} legendStyle="default" id={id} tabIndex={-1}>
        <span className="usa-hint" id={hintId}>
          {t('seekers.fields.birthDateHint')}
        </span>
        <FieldError id={id} message={error} />
        <div className="usa-memorable-date">
          <div className="usa-form-group usa-form-group--month usa-form-group--select">
            <label className="usa-label" htmlFor={`${id}-month`}>
              {t('seekers.fields.month')}
            </label>
            <select
              id={`${id}-month`}
              name={`${id}-month`}
              className={error ? 'usa-select usa-input--error' : 'usa-select'}
              aria-describedby={describe}
              aria-invalid={error ? true : undefined}
              value={value.month}
              onChange={(event) => onChange({ ...value, month: event.target.value })}
            >
              <option value="">{t('seekers.fields.chooseMonth')}</option>
              {months.map((name, index) => (
                <option key={name} value={String(index + 1)}>
                  {`${String(index + 1).padStart(2, '0')} – ${name}`}
                </option>
              ))}
            </select>
          </div>
          <div className="usa-form-group usa-form-group--day">
            <label className="usa-label" htmlFor={`${id}-day`}>
              {t('seekers.fields.day')}
            </label>
            <input
              id={`${id}-day`}
              name={`${id}-day`}
              className={inputClass}
              aria-describedby={describe}
              aria-invalid={error ? true : undefined}
              maxLength={2}
              inputMode="numeric"
              autoComplete="off"
              value={value.day}
              onChange={(event) => onChange({ ...value, day: event.target.value })}
            />
          </div>
          <div className="usa-form-group usa-form-group--year">
            <label className="usa-label" htmlFor={`${id}-year`}>
              {t('seekers.fields.year')}
            </label>
            <input
              id={`${id}-year`}
              name={`${id}-year`}
              className={inputClass}
              aria-describedby={describe}
              aria-invalid={error ? true : undefined}
              minLength={4}
              maxLength={4}
              inputMode="numeric"
              autoComplete="off"
              value={value.year}
              onChange={(event) => onChange({ ...value, year: event.target.value })}
            />
          </div>
        </div>
      </Fieldset>
    </FormGroup>
  );
}
