import { Button } from '@trussworks/react-uswds';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import type { AccountSessionApi, AccountSessionInfo } from './account-session';
import { CredentialSignInForm } from './CredentialSignInForm';
import { IdleWarning } from './IdleWarningDialog';

interface AccountSessionDialogsProps<S extends AccountSessionInfo> {
  api: AccountSessionApi<S, never>;
  /** Prefix of the dialog's element ids: `portal`, `employer`. */
  idPrefix: string;
  /** The email the re-sign-in form starts with. */
  emailOf(session: S): string;
}

/**
 * SEC-5 for public accounts, often on shared computers: warn before the idle timeout, then cover
 * the page with a sign-in dialog that keeps it mounted, so unsaved work is still there afterwards.
 */
export function AccountSessionDialogs<S extends AccountSessionInfo>({
  api,
  idPrefix,
  emailOf,
}: AccountSessionDialogsProps<S>) {
  const { t } = useTranslation();
  const passwordInput = useRef<HTMLInputElement>(null);
  const { status, lost, session, clock, refresh, signOut, markLost, resume } = api;
  if (status !== 'signedIn' || !session) return null;
  if (lost) {
    return (
      <Dialog
        id={`${idPrefix}-resign-in`}
        title={t('portal.session.lostTitle')}
        description={<p>{t('portal.session.lostBody')}</p>}
        initialFocus={passwordInput}
      >
        <CredentialSignInForm
          audience="seeker"
          idPrefix={`${idPrefix}-resign-in-`}
          initialEmail={emailOf(session)}
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
  return (
    <IdleWarning
      idleTimeoutSeconds={session.idleTimeoutSeconds}
      warningSeconds={session.warningSeconds}
      clock={clock}
      refresh={refresh}
      signOut={signOut}
      onExpired={markLost}
    />
  );
}
