import type { PortalHome } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../../i18n/format';
import { ResumeExports } from '../resume/ResumeExports';
import { HomeCard } from './HomeCard';

const ID = 'home-resume';

/** SEEK-7 to SEEK-10 from the home page: the resume's state and what can be done with it. */
export function ResumeCard({ home }: { home: PortalHome }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { resume } = home;
  const footer = (
    <ul className="usa-button-group">
      <li className="usa-button-group__item">
        <Link className="usa-button" to="/portal/resume" aria-describedby={ID}>
          {resume.started ? t('portal.home.resume.edit') : t('portal.home.resume.build')}
        </Link>
      </li>
      <li className="usa-button-group__item">
        <Link className="usa-button usa-button--outline" to="/portal/resume/upload">
          {t('portal.home.resume.upload')}
        </Link>
      </li>
    </ul>
  );
  return (
    <HomeCard id={ID} title={t('portal.home.resume.title')} footer={footer} wide>
      {resume.started && resume.updatedAt ? (
        <>
          <p>
            <span className={resume.searchable ? 'usa-tag bg-primary' : 'usa-tag bg-base-dark'}>
              {resume.searchable
                ? t('portal.home.resume.searchable')
                : t('portal.home.resume.confidential')}
            </span>
          </p>
          <p>
            {resume.searchable
              ? t('portal.home.resume.searchableBody')
              : t('portal.home.resume.confidentialBody')}
          </p>
          <p>
            {t('portal.home.resume.lastSaved', { date: date(resume.updatedAt) })}{' '}
            {t('portal.home.resume.jobs', { count: resume.jobs })}
          </p>
          <h3 className="font-heading-sm">{t('portal.exports.heading')}</h3>
          <ResumeExports noEmail={home.emailIsPlaceholder} />
        </>
      ) : (
        <p>{t('portal.home.resume.notStarted')}</p>
      )}
    </HomeCard>
  );
}
