import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="usa-footer usa-footer--slim">
      <div className="usa-footer__secondary-section">
        <div className="grid-container">
          <div className="usa-footer__logo grid-row grid-gap-2">
            <div className="grid-col-auto">
              <p className="usa-footer__logo-heading">{t('app.name')}</p>
            </div>
            <div className="grid-col-fill">
              <p className="margin-y-1">{t('footer.tagline')}</p>
              <p className="margin-y-1">
                <Link className="usa-link" to="/about">
                  {t('portal.about.footerLink')}
                </Link>
              </p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
