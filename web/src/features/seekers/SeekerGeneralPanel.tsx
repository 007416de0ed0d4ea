import type { SeekerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { seekerName, useCalendarDate } from './seeker-format';
import { SeekerStatusDialog } from './SeekerStatusDialog';
import { SeekerEmail } from './SeekerTable';
import { SsnValue } from './SsnValue';

interface DetailsProps {
  id: string;
  heading: string;
  rows: [string, ReactNode][];
  children?: ReactNode;
}

function Details({ id, heading, rows, children }: DetailsProps) {
  return (
    <section aria-labelledby={id} className="margin-bottom-4">
      <h2 id={id} className="margin-top-0">
        {heading}
      </h2>
      <dl className="onestop-details">
        {rows.map(([term, value]) => (
          <div key={term} className="onestop-details__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}

interface SeekerGeneralPanelProps {
  person: SeekerDetail;
  onNotice(text: string): void;
}

/** The General tab: identity, contact, registration and statuses (SEEK-1 to SEEK-5). */
export function SeekerGeneralPanel({ person, onNotice }: SeekerGeneralPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const [changing, setChanging] = useState(false);
  const format = useFormatters();
  const calendarDate = useCalendarDate();
  const none = t('seekers.detail.none');
  const place = [person.city, [person.state, person.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const address = [person.address1, person.address2, place].filter(Boolean);

  return (
    <>
      <Details
        id="seeker-identity-heading"
        heading={t('seekers.fields.identityHeading')}
        rows={[
          [t('seekers.fields.name'), seekerName(person)],
          [t('seekers.fields.birthDate'), person.birthDate ? calendarDate(person.birthDate) : none],
          [t('seekers.fields.ssn'), <SsnValue key="ssn" person={person} />],
        ]}
      />
      <Details
        id="seeker-contact-heading"
        heading={t('seekers.fields.contactHeading')}
        rows={[
          [t('seekers.fields.email'), <SeekerEmail key="email" person={person} />],
          [t('seekers.fields.phone'), person.phone ?? none],
          [
            t('seekers.fields.address'),
            address.length > 0 ? (
              <span className="display-block">
                {address.map((line) => (
                  <span key={line} className="display-block">
                    {line}
                  </span>
                ))}
              </span>
            ) : (
              none
            ),
          ],
          [t('seekers.fields.county'), person.county ?? none],
        ]}
      />
      <Details
        id="seeker-registration-heading"
        heading={t('seekers.detail.registrationHeading')}
        rows={[
          [
            t('seekers.fields.registrationMethod'),
            t(`seekers.methods.${person.registrationMethod}`),
          ],
          [
            t('seekers.fields.registrationComplete'),
            person.registrationComplete ? t('common.yes') : t('common.no'),
          ],
          [t('seekers.fields.registeredAt'), format.dateTime(person.createdAt)],
          [t('seekers.fields.hasAccount'), person.hasAccount ? t('common.yes') : t('common.no')],
        ]}
      />
      <Details
        id="seeker-status-heading"
        heading={t('seekers.detail.statusHeading')}
        rows={[
          [
            t('seekers.fields.registrationStatus'),
            t(`seekers.status.${person.registrationStatus}`),
          ],
          [t('seekers.fields.seekerStatus'), t(`seekers.status.${person.seekerStatus}`)],
        ]}
      >
        {can(session, 'seekers', 'change') && (
          <Button type="button" outline onClick={() => setChanging(true)}>
            {t('seekers.statusDialog.open')}
          </Button>
        )}
        {changing && (
          <SeekerStatusDialog
            person={person}
            onClose={() => setChanging(false)}
            onDone={() => {
              setChanging(false);
              onNotice(t('seekers.notices.statusChanged'));
            }}
          />
        )}
      </Details>
    </>
  );
}
