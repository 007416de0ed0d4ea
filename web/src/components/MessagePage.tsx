import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from './PageTitle';

/** A page that only explains (not found, no access) and offers the way home. */
export function MessagePage({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{body}</p>
      <p>
        <Link className="usa-link" to="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
