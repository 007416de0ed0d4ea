import type { EducationEntry, StructuredResume, WorkEntry } from '@onestop/contracts';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LOCALES } from '../../../i18n';

type Level = 2 | 3;

function Heading({ level, id, children }: { level: number; id?: string; children: ReactNode }) {
  const Tag = `h${Math.min(level, 6)}` as 'h2';
  return <Tag id={id}>{children}</Tag>;
}

function useResumeFormat() {
  const { t, i18n } = useTranslation();
  const locale = LOCALES[isLanguage(i18n.language) ? i18n.language : 'en'];
  return useMemo(() => {
    const month = new Intl.DateTimeFormat(locale, {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD' });
    const monthYear = (value: string) => month.format(new Date(`${value}-01T00:00:00Z`));
    return {
      dates(job: Pick<WorkEntry, 'startDate' | 'endDate'>): string {
        if (!job.startDate) return job.endDate ? monthYear(job.endDate) : '';
        const end = job.endDate ? monthYear(job.endDate) : t('portal.resume.preview.present');
        return `${monthYear(job.startDate)} – ${end}`;
      },
      pay(job: WorkEntry): string {
        if (job.wage === null || !job.payUnit) return '';
        return t('portal.resume.preview.pay', {
          amount: money.format(job.wage),
          unit: t(`portal.resume.payPer.${job.payUnit}`),
        });
      },
      monthYear,
    };
  }, [locale, t]);
}

const joined = (parts: (string | null | undefined)[], separator = ', ') =>
  parts.filter(Boolean).join(separator);

/** The resume as it reads, for the preview step and for checking an uploaded draft. */
export function ResumePreview({ resume, level }: { resume: StructuredResume; level: Level }) {
  const { t } = useTranslation();
  const format = useResumeFormat();
  const { contact } = resume;
  const name = joined([contact.firstName, contact.lastName], ' ');
  const where = joined([joined([contact.city, contact.state]), contact.zip], ' ');
  const section = level + 1;
  const educationLine = (entry: EducationEntry) =>
    joined([
      entry.degree ?? (entry.level ? t(`portal.resume.levels.${entry.level}`) : null),
      entry.major,
      entry.institution,
      entry.completedYear === null ? null : String(entry.completedYear),
    ]);

  return (
    <article
      aria-labelledby="resume-preview-name"
      className="bg-white border-1px border-base-lighter radius-md padding-x-3 padding-bottom-3 margin-y-3"
    >
      <Heading level={level} id="resume-preview-name">
        {name || t('portal.resume.preview.noName')}
      </Heading>
      <p>{joined([where, contact.phone, contact.email], ' · ')}</p>

      {resume.summary && (
        <>
          <Heading level={section}>{t('portal.resume.preview.summary')}</Heading>
          <p className="text-pre-line">{resume.summary}</p>
        </>
      )}

      <Heading level={section}>{t('portal.resume.steps.work')}</Heading>
      {resume.work.length === 0 && <p>{t('portal.resume.preview.none')}</p>}
      {resume.work.map((job, index) => (
        <div key={index} className="margin-bottom-2">
          <p className="margin-bottom-05">
            <strong>{job.title}</strong>
            {job.employer && ` — ${job.employer}`}
          </p>
          <p className="margin-top-0 text-base-dark">
            {joined([joined([job.city, job.state]), format.dates(job), format.pay(job)], ' · ')}
          </p>
          {job.duties && (
            <ul className="usa-list">
              {job.duties
                .split('\n')
                .map((line) => line.replace(/^\s*[•·*-]\s*/, '').trim())
                .filter(Boolean)
                .map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
            </ul>
          )}
        </div>
      ))}

      <Heading level={section}>{t('portal.resume.steps.education')}</Heading>
      {resume.education.length === 0 ? (
        <p>{t('portal.resume.preview.none')}</p>
      ) : (
        <ul className="usa-list">
          {resume.education.map((entry, index) => (
            <li key={index}>{educationLine(entry)}</li>
          ))}
        </ul>
      )}

      <Heading level={section}>{t('portal.resume.steps.licenses')}</Heading>
      {resume.licenses.length === 0 ? (
        <p>{t('portal.resume.preview.none')}</p>
      ) : (
        <ul className="usa-list">
          {resume.licenses.map((entry, index) => (
            <li key={index}>
              {joined([
                entry.name,
                entry.issuer,
                entry.expires
                  ? t('portal.resume.preview.expires', { date: format.monthYear(entry.expires) })
                  : null,
              ])}
            </li>
          ))}
        </ul>
      )}

      <Heading level={section}>{t('portal.resume.steps.skills')}</Heading>
      <p>
        {resume.skills.length === 0 ? t('portal.resume.preview.none') : resume.skills.join(', ')}
      </p>
    </article>
  );
}
