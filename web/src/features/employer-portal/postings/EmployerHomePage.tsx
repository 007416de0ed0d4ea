import { Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../../../components/Notice';
import { PageTitle } from '../../../components/PageTitle';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { TableScroller } from '../../../components/TableScroller';
import { useFormatters } from '../../../i18n/format';
import { PostingTags } from '../../postings/PostingTags';
import { useEmployerSession } from '../session/employer-session-context';
import { useEmployerPostings } from './employer-postings-api';

/** EMP-5, JOB-1: the employer's home: whether it may post yet, and its postings. */
export function EmployerHomePage() {
  const { t } = useTranslation();
  const session = useEmployerSession();
  const format = useFormatters();
  const location = useLocation();
  const [page, setPage] = useState(1);
  const postings = useEmployerPostings(page);
  const approved = session.employer.status === 'active';
  const submitted = (location.state as { submitted?: string } | null)?.submitted;

  return (
    <>
      <PageTitle>{session.employer.name}</PageTitle>
      {submitted && <Notice>{t('employerPortal.home.submitted', { title: submitted })}</Notice>}
      {approved ? (
        <p>
          <Link className="usa-button" to="/employer/postings/new">
            {t('employerPortal.home.postJob')}
          </Link>
        </p>
      ) : (
        <div className="usa-alert usa-alert--info margin-y-3">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('employerPortal.home.pendingTitle')}</h2>
            <p className="usa-alert__text">{t('employerPortal.home.pendingBody')}</p>
          </div>
        </div>
      )}
      <h2 id="employer-postings">{t('employerPortal.home.postingsTitle')}</h2>
      {postings.isError && <QueryError error={postings.error} />}
      {postings.isPending && <p role="status">{t('common.loading')}</p>}
      {postings.data && postings.data.total === 0 && <p>{t('employerPortal.home.none')}</p>}
      {postings.data && postings.data.total > 0 && (
        <>
          <TableScroller labelledBy="employer-postings">
            <Table fullWidth aria-labelledby="employer-postings">
              <thead>
                <tr>
                  <th scope="col">{t('employerPortal.home.columns.title')}</th>
                  <th scope="col">{t('employerPortal.home.columns.status')}</th>
                  <th scope="col">{t('employerPortal.home.columns.openings')}</th>
                  <th scope="col">{t('employerPortal.home.columns.submitted')}</th>
                  <th scope="col">{t('employerPortal.home.columns.deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {postings.data.items.map((posting) => (
                  <tr key={posting.id}>
                    <th scope="row">
                      <Link className="usa-link" to={`/employer/postings/${posting.id}`}>
                        {posting.title}
                      </Link>{' '}
                      <span className="text-base">{posting.recordNumber}</span>
                    </th>
                    <td>
                      <PostingTags posting={posting} />
                    </td>
                    <td>{format.number(posting.openings)}</td>
                    <td>{format.date(posting.createdAt)}</td>
                    <td>
                      {posting.applicationDeadline
                        ? format.date(`${posting.applicationDeadline}T12:00:00`)
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </TableScroller>
          <Pagination
            page={postings.data.page}
            pageSize={postings.data.pageSize}
            total={postings.data.total}
            onChange={setPage}
          />
        </>
      )}
    </>
  );
}
