import type { EmployerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { useCalendarDate } from '../seekers/seeker-format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { ACTIVITY_FORM_HEADING, ActivityForm, NOTE_FORM_HEADING, NoteForm } from './ActivityForms';
import { HISTORY_PAGE_SIZE, useEmployerActivities, useEmployerNotes } from './employers-api';

interface PanelProps {
  employer: EmployerDetail;
  active: boolean;
  onNotice(text: string): void;
}

const focus = (id: string) => {
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView({ block: 'start' });
};

/**
 * The Activities and notes tab (EMP-6): what was done and said, newest first, before the forms to
 * add to it, so that staff read before they contact the employer.
 */
export function EmployerActivitiesPanel({ employer, active, onNotice }: PanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const canAdd = can(session, 'employers', 'add');
  return (
    <>
      <p className="usa-prose margin-top-0">{t('employers.activities.intro')}</p>
      {canAdd && (
        <p>
          <Button type="button" unstyled onClick={() => focus(ACTIVITY_FORM_HEADING)}>
            {t('employers.activities.jumpRecord')}
          </Button>
          <span aria-hidden="true"> · </span>
          <Button type="button" unstyled onClick={() => focus(NOTE_FORM_HEADING)}>
            {t('employers.notes.jumpPost')}
          </Button>
        </p>
      )}
      <ActivityHistory employerId={employer.id} active={active} />
      <NoteHistory employerId={employer.id} active={active} />
      {canAdd && (
        <>
          <ActivityForm employer={employer} active={active} onNotice={onNotice} />
          <NoteForm employer={employer} onNotice={onNotice} />
        </>
      )}
    </>
  );
}

function ActivityHistory({ employerId, active }: { employerId: string; active: boolean }) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const [page, setPage] = useState(1);
  const activities = useEmployerActivities(employerId, page, active);
  const data = activities.data;
  const none = t('employers.detail.none');
  return (
    <section aria-labelledby="employer-activities-heading">
      <h2 id="employer-activities-heading">{t('employers.activities.heading')}</h2>
      {activities.isPending && active && <p role="status">{t('common.loading')}</p>}
      {activities.isError && <QueryError error={activities.error} />}
      {data && data.items.length === 0 && <p>{t('employers.activities.none')}</p>}
      {data && data.items.length > 0 && (
        <TableScroller labelledBy="employer-activities-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="employer-activities-caption">{t('employers.activities.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.activities.date')}</th>
                <th scope="col">{t('employers.activities.type')}</th>
                <th scope="col">{t('employers.activities.location')}</th>
                <th scope="col">{t('employers.activities.note')}</th>
                <th scope="col">{t('employers.activities.by')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((activity) => (
                <tr key={activity.id}>
                  <td className="text-no-wrap">{calendarDate(activity.activityDate)}</td>
                  <th scope="row">{activity.type.label}</th>
                  <td>{activity.location?.name ?? none}</td>
                  <td className="onestop-break">{activity.note ?? none}</td>
                  <td>
                    {t('employers.activities.byLine', {
                      staff: activity.staff.name,
                      office: activity.office.name,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {data && (
        <Pagination
          page={page}
          pageSize={HISTORY_PAGE_SIZE}
          total={data.total}
          onChange={setPage}
        />
      )}
    </section>
  );
}

function NoteHistory({ employerId, active }: { employerId: string; active: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const notes = useEmployerNotes(employerId, page, active);
  const data = notes.data;
  return (
    <section aria-labelledby="employer-notes-heading" className="margin-top-4">
      <h2 id="employer-notes-heading">{t('employers.notes.heading')}</h2>
      {notes.isPending && active && <p role="status">{t('common.loading')}</p>}
      {notes.isError && <QueryError error={notes.error} />}
      {data && data.items.length === 0 && <p>{t('employers.notes.none')}</p>}
      {data && data.items.length > 0 && (
        <ul className="usa-list usa-list--unstyled" aria-label={t('employers.notes.listLabel')}>
          {data.items.map((note) => (
            <li key={note.id} className="border-bottom-1px border-base-lighter padding-y-1">
              <p className="margin-y-0 text-bold">
                {t('employers.notes.byLine', {
                  date: format.dateTime(note.createdAt),
                  staff: note.staff?.name ?? t('employers.recent.system'),
                  office: note.office?.name ?? '—',
                })}
              </p>
              <p className="margin-y-05 onestop-break" style={{ whiteSpace: 'pre-line' }}>
                {note.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data && (
        <Pagination
          page={page}
          pageSize={HISTORY_PAGE_SIZE}
          total={data.total}
          onChange={setPage}
        />
      )}
    </section>
  );
}
