import type { EmployerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { useCalendarDate } from '../seekers/seeker-format';

interface RecentWorkProps {
  employer: EmployerDetail;
  /** Absent when the activities tab is withheld from the role. */
  onOpenActivities?: () => void;
}

/**
 * EMP-6: before contacting an employer, staff review what was done and said lately. It comes first
 * on the record, so that no one calls without having seen it.
 */
export function RecentWork({ employer, onOpenActivities }: RecentWorkProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const calendarDate = useCalendarDate();
  const activities = employer.recentActivities;
  const notes = employer.recentNotes;
  // The server leaves both out when the role may not see activities (SEC-3).
  if (activities === null || notes === null) return null;
  const nothing = activities.length === 0 && notes.length === 0;
  return (
    <section aria-labelledby="employer-recent-heading" className="usa-summary-box margin-bottom-4">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="employer-recent-heading">
          {t('employers.recent.heading')}
        </h2>
        <div className="usa-summary-box__text">
          <p className="margin-top-1">{t('employers.recent.intro')}</p>
          {nothing && <p>{t('employers.recent.nothing')}</p>}
          {activities.length > 0 && (
            <>
              <h3 className="margin-bottom-1">{t('employers.recent.activities')}</h3>
              <ul className="usa-list" aria-label={t('employers.recent.activities')}>
                {activities.map((activity) => (
                  <li key={activity.id}>
                    <strong>{activity.type.label}</strong>,{' '}
                    {t('employers.recent.activityLine', {
                      date: calendarDate(activity.activityDate),
                      staff: activity.staff.name,
                      office: activity.office.name,
                    })}
                    {activity.location && (
                      <> {t('employers.recent.at', { location: activity.location.name })}</>
                    )}
                    {activity.note && <span className="display-block">{activity.note}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {notes.length > 0 && (
            <>
              <h3 className="margin-bottom-1">{t('employers.recent.notes')}</h3>
              <ul className="usa-list" aria-label={t('employers.recent.notes')}>
                {notes.map((note) => (
                  <li key={note.id}>
                    <span className="text-bold">
                      {t('employers.recent.noteLine', {
                        date: format.dateTime(note.createdAt),
                        staff: note.staff?.name ?? t('employers.recent.system'),
                      })}
                    </span>
                    <span className="display-block onestop-break">{note.body}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {onOpenActivities && (
            <Button type="button" unstyled className="margin-top-1" onClick={onOpenActivities}>
              {t('employers.recent.seeAll', {
                activities: employer.counts.activities,
                notes: employer.counts.notes,
              })}
            </Button>
          )}
        </div>
      </div>
    </section>
  );
}
