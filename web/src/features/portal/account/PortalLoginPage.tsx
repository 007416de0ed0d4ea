import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { useFormErrors } from '../../../components/useFormErrors';
import { CredentialFields } from '../../session/CredentialFields';
import { checkSeekerCredentials, seekerSignInErrorText } from './seeker-sign-in';
import { usePortalSessionApi } from '../session/portal-session-context';
import { AccountCard } from './AccountCard';
import { portalReturnPath } from './return-path';

/** A job seeker signs in; afterwards they go on to the portal page they first asked for. */
export function PortalLoginPage() {
  const { t, i18n } = useTranslation();
  const { status, signIn, signedOutByUser } = usePortalSessionApi();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  if (status === 'signedIn') return <Navigate to={portalReturnPath(location.state)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkSeekerCredentials({ email, password }, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await signIn({ email: email.trim(), password });
    } catch (error) {
      errors.showServerError(error, seekerSignInErrorText(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <AccountCard>
      <PageTitle>{t('portal.login.title')}</PageTitle>
      {signedOutByUser && !errors.message && (
        <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{t('portal.login.signedOut')}</p>
          </div>
        </div>
      )}
      <p>{t('portal.login.intro')}</p>
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <CredentialFields
          idPrefix="portal-"
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
