import { Alert } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useJobFormat } from '../jobs/job-format';
import { useMyVeteranAlerts } from './matching-api';
import { StarRating } from './StarRating';

/**
 * VET-2: jobs a covered veteran was alerted to, at the top of "My matches". Nothing shows for
 * anyone without alerts, or while they load: the matches below are the page.
 */
export function VeteranAlertsPanel() {
  const { t } = useTranslation();
  const format = useJobFormat();
  const alerts = useMyVeteranAlerts();
  const items = alerts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Alert
      type="info"
      headingLevel="h2"
      heading={t('matching.veteranAlerts.title')}
      className="margin-y-3"
    >
      <p>{t('matching.veteranAlerts.intro')}</p>
      <ul className="usa-list">
        {items.map((alert) => (
          <li key={alert.postingId}>
            <Link className="usa-link" to={`/portal/jobs/${alert.postingId}`}>
              {alert.title}
            </Link>{' '}
            — {alert.employerName}
            {alert.city ? `, ${alert.city}` : ''} <StarRating stars={alert.stars} />
            {alert.holdUntil && new Date(alert.holdUntil) > new Date() && (
              <>
                {' '}
                {t('matching.veteranAlerts.heldUntil', { when: format.dateTime(alert.holdUntil) })}
              </>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
