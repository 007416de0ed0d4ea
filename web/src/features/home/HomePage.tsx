import type { ModuleKey } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';

interface AdminArea {
  key: 'staff' | 'roles' | 'audit';
  module: ModuleKey;
  to: string;
}

const ADMIN_AREAS: AdminArea[] = [
  { key: 'staff', module: 'admin.staff', to: '/admin/staff' },
  { key: 'roles', module: 'admin.roles', to: '/admin/roles' },
  { key: 'audit', module: 'audit', to: '/admin/audit' },
];

/** The record areas built so far, each opening at its search page. */
const WORK_AREAS = [
  { module: 'seekers', to: '/seekers' },
  { module: 'employers', to: '/employers' },
] as const satisfies readonly { module: ModuleKey; to: string }[];

/** Modules that later issues build; the home page lists those the role will be able to use. */
const UPCOMING = [
  'postings',
  'referrals',
  'services',
  'cases',
  'reports',
] as const satisfies readonly ModuleKey[];

export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const areas = ADMIN_AREAS.filter((area) => can(session, area.module, 'view'));
  const upcoming = UPCOMING.filter((module) => can(session, module, 'view'));
  const workAreas = WORK_AREAS.filter((area) => can(session, area.module, 'view'));
  const firstName = session.staff.displayName.split(' ')[0] ?? session.staff.displayName;

  return (
    <>
      <PageTitle>{t('home.greeting', { name: firstName })}</PageTitle>
      <p className="usa-intro">{t('home.workingIn', { office: session.office.name })}</p>

      {areas.length > 0 && (
        <section aria-labelledby="home-admin-heading" className="margin-top-4">
          <h2 id="home-admin-heading">{t('home.adminHeading')}</h2>
          <ul className="usa-card-group">
            {areas.map((area) => (
              <li key={area.key} className="usa-card tablet:grid-col-4">
                <div className="usa-card__container">
                  <div className="usa-card__header">
                    <h3 className="usa-card__heading" id={`card-${area.key}`}>
                      {t(`home.cards.${area.key}.title`)}
                    </h3>
                  </div>
                  <div className="usa-card__body">
                    <p>{t(`home.cards.${area.key}.body`)}</p>
                  </div>
                  <div className="usa-card__footer">
                    <Link className="usa-button" to={area.to} aria-describedby={`card-${area.key}`}>
                      {t(`home.cards.${area.key}.action`)}
                    </Link>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      {(workAreas.length > 0 || upcoming.length > 0) && (
        <section aria-labelledby="home-upcoming-heading" className="margin-top-4">
          <h2 id="home-upcoming-heading">{t('home.upcomingHeading')}</h2>
          {workAreas.length > 0 && (
            <ul className="usa-card-group">
              {workAreas.map((area) => (
                <li key={area.module} className="usa-card tablet:grid-col-4">
                  <div className="usa-card__container">
                    <div className="usa-card__header">
                      <h3 className="usa-card__heading" id={`card-${area.module}`}>
                        {t(`modules.${area.module}`)}
                      </h3>
                    </div>
                    <div className="usa-card__body">
                      <p>{t(`${area.module}.home.body`)}</p>
                    </div>
                    <div className="usa-card__footer">
                      <Link
                        className="usa-button"
                        to={area.to}
                        aria-describedby={`card-${area.module}`}
                      >
                        {t(`${area.module}.home.action`)}
                      </Link>
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          )}
          {upcoming.length > 0 && (
            <>
              <p>{t('home.upcomingIntro')}</p>
              <ul className="usa-card-group">
                {upcoming.map((module) => (
                  <li key={module} className="usa-card tablet:grid-col-4">
                    <div className="usa-card__container">
                      <div className="usa-card__header">
                        <h3 className="usa-card__heading">{t(`modules.${module}`)}</h3>
                      </div>
                      <div className="usa-card__body">
                        <p>
                          <span className="usa-tag">{t('home.comingSoon')}</span>
                        </p>
                        <p>{t(`home.upcoming.${module}`)}</p>
                      </div>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
