import type { SessionInfo } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ShellHeader, SignOutButton, type ShellNavItem } from '../components/ShellHeader';
import { isCentralOffice } from '../features/employers/employer-access';
import { can } from '../features/session/permissions';
import { useSessionApi } from '../features/session/session-context';

/** SEC-2: the navigation offers only what the user's role may see. */
export function navItemsFor(session: SessionInfo, t: TFunction): ShellNavItem[] {
  const items: ShellNavItem[] = [{ to: '/', label: t('nav.home'), end: true }];
  if (can(session, 'seekers', 'view')) items.push({ to: '/seekers', label: t('seekers.nav') });
  if (can(session, 'employers', 'view'))
    items.push({ to: '/employers', label: t('employers.nav') });
  // EMP-5: the approval queue is the central office's.
  if (isCentralOffice(session))
    items.push({ to: '/employers/approvals', label: t('employers.approvals.nav') });
  if (can(session, 'postings', 'view')) items.push({ to: '/postings', label: t('postings.nav') });
  if (can(session, 'referrals', 'change'))
    items.push({ to: '/referrals/approvals', label: t('referrals.nav.approvals') });
  // SEEK-11: staff search the job board for the job seekers they help.
  if (can(session, 'postings', 'view'))
    items.push({ to: '/job-search', label: t('jobs.nav.staff') });
  if (can(session, 'admin.staff', 'view'))
    items.push({ to: '/admin/staff', label: t('nav.staff') });
  if (can(session, 'admin.roles', 'view'))
    items.push({ to: '/admin/roles', label: t('nav.roles') });
  if (can(session, 'audit', 'view')) items.push({ to: '/admin/audit', label: t('nav.audit') });
  if (can(session, 'admin.staff', 'view'))
    items.push({ to: '/admin/outbox', label: t('jobs.nav.outbox') });
  return items;
}

export function SiteHeader() {
  const { t } = useTranslation();
  const { session, signOut } = useSessionApi();
  return (
    <ShellHeader
      title={t('app.name')}
      homeTo="/"
      navLabel={t('nav.label')}
      items={session ? navItemsFor(session, t) : []}
      secondary={(closeMenu) =>
        session
          ? [
              <SignOutButton
                key="sign-out"
                label={t('nav.signOut')}
                closeMenu={closeMenu}
                signOut={signOut}
              />,
            ]
          : []
      }
    />
  );
}
