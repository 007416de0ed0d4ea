import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { PageTitle } from '../components/PageTitle';

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <>
      <PageTitle>{t('errorPage.title')}</PageTitle>
      <div className="usa-alert usa-alert--error" role="alert">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('errorPage.body')}</p>
          {requestId && (
            <p className="usa-alert__text">
              {t('errorPage.reference')} <code>{requestId}</code>
            </p>
          )}
        </div>
      </div>
      <p>
        <a className="usa-link" href="/">
          {t('errorPage.home')}
        </a>
      </p>
    </>
  );
}
