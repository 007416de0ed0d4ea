import type { EmployerSummary } from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TableScroller } from '../../components/TableScroller';
import { cityState, formatFein, formatRecordNumber } from './employer-format';
import { EmployerTags } from './EmployerTags';

interface Selection {
  ids: readonly string[];
  onToggle(employer: EmployerSummary, selected: boolean): void;
}

interface EmployerTableProps {
  id: string;
  caption: string;
  items: EmployerSummary[];
  /** EMP-3: a checkbox per active or pending record, to pick duplicates. */
  selection?: Selection;
  /** For records listed beside a form: opening one in a new tab keeps what was typed. */
  linksInNewTab?: boolean;
  /** Whether the name column is the sort order, for screen readers (aria-sort). */
  sortedByName?: boolean;
}

export function FeinValue({
  employer,
}: {
  employer: Pick<EmployerSummary, 'fein' | 'independentContractor'>;
}) {
  const { t } = useTranslation();
  const fein = formatFein(employer.fein);
  if (fein) return <span className="text-no-wrap">{fein}</span>;
  return (
    <span className="text-italic">
      {employer.independentContractor
        ? t('employers.fields.noFeinContractor')
        : t('employers.detail.none')}
    </span>
  );
}

/** Employers as a table: record number, name, FEIN (EMP-1), place and status. */
export function EmployerTable({
  id,
  caption,
  items,
  selection,
  linksInNewTab,
  sortedByName,
}: EmployerTableProps) {
  const { t } = useTranslation();
  const captionId = `${id}-caption`;
  return (
    <TableScroller labelledBy={captionId}>
      <table className="usa-table usa-table--striped width-full" id={id}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col">
                <span className="usa-sr-only">{t('employers.duplicates.selectColumn')}</span>
              </th>
            )}
            <th scope="col" aria-sort={sortedByName ? 'ascending' : undefined}>
              {t('employers.fields.name')}
            </th>
            <th scope="col">{t('employers.fields.recordNumber')}</th>
            <th scope="col">{t('employers.fields.fein')}</th>
            <th scope="col">{t('employers.fields.cityState')}</th>
            <th scope="col">{t('employers.fields.office')}</th>
            <th scope="col">{t('employers.fields.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((employer) => {
            const record = formatRecordNumber(employer.recordNumber);
            return (
              <tr key={employer.id}>
                {selection && (
                  <td>
                    {employer.status !== 'inactive' && (
                      <Checkbox
                        id={`${id}-select-${employer.id}`}
                        name={`${id}-select`}
                        className="margin-top-neg-1"
                        label={
                          <span className="usa-sr-only">
                            {t('employers.duplicates.select', {
                              name: employer.legalName,
                              record,
                            })}
                          </span>
                        }
                        checked={selection.ids.includes(employer.id)}
                        onChange={(event) => selection.onToggle(employer, event.target.checked)}
                      />
                    )}
                  </td>
                )}
                <th scope="row">
                  <Link
                    className="usa-link"
                    to={`/employers/${employer.id}`}
                    {...(linksInNewTab ? { target: '_blank', rel: 'noopener' } : {})}
                  >
                    {employer.legalName}
                    {linksInNewTab && (
                      <span className="usa-sr-only"> {t('employers.opensInNewTab')}</span>
                    )}
                  </Link>
                  {employer.tradeName && (
                    <span className="display-block text-normal">
                      {t('employers.fields.doingBusinessAs', { name: employer.tradeName })}
                    </span>
                  )}
                </th>
                <td className="text-no-wrap">{record}</td>
                <td>
                  <FeinValue employer={employer} />
                </td>
                <td>{cityState(employer) || '—'}</td>
                <td>{employer.office?.name ?? '—'}</td>
                <td>
                  <EmployerTags employer={employer} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroller>
  );
}
