import type { OfficeRef } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './form-errors';

interface OfficeSwitcherProps {
  current: OfficeRef;
  /** Only the offices granted to the user (SEC-4): SessionInfo.offices. */
  offices: OfficeRef[];
  onSwitch(officeId: string): Promise<OfficeRef>;
}

type Announcement = { kind: 'success' | 'error'; text: string } | null;

/** SEC-4: staff work in one office at a time and switch only among those granted to them. */
export function OfficeSwitcher({ current, offices, onSwitch }: OfficeSwitcherProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState<Announcement>(null);

  const change = async (officeId: string) => {
    // Not `disabled` while busy: disabling the focused select would drop keyboard focus.
    if (busy || officeId === current.id) return;
    setBusy(true);
    setAnnouncement(null);
    try {
      const office = await onSwitch(officeId);
      setAnnouncement({
        kind: 'success',
        text: t('status.officeSwitched', { office: office.name }),
      });
    } catch (error) {
      setAnnouncement({ kind: 'error', text: errorText(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="onestop-office-switcher">
      <label className="usa-label margin-top-0" htmlFor="office-switcher">
        {t('status.office')}
      </label>
      <select
        id="office-switcher"
        className="usa-select"
        value={current.id}
        aria-describedby="office-switcher-hint office-switcher-status"
        onChange={(event) => void change(event.target.value)}
      >
        {offices.map((office) => (
          <option key={office.id} value={office.id}>
            {office.name}
          </option>
        ))}
      </select>
      <span id="office-switcher-hint" className="usa-sr-only">
        {t('status.officeHint')}
      </span>
      {/* Present before it has text so that screen readers pick up what is put in it. */}
      <div id="office-switcher-status" role="status" aria-live="polite">
        {announcement && (
          <div
            className={`usa-alert usa-alert--${announcement.kind} usa-alert--slim usa-alert--no-icon margin-top-1`}
          >
            <div className="usa-alert__body">
              <p className="usa-alert__text">{announcement.text}</p>
            </div>
          </div>
        )}
      </div>
    </div>
  );
}
