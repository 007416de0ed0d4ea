import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { useFormatters } from '../../../i18n/format';
import { PostingTags } from '../../postings/PostingTags';
import { useEmployerPosting } from './employer-postings-api';

/** One of the employer's postings: where it stands, and why when staff refused it (JOB-13). */
export function EmployerPostingPage() {
  const { t } = useTranslation();
  const { postingId = '' } = useParams();
  const format = useFormatters();
  const query = useEmployerPosting(postingId);
  if (query.isError) return <QueryError error={query.error} />;
  if (!query.data) return <p role="status">{t('common.loading')}</p>;
  const posting = query.data;
  const row = (label: string, value: string | null) =>
    value ? (
      <div className="margin-bottom-2">
        <dt className="text-bold">{label}</dt>
        <dd className="margin-left-0">{value}</dd>
      </div>
    ) : null;
  const pay =
    posting.payMin !== null || posting.payMax !== null
      ? [posting.payMin, posting.payMax]
          .filter((n): n is number => n !== null)
          .map((n) => `$${format.number(n)}`)
          .join(' – ') +
        (posting.payUnit ? ` ${t(`employerPortal.posting.per.${posting.payUnit}`)}` : '')
      : null;
  return (
    <>
      <p>
        <Link className="usa-link" to="/employer">
          {t('employerPortal.posting.back')}
        </Link>
      </p>
      <PageTitle>{posting.title}</PageTitle>
      <p>
        {posting.recordNumber} <PostingTags posting={posting} />
      </p>
      <p>{t(`employerPortal.posting.explain.${posting.status}`)}</p>
      {posting.refusalReason && (
        <div
          className="usa-alert usa-alert--warning"
          role="region"
          aria-label={t('employerPortal.posting.refusedBecause')}
        >
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('employerPortal.posting.refusedBecause')}</h2>
            <p className="usa-alert__text">{posting.refusalReason}</p>
          </div>
        </div>
      )}
      {posting.laborDisputeStatement && (
        <div className="usa-summary-box margin-y-2">
          <p className="usa-summary-box__text">{posting.laborDisputeStatement}</p>
        </div>
      )}
      {posting.onBoard && (
        <p>
          <Link className="usa-link" to={`/jobs/${posting.id}`}>
            {t('employerPortal.posting.publicPage')}
          </Link>
        </p>
      )}
      <dl>
        {row(t('employerPortal.posting.openings'), format.number(posting.openings))}
        {row(t('employerPortal.posting.pay'), pay)}
        {row(
          t('employerPortal.posting.place'),
          [posting.city, posting.state, posting.zip].filter(Boolean).join(', ') || null,
        )}
        {row(
          t('employerPortal.posting.deadline'),
          posting.applicationDeadline
            ? format.date(`${posting.applicationDeadline}T12:00:00`)
            : null,
        )}
        {row(
          t('employerPortal.posting.occupation'),
          posting.occupation ? `${posting.occupation.title} (${posting.occupation.code})` : null,
        )}
        {row(t('employerPortal.posting.howToApply'), posting.howToApply)}
      </dl>
      <h2>{t('employerPortal.posting.description')}</h2>
      <p className="text-pre-wrap">{posting.description}</p>
    </>
  );
}
