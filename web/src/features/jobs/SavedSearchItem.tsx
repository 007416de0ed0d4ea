import type { SavedSearch } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorText } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { useJobFormat } from './job-format';
import { paramsFromCriteria } from './job-search-url';
import { useDeleteSavedSearch, useUpdateSavedSearch } from './jobs-api';

interface SavedSearchItemProps {
  search: SavedSearch;
  /** What happened, for the page's status line. */
  onDone(message: string): void;
  /** The item is gone: the page moves focus somewhere that stays. */
  onDeleted(message: string): void;
}

/** SEEK-11: one saved search: run it, turn its daily email on or off, rename or delete it. */
export function SavedSearchItem({ search, onDone, onDeleted }: SavedSearchItemProps) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(search.name);
  const [nameError, setNameError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const prefix = `saved-search-${search.id}`;
  const query = paramsFromCriteria(search.criteria).toString();

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setNameError(t('jobs.saveSearch.nameRequired'));
      return;
    }
    update.mutate(
      { id: search.id, name: name.trim() },
      {
        onSuccess: () => {
          setRenaming(false);
          setNameError(undefined);
          onDone(t('jobs.saved.renamed', { name: name.trim() }));
        },
        onError: (error) => setNameError(errorText(error, t)),
      },
    );
  };

  const toggleAlerts = () =>
    update.mutate(
      { id: search.id, alertsEnabled: !search.alertsEnabled },
      {
        onSuccess: () =>
          onDone(
            search.alertsEnabled
              ? t('jobs.saved.alertsTurnedOff', { name: search.name })
              : t('jobs.saved.alertsTurnedOn', { name: search.name }),
          ),
      },
    );

  return (
    <li className="usa-collection__item">
      <div className="usa-collection__body">
        <h3 className="usa-collection__heading" id={`${prefix}-name`}>
          {search.name}
        </h3>
        <p className="usa-collection__description">{format.criteria(search.criteria)}</p>
        <ul className="usa-collection__meta" aria-label={t('jobs.results.details')}>
          <li className="usa-collection__meta-item">
            {t('jobs.saved.createdOn', { date: format.day(search.createdAt) })}
          </li>
          <li className="usa-collection__meta-item">
            <span className={search.alertsEnabled ? 'usa-tag bg-primary' : 'usa-tag bg-base-dark'}>
              {search.alertsEnabled ? t('jobs.saved.alertsOn') : t('jobs.saved.alertsOff')}
            </span>
          </li>
        </ul>
        {update.isError && !renaming && (
          <p className="usa-error-message">{errorText(update.error, t)}</p>
        )}
        {renaming ? (
          <form noValidate onSubmit={rename} className="maxw-mobile-lg">
            <TextField
              id={`${prefix}-rename`}
              label={t('jobs.saved.newName')}
              value={name}
              onChange={setName}
              error={nameError}
              maxLength={100}
            />
            <div className="margin-top-2">
              <Button type="submit" disabled={update.isPending}>
                {t('jobs.saved.renameSave')}
              </Button>
              <Button type="button" unstyled onClick={() => setRenaming(false)}>
                {t('common.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <ul className="usa-button-group margin-top-1">
            <li className="usa-button-group__item">
              <Link
                className="usa-button"
                to={`/portal/jobs${query ? `?${query}` : ''}`}
                aria-describedby={`${prefix}-name`}
              >
                {t('jobs.saved.run')}
              </Link>
            </li>
            <li className="usa-button-group__item">
              <Button
                type="button"
                outline
                onClick={toggleAlerts}
                disabled={update.isPending}
                aria-describedby={`${prefix}-name`}
              >
                {search.alertsEnabled ? t('jobs.saved.turnOff') : t('jobs.saved.turnOn')}
              </Button>
            </li>
            <li className="usa-button-group__item">
              <Button
                type="button"
                outline
                onClick={() => setRenaming(true)}
                aria-describedby={`${prefix}-name`}
              >
                {t('jobs.saved.rename')}
              </Button>
            </li>
            <li className="usa-button-group__item">
              <Button
                type="button"
                secondary
                onClick={() => setConfirming(true)}
                aria-describedby={`${prefix}-name`}
              >
                {t('jobs.saved.delete')}
              </Button>
            </li>
          </ul>
        )}
      </div>
      {confirming && (
        <ConfirmModal
          id={`${prefix}-delete`}
          title={t('jobs.saved.deleteTitle', { name: search.name })}
          description={<p>{t('jobs.saved.deleteBody')}</p>}
          confirmLabel={t('jobs.saved.delete')}
          danger
          busy={remove.isPending}
          error={remove.isError ? errorText(remove.error, t) : null}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            remove.mutate(search.id, {
              onSuccess: () => {
                setConfirming(false);
                onDeleted(t('jobs.saved.deleted', { name: search.name }));
              },
            })
          }
        />
      )}
    </li>
  );
}
