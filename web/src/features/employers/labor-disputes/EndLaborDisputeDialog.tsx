import type { LaborDispute } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TextAreaField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { DateField } from '../../postings/form/form-controls';
import { localToday } from '../ActivityForms';
import { useEndLaborDispute } from './labor-disputes-api';

const ID = 'labor-dispute-end';
const fieldId = (field: string) => `${ID}-${field}`;

interface EndLaborDisputeDialogProps {
  dispute: LaborDispute;
  onClose(): void;
  onDone(text: string): void;
}

/**
 * JOB-11, 652.9(d): full service resumes only once the central office has verified with the
 * employer and the workers' representatives that the dispute is over, so saying how is required.
 */
export function EndLaborDisputeDialog({ dispute, onClose, onDone }: EndLaborDisputeDialogProps) {
  const { t } = useTranslation();
  const end = useEndLaborDispute(dispute.employerId);
  const [endedAt, setEndedAt] = useState(() => localToday());
  const [note, setNote] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const problems: FieldErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(endedAt))
      problems.endedAt = t('employers.laborDisputes.errors.endedAt');
    else if (endedAt < dispute.startedAt)
      problems.endedAt = t('employers.laborDisputes.errors.endedBeforeStart');
    if (!note.trim())
      problems.verificationNote = t('employers.laborDisputes.errors.verificationNote');
    setFieldErrors(problems);
    setError(null);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    end.mutate(
      { disputeId: dispute.id, endedAt, verificationNote: note.trim() },
      {
        onSuccess: () => onDone(t('employers.laborDisputes.notices.ended')),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="end-labor-dispute"
      title={t('employers.laborDisputes.endTitle')}
      description={<p>{t('employers.laborDisputes.endBody')}</p>}
      confirmLabel={t('employers.laborDisputes.endConfirm')}
      busy={end.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <DateField
        id={fieldId('endedAt')}
        label={t('employers.laborDisputes.endedAt')}
        value={endedAt}
        min={dispute.startedAt}
        onChange={setEndedAt}
        error={fieldErrors.endedAt}
      />
      <TextAreaField
        id={fieldId('verificationNote')}
        label={t('employers.laborDisputes.verificationNote')}
        hint={t('employers.laborDisputes.verificationNoteHint')}
        value={note}
        onChange={setNote}
        error={fieldErrors.verificationNote}
        maxLength={1000}
        rows={3}
        required
      />
    </ConfirmModal>
  );
}
