import type { ModuleKey, OfficeRef, SessionInfo } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { levelFor } from '../features/session/permissions';
import { useFormatters } from '../i18n/format';
import { OfficeSwitcher } from './OfficeSwitcher';

interface StatusLineProps {
  session: SessionInfo;
  /** The module of the page on screen, or null on pages that belong to none. */
  module: ModuleKey | null;
  today: Date;
  onSwitchOffice(officeId: string): Promise<OfficeRef>;
}

/**
 * SEC-8: who is signed in, in which office, with what access to this page, and today's date,
 * always on screen while signed in.
 */
export function StatusLine({ session, module, today, onSwitchOffice }: StatusLineProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="onestop-status-line" aria-label={t('status.label')}>
      <div className="grid-container">
        <dl className="onestop-status-line__list">
          <div className="onestop-status-line__item">
            <dt>{t('status.signedInAs')}</dt>
            <dd data-testid="status-user">
              {t('status.userWithRole', {
                name: session.staff.displayName,
                role: session.role.name,
              })}
            </dd>
          </div>
          <div className="onestop-status-line__item">
            <dt>{t('status.accessLevel')}</dt>
            <dd data-testid="status-access">
              {module ? (
                t(`levels.${levelFor(session, module)}`)
              ) : (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="usa-sr-only">{t('status.noModule')}</span>
                </>
              )}
            </dd>
          </div>
          <div className="onestop-status-line__item">
            <dt>{t('status.date')}</dt>
            <dd data-testid="status-date">
              <time dateTime={toIsoDate(today)}>{format.date(today)}</time>
            </dd>
          </div>
        </dl>
        <OfficeSwitcher
          current={session.office}
          offices={session.offices}
          onSwitch={onSwitchOffice}
        />
      </div>
    </section>
  );
}

function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
