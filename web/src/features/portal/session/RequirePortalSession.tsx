import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { usePortalSessionApi } from './portal-session-context';

/** Portal pages other than sign-in, registration and About need a job seeker's session. */
export function RequirePortalSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, signedOutByUser } = usePortalSessionApi();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  }
  if (status === 'signedOut') {
    return (
      <Navigate
        to="/portal/login"
        replace
        state={signedOutByUser ? undefined : { from: location }}
      />
    );
  }
  return children;
}
