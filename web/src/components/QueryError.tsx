import { useTranslation } from 'react-i18next';
import { errorText } from './form-errors';

/** A read that failed with a 4xx (5xx go to the error boundary): the server's sentence. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{errorText(error, t)}</p>
      </div>
    </div>
  );
}
