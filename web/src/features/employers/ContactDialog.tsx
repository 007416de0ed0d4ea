import type { EmployerContact } from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { TextField } from '../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import {
  checkContact,
  contactValues,
  toAddContact,
  toUpdateContact,
  type ContactValues,
} from './contact-form';
import { useAddContact, useUpdateContact } from './employers-api';

const P = 'employer-contact';

interface ContactDialogProps {
  employerId: string;
  /** The contact to correct; absent to add one. */
  contact?: EmployerContact;
  onClose(): void;
  onDone(text: string): void;
}

/** EMP-4: adds a contact to the employer, or corrects one. */
export function ContactDialog({ employerId, contact, onClose, onDone }: ContactDialogProps) {
  const { t } = useTranslation();
  const add = useAddContact(employerId);
  const update = useUpdateContact(employerId);
  const [initial] = useState(() => contactValues(contact));
  const [values, setValues] = useState<ContactValues>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<ContactValues>) => setValues((current) => ({ ...current, ...patch }));

  const onError = (failure: unknown) => {
    setError(errorText(failure, t));
    setFieldErrors(fieldErrorsFrom(failure));
  };

  const confirm = () => {
    const problems = checkContact(values, t);
    setFieldErrors(problems);
    setError(null);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(`${P}-${first}`)?.focus();
      return;
    }
    const name = `${values.firstName.trim()} ${values.lastName.trim()}`;
    if (!contact) {
      add.mutate(toAddContact(values), {
        onSuccess: () => onDone(t('employers.contacts.added', { name })),
        onError,
      });
      return;
    }
    const body = toUpdateContact(initial, values);
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    update.mutate(
      { contactId: contact.id, ...body },
      { onSuccess: () => onDone(t('employers.contacts.saved', { name })), onError },
    );
  };

  const text = (
    key: Exclude<keyof ContactValues, 'isPrimary'>,
    maxLength: number,
    hint?: string,
  ) => (
    <TextField
      id={`${P}-${key}`}
      label={t(`employers.contacts.fields.${key}`)}
      hint={hint}
      value={values[key]}
      onChange={(value) => set({ [key]: value })}
      error={fieldErrors[key]}
      maxLength={maxLength}
      autoComplete="off"
      required={key === 'firstName' || key === 'lastName'}
      type={key === 'email' ? 'email' : 'text'}
    />
  );

  const optional = t('forms.optional');
  return (
    <ConfirmModal
      id="employer-contact-dialog"
      title={
        contact
          ? t('employers.contacts.editTitle', { name: `${contact.firstName} ${contact.lastName}` })
          : t('employers.contacts.addTitle')
      }
      description={<p>{t('forms.allRequired')}</p>}
      confirmLabel={contact ? t('common.saveChanges') : t('employers.contacts.add')}
      busy={add.isPending || update.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      {text('firstName', 60)}
      {text('lastName', 60)}
      {text('title', 120, optional)}
      {text('phone', 20, t('employers.form.phoneHint'))}
      {text('email', 254, optional)}
      <Checkbox
        id={`${P}-isPrimary`}
        name={`${P}-isPrimary`}
        className="margin-top-3"
        label={t('employers.contacts.fields.isPrimary')}
        labelDescription={t('employers.contacts.primaryHint')}
        checked={values.isPrimary}
        onChange={(event) => set({ isPrimary: event.target.checked })}
      />
    </ConfirmModal>
  );
}
