import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Crumb {
  to: string;
  label: string;
}

/** A USWDS breadcrumb trail: the linked pages above this one, then this page. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const { t } = useTranslation();
  return (
    <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
      <ol className="usa-breadcrumb__list">
        {trail.map((crumb) => (
          <li key={crumb.to} className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to={crumb.to}>
              <span>{crumb.label}</span>
            </Link>
          </li>
        ))}
        <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
          <span>{current}</span>
        </li>
      </ol>
    </nav>
  );
}
