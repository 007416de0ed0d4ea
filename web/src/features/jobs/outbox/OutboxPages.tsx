import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { ResultsSummary } from '../../../components/ResultsSummary';
import { TableScroller } from '../../../components/TableScroller';
import { TextField } from '../../../components/fields';
import { useFormatters } from '../../../i18n/format';
import { OUTBOX_PAGE_SIZE, useOutbox, useOutboxMessage, type OutboxStatus } from './outbox-api';

const STATUS_CLASS: Record<OutboxStatus, string> = {
  queued: 'usa-tag bg-base-dark',
  sent: 'usa-tag onestop-tag--active',
  failed: 'usa-tag onestop-tag--locked',
};

function StatusTag({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return <span className={STATUS_CLASS[status]}>{t(`jobs.outbox.status.${status}`)}</span>;
}

function RecipientFilter({ initial, onFilter }: { initial: string; onFilter(to: string): void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter(to.trim());
  };
  return (
    <form
      role="search"
      aria-label={t('jobs.outbox.filterLabel')}
      onSubmit={submit}
      noValidate
      className="maxw-none"
    >
      <div className="grid-row grid-gap-2 flex-align-end">
        <div className="tablet:grid-col-6">
          <TextField
            id="outbox-to"
            label={t('jobs.outbox.to')}
            hint={t('jobs.outbox.toHint')}
            value={to}
            onChange={setTo}
            maxLength={254}
          />
        </div>
        <div className="tablet:grid-col-6">
          <Button type="submit">{t('jobs.outbox.filter')}</Button>
          <Button
            type="button"
            outline
            onClick={() => {
              setTo('');
              onFilter('');
            }}
          >
            {t('jobs.outbox.clear')}
          </Button>
        </div>
      </div>
    </form>
  );
}

/** Administrators check the mail OneStop queued (in the demo it goes nowhere else). */
export function OutboxListPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [params, setParams] = useSearchParams();
  const to = params.get('to') ?? '';
  const pageParam = Number(params.get('page'));
  const page = Number.isInteger(pageParam) && pageParam > 0 ? pageParam : 1;
  const list = useOutbox(to, page);
  const go = (next: { to: string; page: number }) => {
    const search = new URLSearchParams();
    if (next.to) search.set('to', next.to);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };

  return (
    <>
      <PageTitle>{t('jobs.outbox.title')}</PageTitle>
      <p className="usa-intro">{t('jobs.outbox.intro')}</p>
      <RecipientFilter key={to} initial={to} onFilter={(next) => go({ to: next, page: 1 })} />
      <ResultsSummary
        page={page}
        pageSize={OUTBOX_PAGE_SIZE}
        total={list.data?.total ?? 0}
        loading={list.isPending}
      />
      {list.isError && <QueryError error={list.error} />}
      {list.data && list.data.items.length > 0 && (
        <TableScroller labelledBy="outbox-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="outbox-caption">{t('jobs.outbox.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('jobs.outbox.fields.subject')}</th>
                <th scope="col">{t('jobs.outbox.fields.to')}</th>
                <th scope="col">{t('jobs.outbox.fields.status')}</th>
                <th scope="col">{t('jobs.outbox.fields.createdAt')}</th>
                <th scope="col">{t('jobs.outbox.fields.sentAt')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((message) => (
                <tr key={message.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/admin/outbox/${message.id}`}>
                      {message.subject}
                    </Link>
                  </th>
                  <td className="onestop-break">{message.to}</td>
                  <td>
                    <StatusTag status={message.status} />
                  </td>
                  <td>{format.dateTime(message.createdAt)}</td>
                  <td>
                    {message.sentAt ? format.dateTime(message.sentAt) : t('jobs.outbox.notSent')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {list.data && (
        <Pagination
          page={page}
          pageSize={list.data.pageSize || OUTBOX_PAGE_SIZE}
          total={list.data.total}
          onChange={(next) => go({ to, page: next })}
        />
      )}
    </>
  );
}

/** One message as it was sent: the plain-text body, line breaks kept. */
export function OutboxMessagePage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { messageId = '' } = useParams();
  const message = useOutboxMessage(messageId);

  return (
    <>
      <p className="margin-top-0">
        <Link className="usa-link" to="/admin/outbox">
          {t('jobs.outbox.back')}
        </Link>
      </p>
      {message.isPending && <p role="status">{t('common.loading')}</p>}
      {message.isError && (
        <>
          <PageTitle>{t('jobs.outbox.title')}</PageTitle>
          <QueryError error={message.error} />
        </>
      )}
      {message.data && (
        <>
          <PageTitle>{message.data.subject}</PageTitle>
          <dl className="onestop-details">
            <div className="onestop-details__row">
              <dt>{t('jobs.outbox.fields.to')}</dt>
              <dd className="onestop-break">{message.data.to}</dd>
            </div>
            <div className="onestop-details__row">
              <dt>{t('jobs.outbox.fields.status')}</dt>
              <dd>
                <StatusTag status={message.data.status} />
              </dd>
            </div>
            <div className="onestop-details__row">
              <dt>{t('jobs.outbox.fields.createdAt')}</dt>
              <dd>{format.dateTime(message.data.createdAt)}</dd>
            </div>
            <div className="onestop-details__row">
              <dt>{t('jobs.outbox.fields.sentAt')}</dt>
              <dd>
                {message.data.sentAt
                  ? format.dateTime(message.data.sentAt)
                  : t('jobs.outbox.notSent')}
              </dd>
            </div>
            <div className="onestop-details__row">
              <dt>{t('jobs.outbox.fields.attachment')}</dt>
              <dd>{message.data.attachmentName ?? t('jobs.outbox.noAttachment')}</dd>
            </div>
          </dl>
          <h2 id="outbox-body-heading">{t('jobs.outbox.bodyHeading')}</h2>
          <pre className="onestop-json bg-base-lightest padding-2 border-1px border-base-lighter font-mono-xs maxw-tablet-lg">
            {message.data.text}
          </pre>
        </>
      )}
    </>
  );
}
