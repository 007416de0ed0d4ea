import { ORDER_INTAKE_METHODS, type PostingDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SelectField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { NumberField } from '../form/form-controls';
import { useDuplicatePosting } from '../postings-api';

interface DuplicateDialogProps {
  posting: PostingDetail;
  onClose(): void;
}

/**
 * JOB-7: a closed or filled posting is never reopened; when the employer has the job again, it
 * is copied into a new draft that the one who copies it owns.
 */
export function DuplicateDialog({ posting, onClose }: DuplicateDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const duplicate = useDuplicatePosting(posting.id);
  const [openings, setOpenings] = useState(String(posting.openings));
  const [intakeMethod, setIntakeMethod] = useState<string>(posting.intakeMethod ?? 'phone');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const text = openings.trim();
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 10_000) {
      setFieldErrors({ openings: t('postings.errors.openings') });
      document.getElementById('posting-duplicate-openings')?.focus();
      return;
    }
    duplicate.mutate(
      { openings: Number(text), intakeMethod },
      {
        onSuccess: (copy) =>
          navigate(`/postings/${copy.id}`, {
            state: { notice: 'duplicated', from: posting.recordNumber },
          }),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="posting-duplicate-dialog"
      title={t('postings.actions.duplicateTitle', { record: posting.recordNumber })}
      description={<p>{t('postings.actions.duplicateBody')}</p>}
      confirmLabel={t('postings.actions.duplicate')}
      busy={duplicate.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <NumberField
        id="posting-duplicate-openings"
        label={t('postings.fields.openings')}
        value={openings}
        onChange={setOpenings}
        error={fieldErrors.openings}
        required
      />
      <SelectField
        id="posting-duplicate-intake"
        label={t('postings.fields.intakeMethod')}
        value={intakeMethod}
        onChange={setIntakeMethod}
        options={ORDER_INTAKE_METHODS.map((method) => ({
          value: method,
          label: t(`postings.options.intake.${method}`),
        }))}
        error={fieldErrors.intakeMethod}
        required
      />
    </ConfirmModal>
  );
}
