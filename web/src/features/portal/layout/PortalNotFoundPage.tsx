import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';

/** A /portal address with no page: the way back is the seeker's home, not the staff one. */
export function PortalNotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>
        <Link className="usa-link" to="/portal">
          {t('portal.nav.backHome')}
        </Link>
      </p>
    </>
  );
}
