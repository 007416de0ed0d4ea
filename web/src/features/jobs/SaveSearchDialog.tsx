import type { SavedSearch } from '@onestop/contracts';
import { Button, ButtonGroup, Checkbox } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/fields';
import { useFormErrors } from '../../components/useFormErrors';
import { criteriaFromSearch, type JobCriteria } from './job-search-url';
import { useSaveSearch } from './jobs-api';

const ID = 'save-search';
const FIELD_IDS = { name: `${ID}-name`, alertsEnabled: `${ID}-alerts` };

interface SaveSearchDialogProps {
  criteria: JobCriteria;
  /** A name to start from, made of the criteria. */
  suggestedName: string;
  onSaved(search: SavedSearch): void;
  onCancel(): void;
}

/** SEEK-11: the seeker names the search and chooses whether new matches come by email daily. */
export function SaveSearchDialog({
  criteria,
  suggestedName,
  onSaved,
  onCancel,
}: SaveSearchDialogProps) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const save = useSaveSearch();
  const [name, setName] = useState(suggestedName.slice(0, 100));
  const [alertsEnabled, setAlertsEnabled] = useState(true);
  const nameInput = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React still bubbles its submit to the search form around it.
    event.stopPropagation();
    if (!name.trim()) {
      errors.showFieldErrors({ name: t('jobs.saveSearch.nameRequired') });
      return;
    }
    errors.clear();
    save.mutate(
      { name: name.trim(), alertsEnabled, criteria: criteriaFromSearch(criteria) },
      { onSuccess: onSaved, onError: (error) => errors.showServerError(error) },
    );
  };

  return (
    <Dialog
      id={ID}
      title={t('jobs.saveSearch.title')}
      description={<p>{t('jobs.saveSearch.description')}</p>}
      onClose={onCancel}
      initialFocus={nameInput}
    >
      <form noValidate onSubmit={submit} className="usa-form maxw-none">
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <TextField
          id={FIELD_IDS.name}
          label={t('jobs.saveSearch.name')}
          hint={t('jobs.saveSearch.nameHint')}
          value={name}
          onChange={setName}
          error={errors.fields.name}
          maxLength={100}
          inputRef={nameInput}
        />
        <Checkbox
          id={FIELD_IDS.alertsEnabled}
          name={FIELD_IDS.alertsEnabled}
          className="margin-top-3"
          label={t('jobs.saveSearch.alerts')}
          labelDescription={t('jobs.saveSearch.alertsHint')}
          checked={alertsEnabled}
          onChange={(event) => setAlertsEnabled(event.target.checked)}
        />
        <div className="usa-modal__footer">
          <ButtonGroup>
            <Button type="submit" disabled={save.isPending}>
              {t('jobs.saveSearch.submit')}
            </Button>
            <Button type="button" unstyled className="padding-105 text-center" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      </form>
    </Dialog>
  );
}
