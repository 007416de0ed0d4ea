import { POSTING_CONTACT_METHODS, type PostingDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { useChangeContact } from '../postings-api';

const P = 'posting-contact';

interface ContactDialogProps {
  posting: PostingDetail;
  onClose(): void;
  onDone(text: string): void;
}

/** JOB-2: how applicants reach the employer changes only through the owner, with a note. */
export function ContactDialog({ posting, onClose, onDone }: ContactDialogProps) {
  const { t } = useTranslation();
  const change = useChangeContact(posting.id);
  const [method, setMethod] = useState<string>(posting.contactMethod ?? '');
  const [email, setEmail] = useState(posting.contactEmail ?? '');
  const [url, setUrl] = useState(posting.contactUrl ?? '');
  const [howToApply, setHowToApply] = useState(posting.howToApply ?? '');
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const optional = t('forms.optional');

  const confirm = () =>
    change.mutate(
      {
        contactMethod: method || null,
        contactEmail: email.trim() || null,
        contactUrl: url.trim() || null,
        howToApply: howToApply.trim() || null,
        note: note.trim() || null,
      },
      {
        onSuccess: () => onDone(t('postings.notices.contact')),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );

  return (
    <ConfirmModal
      id={`${P}-dialog`}
      title={t('postings.actions.contactTitle')}
      description={<p>{t('postings.actions.contactBody')}</p>}
      confirmLabel={t('common.saveChanges')}
      busy={change.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <SelectField
        id={`${P}-method`}
        label={t('postings.fields.contactMethod')}
        hint={optional}
        value={method}
        onChange={setMethod}
        emptyOption={t('postings.form.choose')}
        options={POSTING_CONTACT_METHODS.map((value) => ({
          value,
          label: t(`postings.options.contactMethod.${value}`),
        }))}
        error={fieldErrors.contactMethod}
      />
      <TextField
        id={`${P}-email`}
        label={t('postings.fields.contactEmail')}
        hint={optional}
        type="email"
        value={email}
        onChange={setEmail}
        error={fieldErrors.contactEmail}
        maxLength={254}
      />
      <TextField
        id={`${P}-url`}
        label={t('postings.fields.contactUrl')}
        hint={t('postings.form.contactUrlHint')}
        value={url}
        onChange={setUrl}
        error={fieldErrors.contactUrl}
        maxLength={500}
      />
      <TextAreaField
        id={`${P}-how`}
        label={t('postings.fields.howToApply')}
        hint={optional}
        value={howToApply}
        onChange={setHowToApply}
        error={fieldErrors.howToApply}
        maxLength={2000}
        rows={3}
      />
      <TextAreaField
        id={`${P}-note`}
        label={t('postings.actions.note')}
        hint={optional}
        value={note}
        onChange={setNote}
        error={fieldErrors.note}
        maxLength={1000}
        rows={2}
      />
    </ConfirmModal>
  );
}
