import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { AccountCard } from '../../portal/account/AccountCard';
import { accountReturnPath } from '../../portal/account/return-path';
import { CredentialSignInForm } from '../../session/CredentialSignInForm';
import { useEmployerSessionApi } from '../session/employer-session-context';

export const employerReturnPath = (state: unknown) =>
  accountReturnPath(state, '/employer', ['/employer/login', '/employer/register']);

/** An employer user signs in; afterwards they go on to the page they first asked for. */
export function EmployerLoginPage() {
  const { t } = useTranslation();
  const { status, signIn, signedOutByUser } = useEmployerSessionApi();
  const location = useLocation();

  if (status === 'signedIn') return <Navigate to={employerReturnPath(location.state)} replace />;

  return (
    <AccountCard>
      <PageTitle>{t('employerPortal.login.title')}</PageTitle>
      <CredentialSignInForm
        audience="seeker"
        idPrefix="employer-"
        signIn={signIn}
        notice={signedOutByUser ? t('employerPortal.login.signedOut') : null}
        lead={<p>{t('employerPortal.login.intro')}</p>}
      />
      <p className="margin-top-3">
        {t('employerPortal.login.noAccount')}{' '}
        <Link className="usa-link" to="/employer/register" state={location.state}>
          {t('employerPortal.login.registerLink')}
        </Link>
      </p>
      <p>
        <Link className="usa-link" to="/portal/login">
          {t('employerPortal.login.seekerLink')}
        </Link>
      </p>
    </AccountCard>
  );
}
