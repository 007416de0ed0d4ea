import type { AuditEvent } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { REDACTED } from './audit-labels';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === '') {
    return (
      <>
        <span aria-hidden="true">—</span>
        <span className="usa-sr-only">{t('audit.changes.empty')}</span>
      </>
    );
  }
  if (value === REDACTED) return <em>{t('audit.changes.redacted')}</em>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    return <>{value.length > 0 ? value.join(', ') : t('audit.changes.none')}</>;
  }
  if (typeof value === 'object')
    return <code className="onestop-json">{JSON.stringify(value)}</code>;
  return <>{String(value)}</>;
}

/** An audit event's before and after, one row per field that changed. */
export function ChangesTable({ event, caption }: { event: AuditEvent; caption: string }) {
  const { t } = useTranslation();
  const before = event.before ?? {};
  const after = event.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return (
    <div className="onestop-changes">
      {fields.length === 0 ? (
        <p>{t('audit.changes.noFields')}</p>
      ) : (
        <table className="usa-table usa-table--compact usa-table--borderless">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.changes.field')}</th>
              <th scope="col">{t('audit.changes.before')}</th>
              <th scope="col">{t('audit.changes.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">
                  <code>{field}</code>
                </th>
                <td>
                  <Value value={before[field]} />
                </td>
                <td>
                  <Value value={after[field]} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {event.requestId && (
        <p className="font-body-2xs text-base-dark">
          {t('audit.changes.requestId')} <code>{event.requestId}</code>
        </p>
      )}
    </div>
  );
}
