import type { PostingDetail } from '@onestop/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormatters } from '../../../i18n/format';
import { Details } from '../../employers/Details';
import { useCalendarDate } from '../../seekers/seeker-format';
import { PostingStatusTag } from '../PostingTags';

type Row = [string, ReactNode];

/** The summary at the top of a record: status, openings, owner, dates, board and reservation. */
export function PostingSummaryBox({ posting }: { posting: PostingDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const calendarDate = useCalendarDate();
  const none = t('postings.none');
  const reservation = posting.reservation;
  const reservationText = !reservation
    ? t('postings.summary.notReserved')
    : reservation.indefinite
      ? t('postings.summary.reservedIndefinitely')
      : reservation.until
        ? t('postings.summary.reservedUntil', {
            days: reservation.days,
            date: format.dateTime(reservation.until),
          })
        : t('postings.summary.reservedFromPosting', { days: reservation.days });
  return (
    <section aria-labelledby="posting-summary-heading" className="usa-summary-box margin-bottom-4">
      <div className="usa-summary-box__body">
        <h2 id="posting-summary-heading" className="usa-summary-box__heading">
          {t('postings.summary.heading')}
        </h2>
        <dl className="onestop-details">
          {(
            [
              [t('postings.fields.status'), <PostingStatusTag key="s" status={posting.status} />],
              [t('postings.fields.openings'), posting.openings],
              [
                t('postings.fields.employer'),
                <Link key="e" className="usa-link" to={`/employers/${posting.employer.id}`}>
                  {posting.employer.name}
                </Link>,
              ],
              [t('postings.fields.owner'), posting.owner?.name ?? none],
              [
                t('postings.fields.designees'),
                posting.designees.map((d) => d.name).join(', ') || none,
              ],
              [t('postings.fields.createdAt'), format.dateTime(posting.createdAt)],
              [
                t('postings.fields.postedAt'),
                posting.postedAt ? format.dateTime(posting.postedAt) : none,
              ],
              [
                t('postings.fields.applicationDeadline'),
                posting.applicationDeadline ? calendarDate(posting.applicationDeadline) : none,
              ],
              [
                t('postings.fields.onBoard'),
                posting.onBoard
                  ? t('postings.summary.onBoard')
                  : posting.removedFromBoardAt
                    ? t('postings.summary.leftBoard', {
                        date: format.dateTime(posting.removedFromBoardAt),
                      })
                    : t('postings.summary.offBoard'),
              ],
              [t('postings.fields.reservation'), reservationText],
            ] as Row[]
          ).map(([term, value]) => (
            <div key={term} className="onestop-details__row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

/** Everything the order says (JOB-4, JOB-5, JOB-10, JOB-12), in the form's groups. */
export function PostingFacts({ posting }: { posting: PostingDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const none = t('postings.none');
  const opt = (group: string, value: string | null) =>
    value ? t(`postings.options.${group}.${value}` as never) : none;
  const list = (group: string, values: readonly string[]) =>
    values.map((value) => t(`postings.options.${group}.${value}` as never)).join(', ') || none;
  const pay =
    posting.payMin === null && posting.payMax === null
      ? none
      : t('postings.facts.pay', {
          min: posting.payMin === null ? '—' : format.number(posting.payMin),
          max: posting.payMax === null ? '—' : format.number(posting.payMax),
          unit: opt('payUnit', posting.payUnit),
        });
  const yesNo = (value: boolean | null) =>
    value === null ? none : value ? t('common.yes') : t('common.no');
  const place = [
    posting.address1,
    posting.city,
    [posting.state, posting.zip].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <Details
        id="posting-job-heading"
        heading={t('postings.form.jobHeading')}
        rows={[
          [
            t('postings.fields.description'),
            <span key="d" className="onestop-break" style={{ whiteSpace: 'pre-line' }}>
              {posting.description}
            </span>,
          ],
          [t('postings.fields.employmentType'), opt('employmentType', posting.employmentType)],
          [t('postings.fields.hoursPerWeek'), posting.hoursPerWeek ?? none],
          [t('postings.fields.shift'), opt('shift', posting.shift)],
          [t('postings.fields.workDays'), list('workDays', posting.workDays)],
          [t('postings.form.payHeading'), pay],
        ]}
      />
      <Details
        id="posting-requirements-heading"
        heading={t('postings.form.requirementsHeading')}
        rows={[
          [t('postings.fields.experienceMonths'), posting.experienceMonths ?? none],
          [t('postings.fields.educationLevel'), opt('education', posting.educationLevel)],
          [t('postings.fields.licenseClass'), opt('licenseClass', posting.licenseClass)],
          [t('postings.fields.endorsements'), list('endorsement', posting.endorsements)],
          [t('postings.fields.keyboardingWpm'), posting.keyboardingWpm ?? none],
        ]}
      />
      <Details
        id="posting-place-heading"
        heading={t('postings.form.placeHeading')}
        rows={[
          [t('postings.fields.place'), place || none],
          [t('postings.fields.publicTransportation'), yesNo(posting.publicTransportation)],
        ]}
      />
      <Details
        id="posting-apply-heading"
        heading={t('postings.form.applyHeading')}
        rows={[
          [t('postings.fields.contactMethod'), opt('contactMethod', posting.contactMethod)],
          [t('postings.fields.contactEmail'), posting.contactEmail ?? none],
          [t('postings.fields.contactUrl'), posting.contactUrl ?? none],
          [t('postings.fields.howToApply'), posting.howToApply ?? none],
        ]}
      />
      <Details
        id="posting-staff-heading"
        heading={t('postings.form.staffHeading')}
        rows={[
          [t('postings.fields.origin'), t(`postings.options.origin.${posting.origin}`)],
          [t('postings.fields.intakeMethod'), opt('intake', posting.intakeMethod)],
          [t('postings.fields.outOfArea'), yesNo(posting.outOfArea)],
          [t('postings.fields.stateSource'), opt('stateSource', posting.stateSource)],
          [t('postings.fields.federalSource'), opt('federalSource', posting.federalSource)],
          [t('postings.fields.programType'), opt('programType', posting.programType)],
          [t('postings.fields.subsidized'), yesNo(posting.subsidized)],
          [t('postings.fields.staffingAgency'), yesNo(posting.staffingAgency)],
          [t('postings.fields.worksiteCompany'), posting.worksiteCompany ?? none],
          [t('postings.fields.staffComments'), posting.staffComments ?? none],
        ]}
      />
    </>
  );
}
