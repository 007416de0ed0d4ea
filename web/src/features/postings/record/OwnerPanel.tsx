import type { PostingDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../components/form-errors';
import { OwnerPicker } from '../../employers/OwnerPicker';
import { useSession } from '../../session/session-context';
import { useChangeOwner } from '../postings-api';

interface OwnerPanelProps {
  posting: PostingDetail;
  onNotice(text: string): void;
}

/**
 * JOB-2: every posting has a job owner, by default whoever took it; the owner (or the central
 * office) hands it on and names designated staff, who may change it too.
 */
export function OwnerPanel({ posting, onNotice }: OwnerPanelProps) {
  const { t } = useTranslation();
  const session = useSession();
  const change = useChangeOwner(posting.id);
  const [picking, setPicking] = useState<'owner' | 'designee' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const owner = posting.owner;
  const designeeIds = posting.designees.map((d) => d.id);
  const mayAssign =
    posting.youMayChange &&
    (owner?.id === session.staff.id || session.grants.includes('central_office'));

  const save = (ownerStaffId: string, designeeStaffIds: string[], text: string) => {
    setError(null);
    change.mutate(
      { ownerStaffId, designeeStaffIds },
      {
        onSuccess: () => {
          setPicking(null);
          onNotice(text);
        },
        onError: (failure) => setError(errorText(failure, t)),
      },
    );
  };

  return (
    <section aria-labelledby="posting-owner-heading" className="margin-bottom-4">
      <h2 id="posting-owner-heading">{t('postings.owner.heading')}</h2>
      <p>
        <span className="text-bold">{t('postings.fields.owner')}: </span>
        {owner?.name ?? t('postings.owner.none')}
      </p>
      {posting.designees.length === 0 ? (
        <p>{t('postings.owner.noDesignees')}</p>
      ) : (
        <ul className="usa-list">
          {posting.designees.map((designee) => (
            <li key={designee.id}>
              {designee.name}
              {mayAssign && owner && (
                <Button
                  type="button"
                  unstyled
                  className="margin-left-1"
                  disabled={change.isPending}
                  aria-label={t('postings.owner.removeNamed', { name: designee.name })}
                  onClick={() =>
                    save(
                      owner.id,
                      designeeIds.filter((id) => id !== designee.id),
                      t('postings.notices.designeeRemoved', { name: designee.name }),
                    )
                  }
                >
                  {t('postings.owner.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{error}</p>
          </div>
        </div>
      )}
      {mayAssign && owner && (
        <>
          <Button type="button" outline onClick={() => setPicking('owner')}>
            {t('postings.owner.handOver')}
          </Button>
          <Button type="button" outline onClick={() => setPicking('designee')}>
            {t('postings.owner.addDesignee')}
          </Button>
          {picking && (
            <div>
              <p className="text-bold margin-top-2 margin-bottom-0">
                {picking === 'owner'
                  ? t('postings.owner.handOver')
                  : t('postings.owner.addDesignee')}
              </p>
              <OwnerPicker
                exclude={[owner.id, ...designeeIds]}
                busy={change.isPending}
                onPick={(person) =>
                  picking === 'owner'
                    ? save(
                        person.id,
                        designeeIds,
                        t('postings.notices.ownerChanged', { name: person.displayName }),
                      )
                    : save(
                        owner.id,
                        [...designeeIds, person.id],
                        t('postings.notices.designeeAdded', { name: person.displayName }),
                      )
                }
              />
            </div>
          )}
        </>
      )}
    </section>
  );
}
