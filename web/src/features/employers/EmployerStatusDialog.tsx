import type { EmployerDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { TextAreaField } from '../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import { useChangeEmployerStatus } from './employers-api';

const REASON_ID = 'employer-status-reason';

interface EmployerStatusDialogProps {
  employer: EmployerDetail;
  onClose(): void;
  onDone(text: string): void;
}

/** Staff make a record inactive, or active again, and say why (kept on the record and audited). */
export function EmployerStatusDialog({ employer, onClose, onDone }: EmployerStatusDialogProps) {
  const { t } = useTranslation();
  const change = useChangeEmployerStatus(employer.id);
  const status = employer.status === 'active' ? 'inactive' : 'active';
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!reason.trim()) {
      setFieldErrors({ reason: t('employers.errors.statusReason') });
      setError(null);
      document.getElementById(REASON_ID)?.focus();
      return;
    }
    change.mutate(
      { status, reason: reason.trim() },
      {
        onSuccess: () =>
          onDone(
            status === 'inactive'
              ? t('employers.notices.madeInactive')
              : t('employers.notices.madeActive'),
          ),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="change-employer-status"
      title={
        status === 'inactive'
          ? t('employers.statusDialog.titleInactive', { name: employer.legalName })
          : t('employers.statusDialog.titleActive', { name: employer.legalName })
      }
      description={
        <p>
          {status === 'inactive'
            ? t('employers.statusDialog.bodyInactive')
            : t('employers.statusDialog.bodyActive')}
        </p>
      }
      confirmLabel={
        status === 'inactive'
          ? t('employers.statusDialog.openInactive')
          : t('employers.statusDialog.openActive')
      }
      danger={status === 'inactive'}
      busy={change.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <TextAreaField
        id={REASON_ID}
        label={t('employers.statusDialog.reason')}
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        maxLength={500}
        rows={3}
        required
      />
    </ConfirmModal>
  );
}
