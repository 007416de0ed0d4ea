import { FormGroup, Label } from '@trussworks/react-uswds';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { describedBy } from '../../../components/fields';
import { useFormatters } from '../../../i18n/format';

interface ResumeTextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  maxLength: number;
  rows?: number;
  error?: string;
  hint?: ReactNode;
  /** Buttons or notes between the label and the box, such as "Draft a summary for me". */
  tools?: ReactNode;
}

/** How long typing must pause before screen readers hear the characters left. */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A spell-checked text box for the parts of a resume people write themselves (duties, summary),
 * with the USWDS character count: shown as typed, announced once typing pauses.
 */
export function ResumeTextArea({
  id,
  label,
  value,
  onChange,
  maxLength,
  rows = 8,
  error,
  hint,
  tools,
}: ResumeTextAreaProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const left = maxLength - value.length;
  const message = t('portal.resume.charactersLeft', { count: left, left: number(left) });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setAnnounced(message), ANNOUNCE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [message]);

  return (
    <FormGroup error={Boolean(error)}>
      <div className="usa-character-count">
        <Label htmlFor={id} error={Boolean(error)}>
          {label}
        </Label>
        {hint && (
          <div className="usa-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {tools}
        <FieldError id={id} message={error} />
        <textarea
          id={id}
          name={id}
          className={
            error
              ? 'usa-textarea usa-character-count__field usa-input--error'
              : 'usa-textarea usa-character-count__field'
          }
          value={value}
          rows={rows}
          maxLength={maxLength}
          spellCheck
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
        />
        <span className="usa-character-count__message" aria-hidden="true">
          {message}
        </span>
        <div className="usa-sr-only" aria-live="polite">
          {announced}
        </div>
      </div>
    </FormGroup>
  );
}
