import { FormGroup, Label } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { FieldError } from '../../../components/FieldError';
import { describedBy } from '../../../components/fields';

export { FieldGroup as Group } from '../../../components/fields';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  min?: string;
  hint?: ReactNode;
  error?: string;
}

/** The browser's own date picker, which gives and takes YYYY-MM-DD. */
export function DateField({ id, label, value, onChange, min, hint, error }: DateFieldProps) {
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
      <input
        id={id}
        name={id}
        type="date"
        className={error ? 'usa-input usa-input--error' : 'usa-input'}
        value={value}
        min={min}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </FormGroup>
  );
}

interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: ReactNode;
  error?: string;
  /** Pay takes cents; counts are whole. */
  decimal?: boolean;
  required?: boolean;
}

/**
 * A text input that brings up the number keypad. Not type="number": that one turns what cannot be
 * read into an empty value, and the scroll wheel changes it.
 */
export function NumberField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  decimal,
  required,
}: NumberFieldProps) {
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
      <input
        id={id}
        name={id}
        type="text"
        inputMode={decimal ? 'decimal' : 'numeric'}
        className={
          error ? 'usa-input usa-input--small usa-input--error' : 'usa-input usa-input--small'
        }
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        autoComplete="off"
        required={required}
      />
    </FormGroup>
  );
}
