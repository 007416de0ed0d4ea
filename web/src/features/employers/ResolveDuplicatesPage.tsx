import type { EmployerDuplicatePlan } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { TextAreaField } from '../../components/fields';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { useCalendarDate } from '../seekers/seeker-format';
import { Breadcrumbs } from './Breadcrumbs';
import { formatRecordNumber } from './employer-format';
import { useDuplicatePlan, useResolveDuplicates } from './employers-api';
import { FeinValue } from './EmployerTable';

type Candidate = EmployerDuplicatePlan['survivor'] & { reason?: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function idsFromParams(params: URLSearchParams): string[] {
  const ids = (params.get('ids') ?? '').split(',').filter((id) => UUID.test(id));
  return [...new Set(ids)];
}

/**
 * EMP-3: staff picked records that are one employer. The server says which record stays, which
 * become inactive and why, and which contacts move; staff read it in plain words and confirm.
 */
export function ResolveDuplicatesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [ids] = useState(() => idsFromParams(params));
  const plan = useDuplicatePlan(ids);
  const title = t('employers.resolve.title');
  return (
    <>
      <Breadcrumbs current={title} />
      <PageTitle>{title}</PageTitle>
      <p className="usa-intro">{t('employers.resolve.intro')}</p>
      <h2>{t('employers.resolve.howHeading')}</h2>
      <ul className="usa-list">
        <li>{t('employers.resolve.howAccount')}</li>
        <li>{t('employers.resolve.howWork')}</li>
        <li>{t('employers.resolve.howOrders')}</li>
        <li>{t('employers.resolve.howContacts')}</li>
      </ul>
      {ids.length < 2 ? (
        <p>
          {t('employers.duplicates.chooseTwo')}{' '}
          <Link className="usa-link" to="/employers">
            {t('employers.resolve.backToSearch')}
          </Link>
        </p>
      ) : (
        <>
          {plan.isPending && <p role="status">{t('employers.resolve.planning')}</p>}
          {plan.isError && (
            <>
              <QueryError error={plan.error} />
              <p className="margin-top-2">
                <Link className="usa-link" to="/employers">
                  {t('employers.resolve.backToSearch')}
                </Link>
              </p>
            </>
          )}
          {plan.data && <PlanView ids={ids} plan={plan.data} onStale={() => void plan.refetch()} />}
        </>
      )}
    </>
  );
}

function PlanView({
  ids,
  plan,
  onStale,
}: {
  ids: string[];
  plan: EmployerDuplicatePlan;
  onStale(): void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const resolve = useResolveDuplicates();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const kept = formatRecordNumber(plan.survivor.recordNumber);
  const records = new Map(
    [plan.survivor, ...plan.toInactivate].map((e) => [e.id, formatRecordNumber(e.recordNumber)]),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    resolve.mutate(
      { ids, survivorId: plan.survivor.id, comment: comment.trim() || undefined },
      {
        onSuccess: (result) =>
          navigate(`/employers/${result.survivorId}`, {
            state: {
              notice: 'resolved',
              inactivated: result.inactivatedIds.length,
              copied: result.contactsCopied,
            },
          }),
        onError: (failure) => {
          setError(errorText(failure, t));
          // The records changed since the plan was made: show the new plan to review.
          if (failure instanceof ApiError && failure.status === 409) onStale();
        },
      },
    );
  };

  return (
    <form className="usa-form maxw-none" noValidate onSubmit={submit}>
      <section aria-labelledby="resolve-kept-heading">
        <h2 id="resolve-kept-heading">{t('employers.resolve.keptHeading', { record: kept })}</h2>
        <CandidateTable
          id="resolve-kept"
          caption={t('employers.resolve.keptCaption')}
          items={[plan.survivor]}
        />
      </section>
      <section aria-labelledby="resolve-gone-heading">
        <h2 id="resolve-gone-heading">
          {t('employers.resolve.goneHeading', { count: plan.toInactivate.length })}
        </h2>
        <CandidateTable
          id="resolve-gone"
          caption={t('employers.resolve.goneCaption')}
          items={plan.toInactivate}
          withReason
        />
      </section>
      <section aria-labelledby="resolve-contacts-heading">
        <h2 id="resolve-contacts-heading">
          {t('employers.resolve.contactsHeading', { record: kept })}
        </h2>
        {plan.contactsToCopy.length === 0 ? (
          <p>{t('employers.resolve.noContacts')}</p>
        ) : (
          <ul className="usa-list">
            {plan.contactsToCopy.map((c) => (
              <li key={c.contactId}>
                {t('employers.resolve.contactLine', {
                  name: `${c.firstName} ${c.lastName}`,
                  record: records.get(c.fromEmployerId) ?? '',
                })}
                {c.email && <> ({c.email})</>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="resolve-note-heading">
        <h2 id="resolve-note-heading">{t('employers.resolve.noteHeading')}</h2>
        <p className="usa-prose">{t('employers.resolve.noteGone', { record: kept })}</p>
        <p className="usa-prose">{t('employers.resolve.noteKept')}</p>
        <TextAreaField
          id="resolve-comment"
          label={t('employers.resolve.comment')}
          hint={t('employers.resolve.commentHint')}
          value={comment}
          onChange={setComment}
          maxLength={500}
          rows={3}
        />
      </section>
      {error && (
        <div className="margin-top-3">
          <Notice kind="error">{error}</Notice>
        </div>
      )}
      <div className="margin-top-4">
        <Button type="submit" disabled={resolve.isPending}>
          {t('employers.resolve.confirm', { record: kept, count: plan.toInactivate.length })}
        </Button>
        <Link className="usa-button usa-button--unstyled margin-left-2" to="/employers">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

function CandidateTable({
  id,
  caption,
  items,
  withReason,
}: {
  id: string;
  caption: string;
  items: Candidate[];
  withReason?: boolean;
}) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  return (
    <TableScroller labelledBy={`${id}-caption`}>
      <table className="usa-table usa-table--striped width-full" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employers.fields.name')}</th>
            <th scope="col">{t('employers.fields.recordNumber')}</th>
            <th scope="col">{t('employers.fields.fein')}</th>
            <th scope="col">{t('employers.resolve.work')}</th>
            <th scope="col">{t('employers.resolve.ownSignIn')}</th>
            {withReason && <th scope="col">{t('employers.resolve.why')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link className="usa-link" to={`/employers/${e.id}`} target="_blank" rel="noopener">
                  {e.legalName}
                  <span className="usa-sr-only"> {t('employers.opensInNewTab')}</span>
                </Link>
                <span className="display-block text-normal">
                  {[e.city, e.state].filter(Boolean).join(', ')}
                </span>
              </th>
              <td className="text-no-wrap">{formatRecordNumber(e.recordNumber)}</td>
              <td>
                <FeinValue employer={e} />
              </td>
              <td>
                {t('employers.resolve.workLine', {
                  activities: e.activities,
                  orders: e.jobOrders,
                  open: e.openJobOrders,
                })}
                {e.oldestOpenOrderDate && (
                  <span className="display-block">
                    {t('employers.resolve.oldestOrder', {
                      date: calendarDate(e.oldestOpenOrderDate),
                    })}
                  </span>
                )}
              </td>
              <td>{e.hasSelfServiceAccount ? t('common.yes') : t('common.no')}</td>
              {withReason && <td>{e.reason}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroller>
  );
}
