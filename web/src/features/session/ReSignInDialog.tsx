import { Button } from '@trussworks/react-uswds';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { CredentialSignInForm } from './CredentialSignInForm';
import { useSessionApi } from './session-context';

/**
 * SEC-5: opens over the page when the session has ended, without unmounting the page, so that
 * whatever was typed into it is still there after signing in again.
 */
export function ReSignInDialog() {
  const { t } = useTranslation();
  const { session, lost, resume, signOut } = useSessionApi();
  const passwordInput = useRef<HTMLInputElement>(null);

  return (
    <Dialog
      id="resign-in"
      title={t('resignIn.title')}
      description={<p>{lost === 'idle' ? t('resignIn.idleBody') : t('resignIn.endedBody')}</p>}
      initialFocus={passwordInput}
    >
      <CredentialSignInForm
        audience="staff"
        idPrefix="resign-in-"
        initialEmail={session?.staff.email}
        signIn={resume}
        passwordRef={passwordInput}
        secondaryAction={
          <Button type="button" unstyled className="padding-105" onClick={() => void signOut()}>
            {t('resignIn.signOut')}
          </Button>
        }
      />
    </Dialog>
  );
}
