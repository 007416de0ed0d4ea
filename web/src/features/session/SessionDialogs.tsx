import { IdleWatcher } from './IdleWarningDialog';
import { ReSignInDialog } from './ReSignInDialog';
import { useSessionApi } from './session-context';

export function SessionDialogs() {
  const { status, lost } = useSessionApi();
  if (status !== 'signedIn') return null;
  return lost ? <ReSignInDialog /> : <IdleWatcher />;
}
