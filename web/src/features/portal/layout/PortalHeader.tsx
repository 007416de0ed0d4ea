import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePortalSessionApi } from '../session/portal-session-context';
import { ShellHeader, SignOutButton, type ShellNavItem } from '../../../components/ShellHeader';

/** The job seeker's header: their own pages, the language switch, and sign in or out. */
export function PortalHeader() {
  const { t } = useTranslation();
  const { session, status, signOut } = usePortalSessionApi();
  const items: ShellNavItem[] = session
    ? [
        { to: '/portal', label: t('portal.nav.home'), end: true },
        { to: '/portal/jobs', label: t('jobs.nav.find') },
        { to: '/portal/matches', label: t('matching.nav.myMatches') },
        { to: '/portal/referrals', label: t('referrals.nav.myReferrals') },
        { to: '/portal/saved', label: t('jobs.nav.saved') },
        { to: '/portal/resume', label: t('portal.nav.resume') },
        { to: '/portal/profile', label: t('portal.nav.profile') },
      ]
    : // SEEK-11: the job board is open to everyone.
      [{ to: '/jobs', label: t('jobs.nav.find') }];

  return (
    <ShellHeader
      title={t('portal.app.name')}
      homeTo="/portal"
      navLabel={t('portal.nav.label')}
      items={items}
      secondary={(closeMenu) => {
        if (session) {
          return [
            <span key="who" className="display-inline-block padding-y-1">
              {t('portal.nav.signedInAs', { name: session.seeker.firstName })}
            </span>,
            <SignOutButton
              key="out"
              label={t('portal.nav.signOut')}
              closeMenu={closeMenu}
              signOut={signOut}
            />,
          ];
        }
        if (status === 'loading') return [];
        return [
          <Link key="in" className="usa-link" to="/portal/login" onClick={closeMenu}>
            {t('portal.nav.signIn')}
          </Link>,
          <Link key="register" className="usa-link" to="/portal/register" onClick={closeMenu}>
            {t('portal.nav.register')}
          </Link>,
        ];
      }}
    />
  );
}
