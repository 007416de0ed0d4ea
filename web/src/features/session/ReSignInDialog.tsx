import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { useFormErrors } from '../../components/useFormErrors';
import { CredentialFields } from './CredentialFields';
import { checkCredentials, signInErrorText } from './sign-in-errors';
import { useSessionApi } from './session-context';

/**
 * SEC-5: opens over the page when the session has ended, without unmounting the page, so that
 * whatever was typed into it is still there after signing in again.
 */
export function ReSignInDialog() {
  const { t, i18n } = useTranslation();
  const { session, lost, resume, signOut } = useSessionApi();
  const [email, setEmail] = useState(session?.staff.email ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCredentials({ email, password }, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await resume({ email: email.trim(), password });
    } catch (error) {
      errors.showServerError(error, signInErrorText(error, t, i18n.language));
      setBusy(false);
    }
  };

  return (
    <Dialog
      id="resign-in"
      title={t('resignIn.title')}
      description={<p>{lost === 'idle' ? t('resignIn.idleBody') : t('resignIn.endedBody')}</p>}
      initialFocus={passwordInput}
    >
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <CredentialFields
          idPrefix="resign-in-"
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
            {t('resignIn.signOut')}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}
