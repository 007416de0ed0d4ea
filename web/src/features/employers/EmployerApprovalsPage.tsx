import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { MessagePage } from '../../components/MessagePage';
import { Notice } from '../../components/Notice';
import { PageTitle } from '../../components/PageTitle';
import { Pagination } from '../../components/Pagination';
import { QueryError } from '../../components/QueryError';
import { ResultsSummary } from '../../components/ResultsSummary';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { useSession } from '../session/session-context';
import { ApprovalActions, focusNotice } from './ApprovalActions';
import { isCentralOffice } from './employer-access';
import { cityState, formatRecordNumber } from './employer-format';
import { EMPLOYER_PAGE_SIZE, useApprovalQueue } from './employers-api';
import { FeinValue } from './EmployerTable';

/**
 * EMP-5: employers that registered themselves wait here, oldest first, until central-office staff
 * approve or reject them. Others are told the page is not theirs, even when they type its address.
 */
export function EmployerApprovalsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const allowed = isCentralOffice(session);
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const queue = useApprovalQueue(page, allowed);

  if (!allowed) {
    return <MessagePage title={t('forbidden.title')} body={t('employers.approvals.forbidden')} />;
  }
  const data = queue.data;
  return (
    <>
      <PageTitle>{t('employers.approvals.title')}</PageTitle>
      <p className="usa-intro">{t('employers.approvals.intro')}</p>
      <div id="employer-approvals-notice" tabIndex={-1}>
        <Notice>{notice}</Notice>
      </div>
      <ResultsSummary
        page={page}
        pageSize={EMPLOYER_PAGE_SIZE}
        total={data?.total ?? 0}
        loading={queue.isPending}
      />
      {queue.isError && <QueryError error={queue.error} />}
      {data && data.items.length === 0 && <p>{t('employers.approvals.empty')}</p>}
      {data && data.items.length > 0 && (
        <TableScroller labelledBy="employer-approvals-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="employer-approvals-caption">{t('employers.approvals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.fields.name')}</th>
                <th scope="col">{t('employers.fields.recordNumber')}</th>
                <th scope="col">{t('employers.fields.fein')}</th>
                <th scope="col">{t('employers.fields.cityState')}</th>
                <th scope="col">{t('employers.approvals.chosenOffice')}</th>
                <th scope="col">{t('employers.approvals.registeredAt')}</th>
                <th scope="col">{t('employers.approvals.decision')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((employer) => (
                <tr key={employer.id}>
                  <th scope="row">
                    <Link className="usa-link" to={`/employers/${employer.id}`}>
                      {employer.legalName}
                    </Link>
                    {employer.tradeName && (
                      <span className="display-block text-normal">
                        {t('employers.fields.doingBusinessAs', { name: employer.tradeName })}
                      </span>
                    )}
                  </th>
                  <td className="text-no-wrap">{formatRecordNumber(employer.recordNumber)}</td>
                  <td>
                    <FeinValue employer={employer} />
                  </td>
                  <td>{cityState(employer) || '—'}</td>
                  <td>{employer.office?.name ?? t('employers.approvals.noOffice')}</td>
                  <td>{format.dateTime(employer.createdAt)}</td>
                  <td>
                    <ApprovalActions
                      employer={employer}
                      onDone={(text) => {
                        setNotice(text);
                        focusNotice('employer-approvals-notice');
                      }}
                    />
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
          pageSize={EMPLOYER_PAGE_SIZE}
          total={data.total}
          onChange={setPage}
        />
      )}
    </>
  );
}
