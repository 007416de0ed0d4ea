import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** "Find an employer › <this page>", and the record between them on a record's sub-pages. */
export function Breadcrumbs({
  current,
  record,
}: {
  current: string;
  record?: { id: string; name: string };
}) {
  const { t } = useTranslation();
  return (
    <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol className="usa-breadcrumb__list">
        <li className="usa-breadcrumb__list-item">
          <Link className="usa-breadcrumb__link" to="/employers">
            <span>{t('employers.search.title')}</span>
          </Link>
        </li>
        {record && (
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to={`/employers/${record.id}`}>
              <span>{record.name}</span>
            </Link>
          </li>
        )}
        <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
          <span>{current}</span>
        </li>
      </ol>
    </nav>
  );
}
