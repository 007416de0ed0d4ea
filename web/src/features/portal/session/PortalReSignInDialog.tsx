import { Button } from '@trussworks/react-uswds';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { CredentialSignInForm } from '../../session/CredentialSignInForm';
import { usePortalSessionApi } from './portal-session-context';

/**
 * Opens over the page when the seeker's session has ended (after a long pause, say while writing
 * job duties), without unmounting the page, so an unsaved resume is still there afterwards.
 */
export function PortalReSignInDialog() {
  const { t } = useTranslation();
  const { session, resume, signOut } = usePortalSessionApi();
  const passwordInput = useRef<HTMLInputElement>(null);

  return (
    <Dialog
      id="portal-resign-in"
      title={t('portal.session.lostTitle')}
      description={<p>{t('portal.session.lostBody')}</p>}
      initialFocus={passwordInput}
    >
      <CredentialSignInForm
        audience="seeker"
        idPrefix="portal-resign-in-"
        initialEmail={session?.seeker.email ?? ''}
        signIn={resume}
        passwordRef={passwordInput}
        secondaryAction={
          <Button type="button" unstyled className="padding-105" onClick={() => void signOut()}>
            {t('portal.session.signOutInstead')}
          </Button>
        }
      />
    </Dialog>
  );
}
