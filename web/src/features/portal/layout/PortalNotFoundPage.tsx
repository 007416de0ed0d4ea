import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';

/** A /portal (or /employer) address with no page: the way back is that portal's home. */
export function PortalNotFoundPage({ home = '/portal' }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="usa-intro">{t('notFound.body')}</p>
      <p>
        <Link className="usa-link" to={home}>
          {t('portal.nav.backHome')}
        </Link>
      </p>
    </>
  );
}
