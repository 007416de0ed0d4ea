import type { EmployerContact, EmployerDetail, EmployerLocation } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import { TableScroller } from '../../components/TableScroller';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { Lines } from './Details';
import { addressLines } from './employer-format';
import { useEmployerLocations, useUpdateLocation } from './employers-api';
import { LocationDialog } from './LocationDialog';

interface EmployerLocationsProps {
  employer: EmployerDetail;
  active: boolean;
  contacts: EmployerContact[];
  onNotice(text: string): void;
}

type Editing = { kind: 'add' } | { kind: 'edit'; location: EmployerLocation } | null;

/**
 * EMP-8: services to a business are tracked by establishment, one physical place with mainly one
 * economic activity; EMP-4: each has its own contact.
 */
export function EmployerLocations({
  employer,
  active,
  contacts,
  onNotice,
}: EmployerLocationsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const locations = useEmployerLocations(employer.id, active);
  const update = useUpdateLocation(employer.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [error, setError] = useState<string | null>(null);
  const canAdd = can(session, 'employers', 'add');
  const canChange = can(session, 'employers', 'change');
  const none = t('employers.detail.none');

  const setActive = (location: EmployerLocation, on: boolean) => {
    setError(null);
    update.mutate(
      { locationId: location.id, active: on },
      {
        onSuccess: () =>
          onNotice(
            on
              ? t('employers.locations.reactivated', { name: location.name })
              : t('employers.locations.deactivated', { name: location.name }),
          ),
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <section aria-labelledby="employer-locations-heading">
      <h2 id="employer-locations-heading">{t('employers.locations.heading')}</h2>
      <p className="usa-prose">{t('employers.locations.intro')}</p>
      {locations.isPending && <p role="status">{t('common.loading')}</p>}
      {locations.isError && <QueryError error={locations.error} />}
      {error && <Notice kind="error">{error}</Notice>}
      {canAdd && (
        <Button type="button" onClick={() => setEditing({ kind: 'add' })}>
          {t('employers.locations.add')}
        </Button>
      )}
      {locations.data?.length === 0 && <p>{t('employers.locations.none')}</p>}
      {locations.data && locations.data.length > 0 && (
        <TableScroller labelledBy="employer-locations-caption">
          <table className="usa-table usa-table--striped width-full">
            <caption id="employer-locations-caption">{t('employers.locations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.locations.fields.name')}</th>
                <th scope="col">{t('employers.fields.address')}</th>
                <th scope="col">{t('employers.locations.fields.naicsCode')}</th>
                <th scope="col">{t('employers.locations.fields.contactId')}</th>
                <th scope="col">{t('employers.fields.status')}</th>
                {canChange && (
                  <th scope="col">
                    <span className="usa-sr-only">{t('employers.contacts.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {locations.data.map((location) => (
                <tr key={location.id}>
                  <th scope="row">{location.name}</th>
                  <td>
                    <Lines lines={addressLines(location)} none={none} />
                  </td>
                  <td>{location.naicsCode ?? none}</td>
                  <td>
                    {location.contact ? (
                      <Lines
                        none={none}
                        lines={[
                          `${location.contact.firstName} ${location.contact.lastName}`,
                          ...[location.contact.phone, location.contact.email].filter(
                            (v): v is string => Boolean(v),
                          ),
                        ]}
                      />
                    ) : (
                      none
                    )}
                  </td>
                  <td>
                    {location.active
                      ? t('employers.status.active')
                      : t('employers.status.inactive')}
                  </td>
                  {canChange && (
                    <td>
                      <ul className="usa-button-group">
                        <li className="usa-button-group__item">
                          <Button
                            type="button"
                            unstyled
                            onClick={() => setEditing({ kind: 'edit', location })}
                            aria-label={t('employers.locations.editNamed', { name: location.name })}
                          >
                            {t('employers.contacts.edit')}
                          </Button>
                        </li>
                        <li className="usa-button-group__item">
                          <Button
                            type="button"
                            unstyled
                            disabled={update.isPending}
                            onClick={() => setActive(location, !location.active)}
                            aria-label={
                              location.active
                                ? t('employers.locations.deactivateNamed', { name: location.name })
                                : t('employers.locations.reactivateNamed', { name: location.name })
                            }
                          >
                            {location.active
                              ? t('employers.contacts.deactivate')
                              : t('employers.contacts.reactivate')}
                          </Button>
                        </li>
                      </ul>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {editing && (
        <LocationDialog
          employerId={employer.id}
          contacts={contacts}
          location={editing.kind === 'edit' ? editing.location : undefined}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            onNotice(text);
          }}
        />
      )}
    </section>
  );
}
