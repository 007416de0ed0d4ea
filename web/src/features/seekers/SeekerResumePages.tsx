import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { MessagePage } from '../../components/MessagePage';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { ResumeBuilderPage } from '../portal/resume/ResumeBuilderPage';
import { ResumeTargetContext } from '../portal/resume/resume-target';
import { ResumeUploadPage } from '../portal/upload/ResumeUploadPage';
import { isTabWithheld } from '../session/permissions';
import { useSession } from '../session/session-context';
import { seekerResumeTarget } from './seeker-resume-api';
import { seekerName } from './seeker-format';
import { useSeekerDetail } from './seekers-api';

interface SeekerResumeFrameProps {
  /** The last breadcrumb: what this page does on the record. */
  crumb: string;
  children: ReactNode;
}

/**
 * The seeker portal's resume pages, on a job seeker's record, for staff whose role may change it.
 * The route checks the module level; the Résumé tab can also be withheld from the role (SEC-3).
 */
function SeekerResumeFrame({ crumb, children }: SeekerResumeFrameProps) {
  const { t } = useTranslation();
  const { seekerId = '' } = useParams();
  const session = useSession();
  const detail = useSeekerDetail(seekerId);
  const person = detail.data;
  const name = person ? seekerName(person) : '';
  const target = useMemo(() => seekerResumeTarget(seekerId, name), [seekerId, name]);

  if (isTabWithheld(session, 'seekers.resume')) {
    return <MessagePage title={t('forbidden.title')} body={t('forbidden.body')} />;
  }
  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <MessagePage
        title={t('seekers.detail.notFoundTitle')}
        body={t('seekers.detail.notFoundBody')}
      />
    );
  }
  if (!person) {
    return detail.isError ? (
      <>
        <PageTitle>{t('seekers.detail.title')}</PageTitle>
        <QueryError error={detail.error} />
      </>
    ) : (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <>
      <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/seekers">
              <span>{t('seekers.search.title')}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to={`/seekers/${seekerId}`}>
              <span>{name}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{crumb}</span>
          </li>
        </ol>
      </nav>
      <ResumeTargetContext value={target}>{children}</ResumeTargetContext>
    </>
  );
}

/** /seekers/:seekerId/resume: SEEK-7, the guided builder on a job seeker's behalf. */
export function SeekerResumeBuilderPage() {
  const { t } = useTranslation();
  return (
    <SeekerResumeFrame crumb={t('seekers.resume.heading')}>
      <ResumeBuilderPage />
    </SeekerResumeFrame>
  );
}

/** /seekers/:seekerId/resume/upload: SEEK-8, a job seeker's resume file read into a draft. */
export function SeekerResumeUploadPage() {
  const { t } = useTranslation();
  return (
    <SeekerResumeFrame crumb={t('seekers.resume.uploadFile')}>
      <ResumeUploadPage />
    </SeekerResumeFrame>
  );
}
