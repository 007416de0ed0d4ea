import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PortalShell } from '../portal/layout/PortalShell';
import { ShellHeader } from '../../components/ShellHeader';

/** The public pages' frame: neither the staff nor the job seeker session is needed or shown. */
export function AboutLayout() {
  const { t } = useTranslation();
  return (
    <PortalShell
      header={
        <ShellHeader
          title={t('app.name')}
          homeTo="/about"
          navLabel={t('portal.about.navLabel')}
          items={[]}
          secondary={(closeMenu) => [
            <Link key="seekers" className="usa-link" to="/portal" onClick={closeMenu}>
              {t('portal.about.forSeekers')}
            </Link>,
            <Link key="staff" className="usa-link" to="/login" onClick={closeMenu}>
              {t('portal.about.forStaff')}
            </Link>,
          ]}
        />
      }
    />
  );
}
