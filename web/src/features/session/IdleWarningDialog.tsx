import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isSessionLost } from '../../api/client';
import { errorText } from '../../components/form-errors';
import { idlePhase, splitCountdown } from './idle-timer';
import type { ActivityClock } from './activity-clock';
import { useSessionApi } from './session-context';
import { Dialog } from '../../components/Dialog';

/** Screen readers hear the countdown at these marks rather than every second. */
function isAnnouncedSecond(secondsLeft: number): boolean {
  return secondsLeft % 30 === 0 || secondsLeft === 10;
}

export interface IdleWarningProps {
  idleTimeoutSeconds: number;
  warningSeconds: number;
  /** When the server last saw the session. */
  clock: ActivityClock;
  /** Asks the server, which resets its idle timer; the clock moves with the answer. */
  refresh: () => Promise<unknown>;
  signOut: () => Promise<unknown>;
  /** The idle time has run out: the caller opens its re-sign-in dialog. */
  onExpired: () => void;
}

/**
 * SEC-5: watches the time since the server last saw the session, warns before it ends, and says
 * when it has. It only reads the clock; it never calls the server by itself. Staff and job seekers
 * each wrap it with their own session.
 */
export function IdleWarning({
  idleTimeoutSeconds,
  warningSeconds,
  clock,
  refresh,
  signOut,
  onExpired,
}: IdleWarningProps) {
  const { t } = useTranslation();
  const lastSeenAt = useSyncExternalStore(clock.subscribe, clock.get);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const stayButton = useRef<HTMLButtonElement>(null);
  const settings = { idleTimeoutSeconds, warningSeconds };

  useEffect(() => {
    if (lastSeenAt === null || idleTimeoutSeconds === 0) return;
    const phase = idlePhase(lastSeenAt, Date.now(), { idleTimeoutSeconds, warningSeconds });
    if (phase.kind === 'expired') {
      onExpired();
      return;
    }
    const delay = phase.kind === 'active' ? phase.msUntilWarning : phase.msUntilNextSecond;
    const timer = window.setTimeout(() => setNow(Date.now()), delay);
    return () => window.clearTimeout(timer);
  }, [lastSeenAt, now, idleTimeoutSeconds, warningSeconds, onExpired]);

  if (lastSeenAt === null || idleTimeoutSeconds === 0) return null;
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

/** SEC-5 for staff: the warning on the staff session; `lost` hands over to the re-sign-in dialog. */
export function IdleWatcher() {
  const { session, lost, clock, refresh, signOut, markLost } = useSessionApi();
  const onExpired = useCallback(() => markLost('idle'), [markLost]);
  if (lost || !session) return null;
  return (
    <IdleWarning
      idleTimeoutSeconds={session.idleTimeoutSeconds}
      warningSeconds={session.warningSeconds}
      clock={clock}
      refresh={refresh}
      signOut={signOut}
      onExpired={onExpired}
    />
  );
}
