import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionLost } from '../../api/client';
import { errorText } from '../../components/form-errors';
import { idlePhase, splitCountdown } from './idle-timer';
import { useSessionApi } from './session-context';
import { Dialog } from '../../components/Dialog';

/** Screen readers hear the countdown at these marks rather than every second. */
function isAnnouncedSecond(secondsLeft: number): boolean {
  return secondsLeft % 30 === 0 || secondsLeft === 10;
}

/**
 * SEC-5: watches the time since the server last saw the session, warns before it ends, and opens
 * the re-sign-in dialog when it has. It only reads the clock; it never calls the server by itself.
 */
export function IdleWatcher() {
  const { t } = useTranslation();
  const { session, lost, clock, refresh, signOut, markLost } = useSessionApi();
  const lastSeenAt = useSyncExternalStore(clock.subscribe, clock.get);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const idleTimeoutSeconds = session?.idleTimeoutSeconds ?? 0;
  const warningSeconds = session?.warningSeconds ?? 0;
  const settings = { idleTimeoutSeconds, warningSeconds };

  useEffect(() => {
    if (lastSeenAt === null || lost || idleTimeoutSeconds === 0) return;
    const phase = idlePhase(lastSeenAt, Date.now(), { idleTimeoutSeconds, warningSeconds });
    if (phase.kind === 'expired') {
      markLost('idle');
      return;
    }
    const delay = phase.kind === 'active' ? phase.msUntilWarning : phase.msUntilNextSecond;
    const timer = window.setTimeout(() => setNow(Date.now()), delay);
    return () => window.clearTimeout(timer);
  }, [lastSeenAt, now, lost, idleTimeoutSeconds, warningSeconds, markLost]);

  if (lastSeenAt === null || lost || idleTimeoutSeconds === 0) return null;
  const phase = idlePhase(lastSeenAt, now, settings);
  if (phase.kind !== 'warning') return null;

  const { minutes, seconds } = splitCountdown(phase.secondsLeft);
  const countdown =
    minutes > 0
      ? t('idle.minutesAndSeconds', {
          minutes: t('idle.minutes', { count: minutes }),
          seconds: t('idle.seconds', { count: seconds }),
        })
      : t('idle.seconds', { count: seconds });

  const stay = async () => {
    setError(null);
    try {
      await refresh();
    } catch (failure) {
      if (!isSessionLost(failure)) setError(errorText(failure, t));
    }
  };

  return (
    <Dialog
      id="idle-warning"
      title={t('idle.title')}
      initialFocus={stayButton}
      description={
        <p>
          {t('idle.body')}{' '}
          <strong role="timer" aria-atomic="true" className="onestop-countdown">
            {countdown}
          </strong>
          .
        </p>
      }
      footer={
        <ButtonGroup>
          <Button type="button" ref={stayButton} onClick={() => void stay()}>
            {t('idle.stay')}
          </Button>
          <Button
            type="button"
            unstyled
            className="padding-105 text-center"
            onClick={() => void signOut()}
          >
            {t('idle.signOut')}
          </Button>
        </ButtonGroup>
      }
    >
      <p className="usa-sr-only" aria-live="polite">
        {isAnnouncedSecond(phase.secondsLeft) ? t('idle.announce', { time: countdown }) : ''}
      </p>
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      )}
    </Dialog>
  );
}
