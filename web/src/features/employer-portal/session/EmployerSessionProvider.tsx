import type { EmployerPortalSession, EmployerRegistrationRequest } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useAccountSession } from '../../session/account-session';
import { employerClient, EMPLOYER_BASE } from '../employer-portal-api';
import { EmployerSessionContext } from './employer-session-context';

/** Everything cached under this key belongs to the signed-in employer user. */
export const EMPLOYER_QUERY_KEY = ['employer-portal'] as const;

const reloadHome = () => window.location.assign('/employer');
const userOf = (session: EmployerPortalSession) => session.user.id;

/** The employer user's session, apart from staff and job seekers (own cookie and CSRF token). */
export function EmployerSessionProvider({ children }: { children: ReactNode }) {
  const value = useAccountSession<EmployerPortalSession, EmployerRegistrationRequest>({
    client: employerClient,
    base: EMPLOYER_BASE,
    queryKey: EMPLOYER_QUERY_KEY,
    personOf: userOf,
    reloadHome,
  });
  return (
    <EmployerSessionContext.Provider value={value}>{children}</EmployerSessionContext.Provider>
  );
}
