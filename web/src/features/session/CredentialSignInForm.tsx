import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../components/useFormErrors';
import { CredentialFields } from './CredentialFields';
import { checkCredentials, signInErrorText, type SignInAudience } from './sign-in-errors';

export interface Credentials {
  email: string;
  password: string;
}

interface CredentialSignInFormProps {
  audience: SignInAudience;
  idPrefix: string;
  initialEmail?: string;
  signIn: (credentials: Credentials) => Promise<unknown>;
  /** Shown above the form until an error takes its place ("You have signed out"). */
  notice?: ReactNode;
  /** Text between the notice and the fields. */
  lead?: ReactNode;
  passwordRef?: RefObject<HTMLInputElement | null>;
  /** A second button beside "Sign in" (the dialogs offer "Sign out instead"). */
  secondaryAction?: ReactNode;
}

/**
 * Email and password, checked here for the obvious and then by the server: the staff and job
 * seeker sign-in pages and both re-sign-in dialogs. On success the caller's session state moves
 * on (and usually unmounts this); on failure the message is shown and the fields keep their values.
 */
export function CredentialSignInForm({
  audience,
  idPrefix,
  initialEmail = '',
  signIn,
  notice,
  lead,
  passwordRef,
  secondaryAction,
}: CredentialSignInFormProps) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkCredentials({ email, password }, t, audience);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    setBusy(true);
    try {
      await signIn({ email: email.trim(), password });
    } catch (error) {
      errors.showServerError(error, signInErrorText(error, t, i18n.language, audience));
      setBusy(false);
    }
  };

  const submitButton = (
    <Button type="submit" disabled={busy}>
      {t('signIn.submit')}
    </Button>
  );
  return (
    <>
      {notice && !errors.message && (
        <div className="usa-alert usa-alert--info usa-alert--slim" role="status">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{notice}</p>
          </div>
        </div>
      )}
      {lead}
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <CredentialFields
          idPrefix={idPrefix}
          email={email}
          password={password}
          onEmail={setEmail}
          onPassword={setPassword}
          errors={errors}
          passwordRef={passwordRef}
        />
        {secondaryAction ? (
          <ButtonGroup className="margin-top-3">
            {submitButton}
            {secondaryAction}
          </ButtonGroup>
        ) : (
          submitButton
        )}
      </form>
    </>
  );
}
