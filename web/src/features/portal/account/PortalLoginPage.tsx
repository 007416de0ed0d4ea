import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { CredentialSignInForm } from '../../session/CredentialSignInForm';
import { usePortalSessionApi } from '../session/portal-session-context';
import { AccountCard } from './AccountCard';
import { portalReturnPath } from './return-path';

/** A job seeker signs in; afterwards they go on to the portal page they first asked for. */
export function PortalLoginPage() {
  const { t } = useTranslation();
  const { status, signIn, signedOutByUser } = usePortalSessionApi();
  const location = useLocation();

  if (status === 'signedIn') return <Navigate to={portalReturnPath(location.state)} replace />;

  return (
    <AccountCard>
      <PageTitle>{t('portal.login.title')}</PageTitle>
      <CredentialSignInForm
        audience="seeker"
        idPrefix="portal-"
        signIn={signIn}
        notice={signedOutByUser ? t('portal.login.signedOut') : null}
        lead={<p>{t('portal.login.intro')}</p>}
      />
      <p className="margin-top-3">
        {t('portal.login.noAccount')}{' '}
        <Link className="usa-link" to="/portal/register" state={location.state}>
          {t('portal.login.registerLink')}
        </Link>
      </p>
      <p>
        <Link className="usa-link" to="/login">
          {t('portal.links.staffSignIn')}
        </Link>
      </p>
    </AccountCard>
  );
}
