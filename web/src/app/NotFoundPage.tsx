import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>
        <Link className="usa-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
