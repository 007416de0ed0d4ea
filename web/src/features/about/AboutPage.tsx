import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';

/** What OneStop is, and the attribution the O*NET database license (CC BY 4.0) asks for. */
export function AboutPage() {
  const { t } = useTranslation();
  return (
    <div className="usa-prose maxw-tablet-lg">
      <PageTitle>{t('portal.about.title')}</PageTitle>
      <p className="usa-intro">{t('portal.about.intro')}</p>
      <p>{t('portal.about.who')}</p>
      <ul>
        <li>
          <Link className="usa-link" to="/portal">
            {t('portal.about.seekerLink')}
          </Link>
        </li>
        <li>
          <Link className="usa-link" to="/login">
            {t('portal.about.staffLink')}
          </Link>
        </li>
      </ul>

      <h2>{t('portal.about.onetHeading')}</h2>
      <p>{t('portal.about.onetUse')}</p>
      <p>{t('portal.about.attributionLead')}</p>
      {/* The attribution stays word for word in English in both languages, as O*NET words it. */}
      <p lang="en" className="border-left-05 border-base-lighter padding-left-2">
        This site incorporates information from{' '}
        <a className="usa-link" href="https://www.onetcenter.org/database.html">
          O*NET 29.2 Database
        </a>{' '}
        by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used
        under the{' '}
        <a className="usa-link" href="https://creativecommons.org/licenses/by/4.0/">
          CC BY 4.0
        </a>{' '}
        license. O*NET® is a trademark of USDOL/ETA.
      </p>
      <p>{t('portal.about.onetModified')}</p>

      <h2>{t('portal.about.sourceHeading')}</h2>
      <p>{t('portal.about.source')}</p>
    </div>
  );
}
