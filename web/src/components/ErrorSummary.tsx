import { useTranslation } from 'react-i18next';
import type { FieldErrors } from './form-errors';

interface ErrorSummaryProps {
  /** A message about the whole form (the server's sentence). */
  message?: string | null;
  fieldErrors: FieldErrors;
  /** Field name → id of the control its link should focus; fields not listed are not linked. */
  fieldIds: Record<string, string>;
  /** Receives the summary's element, so the form can focus it after a failed submit. */
  register?: (element: HTMLDivElement | null) => void;
}

/**
 * The USWDS error summary at the top of a form: an alert, focused after a failed submit so that
 * keyboard users start from it; each field error links to its control.
 */
export function ErrorSummary({ message, fieldErrors, fieldIds, register }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const linked = Object.entries(fieldErrors).filter(([field]) => field in fieldIds);
  if (!message && linked.length === 0) return null;
  const focusField = (id: string) => {
    const target = document.getElementById(id);
    target?.focus();
    target?.scrollIntoView({ block: 'center' });
  };
  return (
    <div
      ref={register}
      tabIndex={-1}
      className="usa-alert usa-alert--error margin-bottom-3"
      aria-labelledby="error-summary-heading"
      role="alert"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('forms.errorSummaryTitle')}
        </h2>
        {message && <p className="usa-alert__text">{message}</p>}
        {linked.length > 0 && (
          <ul className="usa-list">
            {linked.map(([field, text]) => {
              const id = fieldIds[field] ?? field;
              return (
                <li key={field}>
                  <a
                    href={`#${id}`}
                    className="usa-link"
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(id);
                    }}
                  >
                    {text}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
