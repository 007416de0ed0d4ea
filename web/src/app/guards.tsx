import type { AccessLevel, ModuleKey } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { MessagePage } from '../components/MessagePage';
import { can } from '../features/session/permissions';
import { useSession, useSessionApi } from '../features/session/session-context';

/** Unauthenticated visitors go to the sign-in page, which brings them back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { status, signedOutByUser } = useSessionApi();
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
      <Navigate to="/login" replace state={signedOutByUser ? undefined : { from: location }} />
    );
  }
  return children;
}

/** SEC-2: a page the role may not use says so, even when its address is typed in. */
export function RequireAccess({
  module,
  level,
  children,
}: {
  module: ModuleKey;
  level: AccessLevel;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const session = useSession();
  if (can(session, module, level)) return children;
  return <MessagePage title={t('forbidden.title')} body={t('forbidden.body')} />;
}
