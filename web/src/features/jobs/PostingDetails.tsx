import type { PublicPosting } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobFormat } from './job-format';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="onestop-details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Only web addresses become links: a posting's URL must not run script in the page. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** What the job asks for, in plain words; a requirement the employer left out is not listed. */
function Requirements({ posting }: { posting: PublicPosting }) {
  const { t } = useTranslation();
  const rows: [string, ReactNode][] = [];
  const months = posting.experienceMonths;
  if (months !== null)
    rows.push([
      t('jobs.posting.experience'),
      months === 0
        ? t('jobs.posting.experienceNone')
        : months % 12 === 0
          ? t('jobs.posting.experienceYears', { count: months / 12 })
          : t('jobs.posting.experienceMonths', { count: months }),
    ]);
  if (posting.educationLevel)
    rows.push([
      t('jobs.posting.education'),
      t(`profile.options.education.${posting.educationLevel}`),
    ]);
  if (posting.licenseClass)
    rows.push([
      t('jobs.posting.license'),
      t(
        `profile.options.licenseClass.${posting.licenseClass}` as 'profile.options.licenseClass.regular',
        {
          defaultValue: posting.licenseClass,
        },
      ),
    ]);
  if (posting.endorsements.length > 0)
    rows.push([
      t('jobs.posting.endorsements'),
      posting.endorsements
        .map((e) =>
          t(`profile.options.endorsement.${e}` as 'profile.options.endorsement.passenger', {
            defaultValue: e,
          }),
        )
        .join(', '),
    ]);
  if (posting.keyboardingWpm !== null)
    rows.push([
      t('jobs.posting.keyboarding'),
      t('jobs.posting.keyboardingValue', { count: posting.keyboardingWpm }),
    ]);
  if (posting.publicTransportation !== null)
    rows.push([
      t('jobs.posting.transport'),
      posting.publicTransportation ? t('jobs.posting.transportYes') : t('jobs.posting.transportNo'),
    ]);
  if (rows.length === 0) return <p>{t('jobs.posting.noRequirements')}</p>;
  return (
    <dl className="onestop-details">
      {rows.map(([label, value]) => (
        <Row key={label} label={label}>
          {value}
        </Row>
      ))}
    </dl>
  );
}

/**
 * SEEK-11: a posting as job seekers and the public read it. JOB-11: the labor-dispute statement
 * comes first, where nobody can miss it.
 */
export function PostingDetails({
  posting,
  actions,
}: {
  posting: PublicPosting;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const place = format.place(posting);
  const website = safeUrl(posting.contactUrl);

  return (
    <div>
      {posting.laborDisputeStatement && (
        <div
          className="usa-alert usa-alert--warning margin-bottom-3"
          role="region"
          aria-labelledby="labor-dispute-heading"
        >
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="labor-dispute-heading">
              {t('jobs.posting.laborDisputeHeading')}
            </h2>
            <p className="usa-alert__text">{posting.laborDisputeStatement}</p>
          </div>
        </div>
      )}
      <p className="usa-intro margin-top-0">
        <strong>{posting.employerName}</strong>
        {place && ` · ${place}`}
      </p>
      <ul className="usa-list usa-list--unstyled margin-bottom-2">
        <li>{t('jobs.posting.posted', { date: format.day(posting.postedAt) })}</li>
        {posting.applicationDeadline && (
          <li>{t('jobs.posting.deadline', { date: format.day(posting.applicationDeadline) })}</li>
        )}
        <li>{t('jobs.posting.openings', { count: posting.openings })}</li>
        <li>{t('jobs.posting.recordNumber', { number: posting.recordNumber })}</li>
      </ul>
      {actions}

      <h2>{t('jobs.posting.payHeading')}</h2>
      <dl className="onestop-details">
        <Row label={t('jobs.posting.pay')}>{format.pay(posting)}</Row>
        {posting.hoursPerWeek !== null && (
          <Row label={t('jobs.posting.hours')}>
            {t('jobs.posting.hoursValue', { count: posting.hoursPerWeek })}
          </Row>
        )}
        {posting.employmentType && (
          <Row label={t('jobs.posting.employmentType')}>
            {t(`jobs.employmentTypes.${posting.employmentType}`)}
          </Row>
        )}
        {posting.shift && (
          <Row label={t('jobs.posting.shift')}>{t(`jobs.shifts.${posting.shift}`)}</Row>
        )}
        {posting.workDays.length > 0 && (
          <Row label={t('jobs.posting.workDays')}>
            {posting.workDays.map((day) => t(`jobs.workDays.${day}`)).join(', ')}
          </Row>
        )}
        {posting.occupation && (
          <Row label={t('jobs.posting.occupation')}>
            {t('jobs.posting.occupationValue', {
              title: posting.occupation.title,
              code: posting.occupation.code,
            })}
          </Row>
        )}
      </dl>

      <h2>{t('jobs.posting.descriptionHeading')}</h2>
      <div className="usa-prose maxw-tablet-lg" style={{ whiteSpace: 'pre-line' }}>
        {posting.description}
      </div>

      <h2>{t('jobs.posting.requirementsHeading')}</h2>
      <Requirements posting={posting} />

      <h2>{t('jobs.posting.applyHeading')}</h2>
      {posting.howToApply && (
        <p className="maxw-tablet-lg" style={{ whiteSpace: 'pre-line' }}>
          {posting.howToApply}
        </p>
      )}
      {(posting.contactEmail || website) && (
        <ul className="usa-list">
          {posting.contactEmail && (
            <li>
              {t('jobs.posting.applyEmail')}{' '}
              <a className="usa-link" href={`mailto:${posting.contactEmail}`}>
                {posting.contactEmail}
              </a>
            </li>
          )}
          {website && (
            <li>
              <a
                className="usa-link usa-link--external"
                href={website}
                target="_blank"
                rel="noreferrer noopener"
              >
                {t('jobs.posting.applyWebsite')}
                <span className="usa-sr-only"> {t('jobs.posting.opensInNewTab')}</span>
              </a>
            </li>
          )}
        </ul>
      )}
      {!posting.howToApply && !posting.contactEmail && !website && (
        <p>{t('jobs.posting.noApply')}</p>
      )}
    </div>
  );
}
