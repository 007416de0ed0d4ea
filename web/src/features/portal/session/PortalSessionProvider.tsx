import type { PortalSession, SelfRegistrationRequest } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useAccountSession } from '../../session/account-session';
import { portalClient, PORTAL_BASE } from '../portal-api';
import { PortalSessionContext } from './portal-session-context';

/** Everything cached under this key belongs to the signed-in job seeker. */
export const PORTAL_QUERY_KEY = ['portal'] as const;

const reloadPortal = () => window.location.assign('/portal');
const seekerOf = (session: PortalSession) => session.seeker.id;

interface PortalSessionProviderProps {
  children: ReactNode;
  /** Where a different person's sign-in lands: a full reload, so nothing of the last one stays. */
  reloadHome?: () => void;
}

/** The job seeker's session, kept apart from the staff session (its own cookie and CSRF token). */
export function PortalSessionProvider({
  children,
  reloadHome = reloadPortal,
}: PortalSessionProviderProps) {
  const value = useAccountSession<PortalSession, SelfRegistrationRequest>({
    client: portalClient,
    base: PORTAL_BASE,
    queryKey: PORTAL_QUERY_KEY,
    personOf: seekerOf,
    reloadHome,
  });
  return <PortalSessionContext.Provider value={value}>{children}</PortalSessionContext.Provider>;
}
