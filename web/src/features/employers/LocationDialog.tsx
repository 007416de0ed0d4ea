import type { EmployerContact, EmployerLocation } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { SelectField, TextField } from '../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import { US_STATES } from '../seekers/seeker-format';
import {
  checkLocation,
  locationValues,
  toAddLocation,
  toUpdateLocation,
  type LocationValues,
} from './contact-form';
import { useAddLocation, useUpdateLocation } from './employers-api';

const P = 'employer-location';

interface LocationDialogProps {
  employerId: string;
  /** The employer's active contacts, one of whom may be the location's own. */
  contacts: EmployerContact[];
  location?: EmployerLocation;
  onClose(): void;
  onDone(text: string): void;
}

/** EMP-4, EMP-8: one establishment, with its address, its NAICS code and its own contact. */
export function LocationDialog({
  employerId,
  contacts,
  location,
  onClose,
  onDone,
}: LocationDialogProps) {
  const { t } = useTranslation();
  const add = useAddLocation(employerId);
  const update = useUpdateLocation(employerId);
  const [initial] = useState(() => locationValues(location));
  const [values, setValues] = useState<LocationValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<LocationValues>) =>
    setValues((current) => ({ ...current, ...patch }));
  const optional = t('forms.optional');

  const onError = (failure: unknown) => {
    setError(errorText(failure, t));
    setFieldErrors(fieldErrorsFrom(failure));
  };

  const confirm = () => {
    const problems = checkLocation(values, t);
    setFieldErrors(problems);
    setError(null);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(`${P}-${first}`)?.focus();
      return;
    }
    const name = values.name.trim();
    if (!location) {
      add.mutate(toAddLocation(values), {
        onSuccess: () => onDone(t('employers.locations.added', { name })),
        onError,
      });
      return;
    }
    const body = toUpdateLocation(initial, values);
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { locationId: location.id, ...body },
      { onSuccess: () => onDone(t('employers.locations.saved', { name })), onError },
    );
  };

  const text = (
    key: Exclude<keyof LocationValues, 'state' | 'contactId'>,
    maxLength: number,
    hint?: string,
  ) => (
    <TextField
      id={`${P}-${key}`}
      label={t(`employers.locations.fields.${key}`)}
      hint={hint}
      value={values[key]}
      onChange={(value) => set({ [key]: value })}
      error={fieldErrors[key]}
      maxLength={maxLength}
      autoComplete="off"
      required={hint === undefined}
    />
  );

  // A contact made inactive since stays listed while it is still the location's.
  const choices = contacts.filter((c) => c.active || c.id === initial.contactId);
  return (
    <ConfirmModal
      id="employer-location-dialog"
      title={
        location
          ? t('employers.locations.editTitle', { name: location.name })
          : t('employers.locations.addTitle')
      }
      description={<p>{t('employers.locations.dialogIntro')}</p>}
      confirmLabel={location ? t('common.saveChanges') : t('employers.locations.add')}
      busy={add.isPending || update.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {text('name', 160)}
      {text('address1', 120)}
      {text('address2', 120, optional)}
      {text('city', 80)}
      <SelectField
        id={`${P}-state`}
        label={t('employers.locations.fields.state')}
        value={values.state}
        onChange={(state) => set({ state })}
        emptyOption={t('employers.form.choose')}
        options={US_STATES.map(([code, name]) => ({ value: code, label: `${code} – ${name}` }))}
        error={fieldErrors.state}
        required
      />
      {text('zip', 10)}
      {text('county', 80, optional)}
      {text('naicsCode', 6, t('employers.form.naicsHint'))}
      <SelectField
        id={`${P}-contactId`}
        label={t('employers.locations.fields.contactId')}
        hint={
          choices.length === 0
            ? t('employers.locations.noContacts')
            : t('employers.locations.contactHint')
        }
        value={values.contactId}
        onChange={(contactId) => set({ contactId })}
        emptyOption={t('employers.locations.noContact')}
        options={choices.map((c) => ({
          value: c.id,
          label: [`${c.firstName} ${c.lastName}`, c.title].filter(Boolean).join(', '),
        }))}
        error={fieldErrors.contactId}
      />
    </ConfirmModal>
  );
}
