import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, type Location } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { CredentialSignInForm } from './CredentialSignInForm';
import { useSessionApi } from './session-context';

function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { t } = useTranslation();
  const { status, signIn, signedOutByUser } = useSessionApi();
  const location = useLocation();

  // Signing in flips the status; this sends the user on to the page they first asked for.
  if (status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  return (
    <div className="grid-row flex-justify-center">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <div className="bg-white padding-y-3 padding-x-4 border border-base-lighter radius-md margin-y-4">
          <PageTitle>{t('signIn.title')}</PageTitle>
          <CredentialSignInForm
            audience="staff"
            idPrefix=""
            signIn={signIn}
            notice={signedOutByUser ? t('signIn.signedOut') : null}
          />
          <p className="margin-top-3">
            <Link className="usa-link" to="/portal/login">
              {t('portal.links.seekerSignIn')}
            </Link>
          </p>
        </div>
      </div>
    </div>
  );
}
