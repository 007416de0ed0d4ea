import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import type { AccountSessionState } from './account-session';

interface RequireAccountSessionProps {
  state: Pick<AccountSessionState<unknown>, 'status' | 'signedOutByUser'>;
  /** The sign-in page of this kind of account; it comes back here afterwards. */
  loginPath: string;
  children: ReactNode;
}

/** Pages behind a job seeker's or an employer user's session. */
export function RequireAccountSession({ state, loginPath, children }: RequireAccountSessionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  if (state.status === 'loading') {
    return (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  }
  if (state.status === 'signedOut') {
    return (
      <Navigate
        to={loginPath}
        replace
        state={state.signedOutByUser ? undefined : { from: location }}
      />
    );
  }
  return children;
}
