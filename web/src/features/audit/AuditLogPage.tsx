import type { AuditEvent } from '@onestop/contracts';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useOffices } from '../../api/offices';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { AUDIT_PAGE_SIZE, paramsFromSearch, searchFromParams, useAuditEvents } from './audit-api';
import { isKnownAction, isKnownEntityType } from './audit-labels';
import { AuditFilters } from './AuditFilters';
import { ChangesTable } from './ChangesTable';

const COLUMNS = 6;

/** SEC-9: who changed what, when, and in which office; newest first. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const search = searchFromParams(params);
  const events = useAuditEvents(search);
  const offices = useOffices();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());

  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const actionLabel = (action: string) =>
    isKnownAction(action) ? t(`auditActions.${action}`) : action;
  const entityLabel = (event: AuditEvent) =>
    isKnownEntityType(event.entityType) ? t(`entityTypes.${event.entityType}`) : event.entityType;

  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <p className="usa-intro">{t('audit.intro')}</p>
      <AuditFilters
        key={params.toString()}
        initial={search}
        offices={offices.data ?? []}
        onSearch={(next) => setParams(paramsFromSearch(next))}
      />
      <ResultsSummary
        page={search.page}
        pageSize={AUDIT_PAGE_SIZE}
        total={events.data?.total ?? 0}
        loading={events.isPending}
      />
      {events.isError && !events.data && <QueryError error={events.error} />}
      {events.data && events.data.items.length > 0 && (
        <TableScroller labelledBy="audit-caption">
          <table className="usa-table width-full onestop-audit-table">
            <caption id="audit-caption">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.columns.when')}</th>
                <th scope="col">{t('audit.columns.who')}</th>
                <th scope="col">{t('audit.columns.office')}</th>
                <th scope="col">{t('audit.columns.action')}</th>
                <th scope="col">{t('audit.columns.entity')}</th>
                <th scope="col">{t('audit.columns.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((event) => {
                const isOpen = expanded.has(event.id);
                const detailsId = `audit-changes-${event.id}`;
                const when = format.dateTime(event.occurredAt);
                return (
                  <Fragment key={event.id}>
                    <tr>
                      <th scope="row" className="onestop-nowrap">
                        <time dateTime={event.occurredAt}>{when}</time>
                      </th>
                      <td>{event.actorName ?? t('audit.system')}</td>
                      <td>{event.officeName ?? '—'}</td>
                      <td>
                        {actionLabel(event.action)}
                        <div>
                          <code className="font-body-3xs">{event.action}</code>
                        </div>
                      </td>
                      <td>
                        {entityLabel(event)}
                        {event.entityId && (
                          <div>
                            <code className="font-body-3xs onestop-break">{event.entityId}</code>
                          </div>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="usa-button usa-button--unstyled"
                          aria-expanded={isOpen}
                          aria-controls={detailsId}
                          onClick={() => toggle(event.id)}
                        >
                          {isOpen ? t('audit.hideChanges') : t('audit.showChanges')}
                          <span className="usa-sr-only">
                            {' '}
                            {t('audit.changesFor', { action: actionLabel(event.action), when })}
                          </span>
                        </button>
                      </td>
                    </tr>
                    <tr id={detailsId} hidden={!isOpen} className="onestop-audit-details">
                      <td colSpan={COLUMNS}>
                        {isOpen && (
                          <ChangesTable
                            event={event}
                            caption={t('audit.changes.caption', {
                              action: actionLabel(event.action),
                              when,
                            })}
                          />
                        )}
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </TableScroller>
      )}
      {events.data && (
        <Pagination
          page={search.page}
          pageSize={AUDIT_PAGE_SIZE}
          total={events.data.total}
          onChange={(page) => setParams(paramsFromSearch({ ...search, page }))}
        />
      )}
    </>
  );
}
