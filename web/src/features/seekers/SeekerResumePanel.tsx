import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../i18n/format';
import { ResumePreview } from '../portal/resume/ResumePreview';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import {
  resumeNoticeOf,
  seekerResumeBase,
  useSeekerResume,
  useSeekerResumeUploads,
  type ResumeNotice,
} from './seeker-resume-api';

interface SeekerResumePanelProps {
  seekerId: string;
  /** The resume is fetched only once its tab is opened. */
  active: boolean;
}

function useNoticeText(notice: ResumeNotice | null): string | null {
  const { t } = useTranslation();
  if (!notice) return null;
  return notice.notice === 'resumeSaved'
    ? t('seekers.resume.notices.saved')
    : t('seekers.resume.notices.uploadSaved', { file: notice.file });
}

/**
 * The Resume tab (SEEK-7, SEEK-8, SEEK-10): the saved resume, its downloads and the files
 * uploaded; staff whose role may change the record build, edit or upload it on the seeker's behalf.
 */
export function SeekerResumePanel({ seekerId, active }: SeekerResumePanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const session = useSession();
  const location = useLocation();
  // Read once: the notice is about arriving here, not about later visits to the tab.
  const [notice] = useState(() => resumeNoticeOf(location.state));
  const noticeText = useNoticeText(notice);
  const base = seekerResumeBase(seekerId);
  const resume = useSeekerResume(seekerId, active);
  const uploads = useSeekerResumeUploads(seekerId, active);
  const canChange = can(session, 'seekers', 'change');

  if (resume.error) return <QueryError error={resume.error} />;
  if (!resume.data) return <p role="status">{t('common.loading')}</p>;
  const saved = resume.data;
  return (
    <>
      <Notice>{noticeText}</Notice>
      <section aria-labelledby="seeker-resume-heading" className="margin-bottom-4">
        <h2 id="seeker-resume-heading" className="margin-top-0">
          {t('seekers.resume.heading')}
        </h2>
        {canChange && (
          <ul
            className="usa-button-group margin-bottom-2"
            aria-label={t('seekers.resume.actionsLabel')}
          >
            <li className="usa-button-group__item">
              <Link className="usa-button" to={`/seekers/${seekerId}/resume`}>
                {saved.updatedAt ? t('seekers.resume.edit') : t('seekers.resume.build')}
              </Link>
            </li>
            <li className="usa-button-group__item">
              <Link
                className="usa-button usa-button--outline"
                to={`/seekers/${seekerId}/resume/upload`}
              >
                {t('seekers.resume.uploadFile')}
              </Link>
            </li>
          </ul>
        )}
        {saved.updatedAt ? (
          <>
            <p className="usa-prose">
              {t('seekers.resume.saved', {
                date: format.dateTime(saved.updatedAt),
                visibility: t(
                  saved.searchable ? 'seekers.resume.searchable' : 'seekers.resume.confidential',
                ),
              })}
            </p>
            <ul className="usa-button-group">
              <li className="usa-button-group__item">
                <a className="usa-button usa-button--outline" href={`${base}/download?format=pdf`}>
                  {t('seekers.resume.downloadPdf')}
                </a>
              </li>
              <li className="usa-button-group__item">
                <a className="usa-button usa-button--outline" href={`${base}/download?format=docx`}>
                  {t('seekers.resume.downloadDocx')}
                </a>
              </li>
            </ul>
            <div className="border-1px border-base-lighter padding-2 margin-top-2">
              <ResumePreview resume={saved.resume} level={3} />
            </div>
          </>
        ) : (
          <p className="usa-prose">{t('seekers.resume.none')}</p>
        )}
      </section>
      <section aria-labelledby="seeker-uploads-heading">
        <h2 id="seeker-uploads-heading">{t('seekers.resume.uploadsHeading')}</h2>
        {uploads.error && <QueryError error={uploads.error} />}
        {uploads.data && uploads.data.items.length === 0 && (
          <p className="usa-prose">{t('seekers.resume.noUploads')}</p>
        )}
        {uploads.data && uploads.data.items.length > 0 && (
          <ul className="usa-list">
            {uploads.data.items.map((file) => (
              <li key={file.id}>
                <a href={`${base}/uploads/${file.id}`}>{file.fileName}</a>{' '}
                {t('seekers.resume.uploadedAt', {
                  date: format.dateTime(file.uploadedAt),
                  by: file.uploadedByStaff ?? t('seekers.resume.bySeeker'),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
