import { Checkbox, Fieldset, FormGroup, Label, Select, TextInput } from '@trussworks/react-uswds';
import type { ReactNode, Ref } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';

/** aria-describedby for a control with an optional hint and error, in reading order. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div className="usa-hint" id={`${id}-hint`}>
      {children}
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  required?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
}

/** A fieldset with a large legend: one part of a long form. */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="usa-fieldset margin-top-4">
      <legend className="usa-legend usa-legend--large">{legend}</legend>
      {children}
    </fieldset>
  );
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  inputRef,
  ...rest
}: TextFieldProps) {
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <FieldError id={id} message={error} />
      <TextInput
        id={id}
        name={id}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        ref={inputRef}
        {...rest}
      />
    </FormGroup>
  );
}

/** A password input with the USWDS "Show password" toggle. */
export function PasswordField(props: Omit<TextFieldProps, 'type'>) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  return (
    <>
      <TextField {...props} type={shown ? 'text' : 'password'} />
      <p className="usa-form__note margin-top-1">
        <button
          type="button"
          className="usa-show-password"
          aria-controls={props.id}
          onClick={() => setShown((value) => !value)}
        >
          {shown ? t('forms.hidePassword') : t('forms.showPassword')}
        </button>
      </p>
    </>
  );
}

interface TextAreaFieldProps extends Omit<TextFieldProps, 'type' | 'autoComplete' | 'inputRef'> {
  rows?: number;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <FieldError id={id} message={error} />
      <textarea
        id={id}
        name={id}
        className={error ? 'usa-textarea usa-input--error' : 'usa-textarea'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </FormGroup>
  );
}

export interface Option {
  value: string;
  label: string;
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: Option[];
  /** A first option with an empty value, such as "Any role" or "Choose a role". */
  emptyOption?: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  emptyOption,
  error,
  hint,
  ...rest
}: SelectFieldProps) {
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} error={Boolean(error)}>
        {label}
      </Label>
      {hint && <Hint id={id}>{hint}</Hint>}
      <FieldError id={id} message={error} />
      <Select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      >
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FormGroup>
  );
}

interface CheckboxGroupProps {
  id: string;
  legend: string;
  options: Option[];
  values: readonly string[];
  onChange(values: string[]): void;
  error?: string;
  hint?: ReactNode;
  disabled?: boolean;
}

export function CheckboxGroup({
  id,
  legend,
  options,
  values,
  onChange,
  error,
  hint,
  disabled,
}: CheckboxGroupProps) {
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset
        id={id}
        legend={legend}
        aria-describedby={describedBy(id, hint, error)}
        disabled={disabled}
        tabIndex={-1}
      >
        {hint && <Hint id={id}>{hint}</Hint>}
        <FieldError id={id} message={error} />
        {options.map((option) => (
          <Checkbox
            key={option.value}
            id={`${id}-${option.value}`}
            name={id}
            value={option.value}
            label={option.label}
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
        ))}
      </Fieldset>
    </FormGroup>
  );
}
