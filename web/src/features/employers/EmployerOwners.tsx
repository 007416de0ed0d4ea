import type { EmployerDetail, EmployerOwner } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorText } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { TableScroller } from '../../components/TableScroller';
import { useFormatters } from '../../i18n/format';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import { useAddOwner, useRemoveOwner } from './employers-api';
import { OwnerPicker } from './OwnerPicker';

interface EmployerOwnersProps {
  employer: EmployerDetail;
  onNotice(text: string): void;
}

/**
 * EMP-7: the business services representatives who own the account. Several may; each existing
 * owner is told by email when another is added, so that the employer hears one voice.
 */
export function EmployerOwners({ employer, onNotice }: EmployerOwnersProps) {
  const { t } = useTranslation();
  const session = useSession();
  const format = useFormatters();
  const add = useAddOwner(employer.id);
  const remove = useRemoveOwner(employer.id);
  const [removing, setRemoving] = useState<EmployerOwner | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canChange = can(session, 'employers', 'change');
  const owners = employer.owners;
  const isOwner = owners.some((owner) => owner.staffId === session.staff.id);

  const addOwner = (staffId: string, name: string) => {
    setError(null);
    add.mutate(staffId, {
      onSuccess: () =>
        onNotice(
          owners.length > 0
            ? t('employers.owners.addedTold', { name })
            : t('employers.owners.added', { name }),
        ),
      onError: (failure) => setError(errorText(failure, t)),
    });
  };

  return (
    <section aria-labelledby="employer-owners-heading" className="margin-bottom-4">
      <h2 id="employer-owners-heading" className="margin-top-0">
        {t('employers.owners.heading')}
      </h2>
      <p className="usa-prose">{t('employers.owners.intro')}</p>
      {owners.length === 0 ? (
        <p>{t('employers.owners.none')}</p>
      ) : (
        <TableScroller labelledBy="employer-owners-caption">
          <table className="usa-table usa-table--borderless width-full">
            <caption id="employer-owners-caption" className="usa-sr-only">
              {t('employers.owners.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('employers.owners.name')}</th>
                <th scope="col">{t('employers.owners.email')}</th>
                <th scope="col">{t('employers.owners.addedAt')}</th>
                {canChange && (
                  <th scope="col">
                    <span className="usa-sr-only">{t('employers.owners.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {owners.map((owner) => (
                <tr key={owner.staffId}>
                  <th scope="row">{owner.displayName}</th>
                  <td className="onestop-break">{owner.email}</td>
                  <td>
                    {owner.addedBy
                      ? t('employers.owners.addedBy', {
                          date: format.dateTime(owner.addedAt),
                          name: owner.addedBy,
                        })
                      : format.dateTime(owner.addedAt)}
                  </td>
                  {canChange && (
                    <td>
                      <Button
                        type="button"
                        unstyled
                        onClick={() => setRemoving(owner)}
                        aria-label={t('employers.owners.removeNamed', { name: owner.displayName })}
                      >
                        {t('employers.owners.remove')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {canChange && (
        <>
          {!isOwner && (
            <Button
              type="button"
              outline
              disabled={add.isPending}
              onClick={() => addOwner(session.staff.id, session.staff.displayName)}
            >
              {t('employers.owners.addMe')}
            </Button>
          )}
          <OwnerPicker
            exclude={owners.map((owner) => owner.staffId)}
            busy={add.isPending}
            onPick={(person) => addOwner(person.id, person.displayName)}
          />
        </>
      )}
      {removing && (
        <ConfirmModal
          id="remove-employer-owner"
          title={t('employers.owners.removeTitle', { name: removing.displayName })}
          description={<p>{t('employers.owners.removeBody')}</p>}
          confirmLabel={t('employers.owners.remove')}
          danger
          busy={remove.isPending}
          error={remove.error ? errorText(remove.error, t) : null}
          onCancel={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() =>
            remove.mutate(removing.staffId, {
              onSuccess: () => {
                onNotice(t('employers.owners.removed', { name: removing.displayName }));
                setRemoving(null);
              },
            })
          }
        />
      )}
    </section>
  );
}
