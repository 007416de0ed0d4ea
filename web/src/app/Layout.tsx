import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { StatusLine } from '../components/StatusLine';
import { SessionDialogs } from '../features/session/SessionDialogs';
import { useSessionApi } from '../features/session/session-context';
import { useToday } from '../i18n/useToday';
import { ErrorBoundary } from './ErrorBoundary';
import { moduleForPath } from './page-modules';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export function Layout() {
  const { t } = useTranslation();
  const { session, switchOffice } = useSessionApi();
  const location = useLocation();
  const today = useToday();

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  };

  return (
    <>
      <a className="usa-skipnav" href="#main-content" onClick={skipToMain}>
        {t('app.skipToMain')}
      </a>
      <SiteHeader />
      {session && (
        <StatusLine
          session={session}
          module={moduleForPath(location.pathname)}
          today={today}
          onSwitchOffice={async (officeId) => (await switchOffice(officeId)).office}
        />
      )}
      <main id="main-content" tabIndex={-1} className="onestop-main">
        <div className="grid-container padding-bottom-6">
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </div>
      </main>
      <SiteFooter />
      <SessionDialogs />
    </>
  );
}
