import type { SeekerSummary } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableScroller } from '../../components/TableScroller';
import { formatRecordNumber, seekerName, useCalendarDate } from './seeker-format';
import { PseudoTag, SeekerStatusTag } from './SeekerTags';

interface SeekerTableProps {
  id: string;
  caption: string;
  items: SeekerSummary[];
  /** For records listed beside a form: opening one in a new tab keeps what was typed. */
  linksInNewTab?: boolean;
}

export function SeekerEmail({
  person,
}: {
  person: Pick<SeekerSummary, 'email' | 'emailIsPlaceholder'>;
}) {
  const { t } = useTranslation();
  if (person.emailIsPlaceholder || !person.email)
    return <span className="text-italic">{t('seekers.fields.noEmail')}</span>;
  return <>{person.email}</>;
}

/** Job seekers as a table: the SSN masked (SEEK-3), a placeholder email said to be one (SEEK-4). */
export function SeekerTable({ id, caption, items, linksInNewTab }: SeekerTableProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const captionId = `${id}-caption`;
  return (
    <TableScroller labelledBy={captionId}>
      <table className="usa-table usa-table--striped width-full" id={id}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('seekers.fields.name')}</th>
            <th scope="col">{t('seekers.fields.recordNumber')}</th>
            <th scope="col">{t('seekers.fields.birthDate')}</th>
            <th scope="col">{t('seekers.fields.ssnShort')}</th>
            <th scope="col">{t('seekers.fields.email')}</th>
            <th scope="col">{t('seekers.fields.cityState')}</th>
            <th scope="col">{t('seekers.fields.statuses')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <Link
                  className="usa-link"
                  to={`/seekers/${person.id}`}
                  {...(linksInNewTab ? { target: '_blank', rel: 'noopener' } : {})}
                >
                  {seekerName(person)}
                  {linksInNewTab && (
                    <span className="usa-sr-only"> {t('seekers.opensInNewTab')}</span>
                  )}
                </Link>
              </th>
              <td className="text-no-wrap">{formatRecordNumber(person.recordNumber)}</td>
              <td>{person.birthDate ? calendarDate(person.birthDate) : '—'}</td>
              <td className="text-no-wrap">
                {person.ssnMasked ?? '—'}
                {person.ssnIsPseudo && (
                  <>
                    {' '}
                    <PseudoTag />
                  </>
                )}
              </td>
              <td className="onestop-break">
                <SeekerEmail person={person} />
              </td>
              <td>{[person.city, person.state].filter(Boolean).join(', ') || '—'}</td>
              <td>
                <SeekerStatusTag kind="registration" status={person.registrationStatus} />{' '}
                <SeekerStatusTag kind="seeker" status={person.seekerStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
