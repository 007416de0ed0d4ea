import type { PostingDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TextAreaField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { NumberField } from '../form/form-controls';
import { useRaiseOpenings } from '../postings-api';

const FIELD_ID = 'posting-openings';

interface OpeningsDialogProps {
  posting: PostingDetail;
  onClose(): void;
  onDone(text: string): void;
}

/**
 * JOB-6: federal reporting counts the openings received, so they are only ever raised. A lower
 * number is refused here before any request, and by the server if it gets one anyway.
 */
export function OpeningsDialog({ posting, onClose, onDone }: OpeningsDialogProps) {
  const { t } = useTranslation();
  const raise = useRaiseOpenings(posting.id);
  const [openings, setOpenings] = useState(String(posting.openings + 1));
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const current = posting.openings;

  const confirm = () => {
    const text = openings.trim();
    const next = Number(text);
    let problem: string | null = null;
    if (!/^\d+$/.test(text) || next < 1 || next > 10_000) problem = t('postings.errors.openings');
    else if (next < current) problem = t('postings.errors.openingsLower', { current, next });
    else if (next === current) problem = t('postings.errors.openingsSame', { current });
    if (problem) {
      setFieldErrors({ openings: problem });
      setError(null);
      document.getElementById(FIELD_ID)?.focus();
      return;
    }
    setFieldErrors({});
    raise.mutate(
      { openings: next, note: note.trim() || null },
      {
        onSuccess: () => onDone(t('postings.notices.openings', { from: current, to: next })),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="posting-openings-dialog"
      title={t('postings.actions.openingsTitle')}
      description={<p>{t('postings.actions.openingsBody', { current })}</p>}
      confirmLabel={t('postings.actions.openings')}
      busy={raise.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <NumberField
        id={FIELD_ID}
        label={t('postings.actions.newOpenings')}
        hint={t('postings.actions.newOpeningsHint', { current })}
        value={openings}
        onChange={setOpenings}
        error={fieldErrors.openings}
        required
      />
      <TextAreaField
        id="posting-openings-note"
        label={t('postings.actions.note')}
        hint={t('forms.optional')}
        value={note}
        onChange={setNote}
        error={fieldErrors.note}
        maxLength={1000}
        rows={2}
      />
    </ConfirmModal>
  );
}
