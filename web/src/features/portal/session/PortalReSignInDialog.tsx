import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { useFormErrors } from '../../../components/useFormErrors';
import { CredentialFields } from '../../session/CredentialFields';
import { checkSeekerCredentials, seekerSignInErrorText } from '../account/seeker-sign-in';
import { usePortalSessionApi } from './portal-session-context';

/**
 * Opens over the page when the seeker's session has ended (after a long pause, say while writing
 * job duties), without unmounting the page, so an unsaved resume is still there afterwards.
 */
export function PortalReSignInDialog() {
  const { t, i18n } = useTranslation();
  const { session, resume, signOut } = usePortalSessionApi();
  const [email, setEmail] = useState(session?.seeker.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkSeekerCredentials({ email, password }, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await resume({ email: email.trim(), password });
    } catch (error) {
      errors.showServerError(error, seekerSignInErrorText(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      id="portal-resign-in"
      title={t('portal.session.lostTitle')}
      description={<p>{t('portal.session.lostBody')}</p>}
      initialFocus={passwordInput}
    >
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <CredentialFields
          idPrefix="portal-resign-in-"
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
          errors={errors}
          passwordRef={passwordInput}
        />
        <ButtonGroup className="margin-top-3">
          <Button type="submit" disabled={busy}>
            {t('signIn.submit')}
          </Button>
          <Button type="button" unstyled className="padding-105" onClick={() => void signOut()}>
            {t('portal.session.signOutInstead')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}
