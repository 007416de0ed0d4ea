import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../../components/form-errors';
import { fieldId } from './resume-checks';

interface BuilderErrorSummaryProps {
  message: string | null;
  errors: FieldErrors;
  /** Opens the step that holds the field and focuses it. */
  onGo(path: string): void;
  register(element: HTMLDivElement | null): void;
}

/**
 * The USWDS error summary for the resume builder. Unlike the one-page forms' summary, a field can
 * be on another step, so each link first opens that step.
 */
export function BuilderErrorSummary({ message, errors, onGo, register }: BuilderErrorSummaryProps) {
  const { t } = useTranslation();
  const entries = Object.entries(errors);
  if (!message && entries.length === 0) return null;
  return (
    <div
      ref={register}
      tabIndex={-1}
      className="usa-alert usa-alert--error margin-y-3"
      aria-labelledby="error-summary-heading"
      role="alert"
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {t('forms.errorSummaryTitle')}
        </h2>
        {message && <p className="usa-alert__text">{message}</p>}
        {entries.length > 0 && (
          <ul className="usa-list">
            {entries.map(([path, text]) => (
              <li key={path}>
                <a
                  href={`#${fieldId(path)}`}
                  className="usa-link"
                  onClick={(event) => {
                    event.preventDefault();
                    onGo(path);
                  }}
                >
                  {text}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
