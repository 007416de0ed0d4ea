import { maskAlienNumber, type SeekerProfile } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seekerName, useCalendarDate } from '../seekers/seeker-format';
import { labelOf, useProfileOptions } from './profile-options';
import { STATE_CHOICES } from './ProfileWorkPlaces';

const STATE_LABELS = STATE_CHOICES.map(({ code, name }) => ({ value: code, label: name }));

type Row = [term: string, value: ReactNode];

function Details({ id, heading, rows }: { id: string; heading: string; rows: Row[] }) {
  return (
    <section aria-labelledby={id} className="margin-bottom-4">
      <h3 id={id} className="margin-top-0">
        {heading}
      </h3>
      <dl className="onestop-details">
        {rows.map(([term, value]) => (
          <div key={term} className="onestop-details__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Lines({ lines }: { lines: string[] }) {
  return (
    <span className="display-block">
      {lines.map((line, index) => (
        <span key={`${index}-${line}`} className="display-block">
          {line}
        </span>
      ))}
    </span>
  );
}

/**
 * SEEK-6: the profile to read (the staff Profile tab), section by section; unanswered questions
 * say so. The A-number shows only masked, as the server sends it to staff.
 */
export function ProfileSummary({ profile }: { profile: SeekerProfile }) {
  const { t } = useTranslation();
  const o = useProfileOptions();
  const calendarDate = useCalendarDate();
  const { contact: c, demographics: d, veteran: v, driversLicense: dl, preferences: w } = profile;
  const unanswered = t('profile.notAnswered');
  const or = (value: ReactNode) => (value === null || value === '' ? unanswered : value);
  const date = (value: string | null) => (value ? calendarDate(value) : unanswered);
  const yesNo = (value: boolean | null) =>
    value === null ? unanswered : value ? t('common.yes') : t('common.no');
  const many = (values: string[], options: { value: string; label: string }[]) =>
    values.length > 0
      ? values.map((value) => labelOf(options, value)).join(', ')
      : t('profile.none');
  const phone = (number: string | null, kind: string | null) =>
    number ? (kind ? `${number} (${labelOf(o.phoneType, kind)})` : number) : unanswered;
  const address = (a: {
    address1: string | null;
    address2: string | null;
    city: string | null;
    state: string | null;
    zip: string | null;
  }) => {
    const place = [a.city, [a.state, a.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const lines = [a.address1, a.address2, place].filter((line): line is string => Boolean(line));
    return lines.length > 0 ? <Lines lines={lines} /> : unanswered;
  };
  const served = v.servedInMilitary === true;
  const nonCitizen = d.citizenship !== null && d.citizenship !== 'us_citizen';
  const wage =
    w.desiredWage === null
      ? unanswered
      : `$${w.desiredWage.toFixed(2)}${w.payUnit ? ` (${labelOf(o.payUnit, w.payUnit)})` : ''}`;
  const zips =
    w.zipCodes.length === 0
      ? t('profile.none')
      : w.radiusMiles === null
        ? w.zipCodes.join(', ')
        : `${w.zipCodes.join(', ')} – ${t('profile.summary.withinMiles', { miles: w.radiusMiles })}`;
  const resume = profile.fromResume;

  return (
    <>
      <Details
        id="profile-contact-heading"
        heading={t('profile.sections.contact')}
        rows={[
          [t('profile.fields.name'), seekerName(c)],
          [t('profile.fields.email'), or(c.email)],
          [t('profile.fields.primaryPhone'), phone(c.primaryPhone, c.primaryPhoneType)],
          [t('profile.fields.alternatePhone'), phone(c.alternatePhone, c.alternatePhoneType)],
          [t('profile.fields.homeAddress'), address(c)],
          [t('profile.fields.county'), or(c.county)],
          [
            t('profile.fields.mailingAddress'),
            c.mailingAddress ? address(c.mailingAddress) : t('profile.summary.sameAsHome'),
          ],
        ]}
      />
      <Details
        id="profile-demographics-heading"
        heading={t('profile.sections.demographics')}
        rows={[
          [t('profile.fields.birthDate'), date(d.birthDate)],
          [t('profile.fields.gender'), or(labelOf(o.gender, d.gender))],
          [t('profile.fields.ethnicity'), or(labelOf(o.ethnicity, d.ethnicity))],
          [t('profile.fields.races'), many(d.races, o.race)],
          [t('profile.fields.citizenship'), or(labelOf(o.citizenship, d.citizenship))],
          ...(nonCitizen
            ? ([
                [
                  t('profile.fields.alienRegistrationNumber'),
                  or(maskAlienNumber(d.alienRegistrationNumber)),
                ],
                [t('profile.fields.alienRegistrationExpires'), date(d.alienRegistrationExpires)],
              ] satisfies Row[])
            : []),
          [t('profile.fields.disability'), or(labelOf(o.disability, d.disability))],
        ]}
      />
      <Details
        id="profile-veteran-heading"
        heading={t('profile.sections.veteran')}
        rows={[
          [t('profile.fields.servedInMilitary'), yesNo(v.servedInMilitary)],
          [t('profile.fields.veteranType'), or(labelOf(o.veteranType, v.veteranType))],
          ...(served
            ? ([
                [t('profile.fields.serviceStartDate'), date(v.serviceStartDate)],
                [t('profile.fields.serviceEndDate'), date(v.serviceEndDate)],
                ...(v.veteranType === 'transitioning_service_member'
                  ? ([
                      [t('profile.fields.plannedSeparationDate'), date(v.plannedSeparationDate)],
                      [
                        t('profile.fields.transitioningType'),
                        or(labelOf(o.transitioningType, v.transitioningType)),
                      ],
                    ] satisfies Row[])
                  : []),
                [t('profile.fields.branch'), or(labelOf(o.branch, v.branch))],
                [t('profile.fields.rank'), or(v.rank)],
                [t('profile.fields.dischargeType'), or(labelOf(o.discharge, v.dischargeType))],
                [t('profile.fields.campaignVeteran'), yesNo(v.campaignVeteran)],
                [
                  t('profile.fields.serviceConnectedDisability'),
                  or(labelOf(o.serviceDisability, v.serviceConnectedDisability)),
                ],
              ] satisfies Row[])
            : []),
          [t('profile.coveredPerson'), yesNo(profile.coveredForPriorityOfService)],
        ]}
      />
      <Details
        id="profile-employment-heading"
        heading={t('profile.sections.employment')}
        rows={[
          [
            t('profile.fields.employmentStatus'),
            or(labelOf(o.employmentStatus, profile.employment.employmentStatus)),
          ],
          [
            t('profile.fields.schoolStatus'),
            or(labelOf(o.schoolStatus, profile.employment.schoolStatus)),
          ],
          [
            t('profile.fields.highestEducation'),
            or(labelOf(o.education, profile.employment.highestEducation)),
          ],
        ]}
      />
      <Details
        id="profile-license-heading"
        heading={t('profile.sections.license')}
        rows={[
          [t('profile.fields.hasLicense'), yesNo(dl.hasLicense)],
          ...(dl.hasLicense
            ? ([
                [t('profile.fields.licenseState'), or(dl.state)],
                [t('profile.fields.licenseClass'), or(labelOf(o.licenseClass, dl.licenseClass))],
                [t('profile.fields.endorsements'), many(dl.endorsements, o.endorsement)],
              ] satisfies Row[])
            : []),
        ]}
      />
      <Details
        id="profile-languages-heading"
        heading={t('profile.sections.languages')}
        rows={
          profile.languages.length > 0
            ? profile.languages.map((l): Row => [
                l.language,
                or(labelOf(o.proficiency, l.proficiency)),
              ])
            : [[t('profile.sections.languages'), t('profile.none')]]
        }
      />
      <Details
        id="profile-preferences-heading"
        heading={t('profile.sections.preferences')}
        rows={[
          [t('profile.fields.desiredWage'), wage],
          [t('profile.fields.workWeek'), or(labelOf(o.workWeek, w.workWeek))],
          [t('profile.fields.duration'), or(labelOf(o.duration, w.duration))],
          [t('profile.fields.overtime'), yesNo(w.overtime)],
          [t('profile.fields.shifts'), many(w.shifts, o.shift)],
          [t('profile.fields.zipCodes'), zips],
          [t('profile.fields.states'), many(w.states, STATE_LABELS)],
          [t('profile.fields.willingToRelocate'), yesNo(w.willingToRelocate)],
        ]}
      />
      {resume && (
        <Details
          id="profile-resume-heading"
          heading={t('profile.sections.fromResume')}
          rows={[
            [
              t('profile.fields.education'),
              resume.education.length > 0 ? (
                <Lines
                  lines={resume.education.map((e) =>
                    [e.institution, e.degree, e.completedYear].filter(Boolean).join(', '),
                  )}
                />
              ) : (
                t('profile.none')
              ),
            ],
            [
              t('profile.fields.licenses'),
              resume.licenses.length > 0
                ? resume.licenses.map((l) => l.name).join(', ')
                : t('profile.none'),
            ],
            [
              t('profile.fields.skills'),
              resume.skills.length > 0 ? resume.skills.join(', ') : t('profile.none'),
            ],
          ]}
        />
      )}
    </>
  );
}
