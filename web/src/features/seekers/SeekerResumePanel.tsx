import type { ResumeUploadList, SavedResume } from '@onestop/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { QueryError } from '../../components/QueryError';
import { useFormatters } from '../../i18n/format';
import { ResumePreview } from '../portal/resume/ResumePreview';

interface SeekerResumePanelProps {
  seekerId: string;
  /** The resume is fetched only once its tab is opened. */
  active: boolean;
}

/** The Resume tab (SEEK-7, SEEK-10): the saved resume, its downloads and the files uploaded. */
export function SeekerResumePanel({ seekerId, active }: SeekerResumePanelProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const base = `/api/v1/seekers/${seekerId}/resume`;
  const resume = useQuery({
    queryKey: ['seekers', 'resume', seekerId],
    queryFn: ({ signal }) => api.get<SavedResume>(base, { signal }),
    enabled: active,
  });
  const uploads = useQuery({
    queryKey: ['seekers', 'resume-uploads', seekerId],
    queryFn: ({ signal }) => api.get<ResumeUploadList>(`${base}/uploads`, { signal }),
    enabled: active,
  });

  if (resume.error) return <QueryError error={resume.error} />;
  if (!resume.data) return <p role="status">{t('common.loading')}</p>;
  const saved = resume.data;
  return (
    <>
      <section aria-labelledby="seeker-resume-heading" className="margin-bottom-4">
        <h2 id="seeker-resume-heading" className="margin-top-0">
          {t('seekers.resume.heading')}
        </h2>
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
