import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { ErrorBoundary } from '../../../app/ErrorBoundary';
import { SiteFooter } from '../../../app/SiteFooter';

/** Skip link, a header, the page and the footer: the frame of the portal and the public pages. */
export function PortalShell({ header, children }: { header: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  };
  return (
    <>
      <a className="usa-skipnav" href="#main-content" onClick={skipToMain}>
        {t('app.skipToMain')}
      </a>
      {header}
      <main id="main-content" tabIndex={-1} className="onestop-main">
        <div className="grid-container padding-bottom-6">
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </div>
      </main>
      <SiteFooter />
      {children}
    </>
  );
}
