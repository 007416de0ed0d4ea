import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ShellHeader, SignOutButton, type ShellNavItem } from '../../../components/ShellHeader';
import { useEmployerSessionApi } from '../session/employer-session-context';

/** The employer user's header: their postings, the language switch, and sign in or out. */
export function EmployerHeader() {
  const { t } = useTranslation();
  const { session, status, signOut } = useEmployerSessionApi();
  const items: ShellNavItem[] = [];
  if (session) items.push({ to: '/employer', label: t('employerPortal.nav.home'), end: true });
  // EMP-5: an employer posts once its registration is approved.
  if (session?.employer.status === 'active')
    items.push({ to: '/employer/postings/new', label: t('employerPortal.nav.postJob') });
  return (
    <ShellHeader
      title={t('employerPortal.app.name')}
      homeTo="/employer"
      navLabel={t('employerPortal.nav.label')}
      items={items}
      secondary={(closeMenu) => {
        if (session) {
          return [
            <span key="who" className="display-inline-block padding-y-1">
              {t('employerPortal.nav.signedInAs', {
                name: session.user.firstName,
                employer: session.employer.name,
              })}
            </span>,
            <SignOutButton
              key="out"
              label={t('employerPortal.nav.signOut')}
              closeMenu={closeMenu}
              signOut={signOut}
            />,
          ];
        }
        if (status === 'loading') return [];
        return [
          <Link key="in" className="usa-link" to="/employer/login" onClick={closeMenu}>
            {t('employerPortal.nav.signIn')}
          </Link>,
          <Link key="register" className="usa-link" to="/employer/register" onClick={closeMenu}>
            {t('employerPortal.nav.register')}
          </Link>,
        ];
      }}
    />
  );
}
