import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, type Location } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { useFormErrors } from '../../components/useFormErrors';
import { CredentialFields } from './CredentialFields';
import { checkCredentials, signInErrorText } from './sign-in-errors';
import { useSessionApi } from './session-context';

function returnPath(state: unknown): string {
  const from = (state as { from?: Location } | null)?.from;
  if (!from || from.pathname === '/login') return '/';
  return `${from.pathname}${from.search}${from.hash}`;
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { status, signIn, signedOutByUser } = useSessionApi();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  // Signing in flips the status; this sends the user on to the page they first asked for.
  if (status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCredentials({ email, password }, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await signIn({ email: email.trim(), password });
    } catch (error) {
      errors.showServerError(error, signInErrorText(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <div className="grid-row flex-justify-center">
      <div className="grid-col-12 tablet:grid-col-8 desktop:grid-col-6">
        <div className="bg-white padding-y-3 padding-x-4 border border-base-lighter radius-md margin-y-4">
          <PageTitle>{t('signIn.title')}</PageTitle>
          {signedOutByUser && !errors.message && (
            <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('signIn.signedOut')}</p>
              </div>
            </div>
          )}
          <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
            <CredentialFields
              idPrefix=""
              email={email}
              password={password}
              onEmail={setEmail}
              onPassword={setPassword}
              errors={errors}
            />
            <Button type="submit" disabled={busy}>
              {t('signIn.submit')}
            </Button>
          </form>
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
