import { ACTIVE_STATUSES, type ActiveStatus, type SeekerDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { SelectField, TextAreaField } from '../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import { seekerName } from './seeker-format';
import { useChangeSeekerStatus } from './seekers-api';

const IDS = {
  registrationStatus: 'seeker-status-registration',
  seekerStatus: 'seeker-status-seeker',
  reason: 'seeker-status-reason',
};

interface SeekerStatusDialogProps {
  person: SeekerDetail;
  onClose(): void;
  onDone(): void;
}

/** SEEK-2: staff set the registration and job-seeker statuses and say why (for the audit trail). */
export function SeekerStatusDialog({ person, onClose, onDone }: SeekerStatusDialogProps) {
  const { t } = useTranslation();
  const change = useChangeSeekerStatus(person.id);
  const [registrationStatus, setRegistrationStatus] = useState(person.registrationStatus);
  const [seekerStatus, setSeekerStatus] = useState(person.seekerStatus);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const options = ACTIVE_STATUSES.map((status) => ({
    value: status,
    label: t(`seekers.status.${status}`),
  }));
  const changedRegistration = registrationStatus !== person.registrationStatus;
  const changedSeeker = seekerStatus !== person.seekerStatus;

  const confirm = () => {
    const problems: FieldErrors = {};
    if (!changedRegistration && !changedSeeker)
      problems.registrationStatus = t('seekers.errors.statusUnchanged');
    if (!reason.trim()) problems.reason = t('seekers.errors.statusReason');
    setFieldErrors(problems);
    setError(null);
    const first = Object.keys(problems)[0] as keyof typeof IDS | undefined;
    if (first) {
      document.getElementById(IDS[first])?.focus();
      return;
    }
    change.mutate(
      {
        ...(changedRegistration ? { registrationStatus } : {}),
        ...(changedSeeker ? { seekerStatus } : {}),
        reason: reason.trim(),
      },
      {
        onSuccess: onDone,
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="change-seeker-status"
      title={t('seekers.statusDialog.title', { name: seekerName(person) })}
      description={<p>{t('seekers.statusDialog.body')}</p>}
      confirmLabel={t('seekers.statusDialog.confirm')}
      busy={change.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <SelectField
        id={IDS.registrationStatus}
        label={t('seekers.fields.registrationStatus')}
        hint={t('seekers.statusDialog.registrationHint')}
        value={registrationStatus}
        onChange={(value) => setRegistrationStatus(value as ActiveStatus)}
        options={options}
        error={fieldErrors.registrationStatus}
      />
      <SelectField
        id={IDS.seekerStatus}
        label={t('seekers.fields.seekerStatus')}
        hint={t('seekers.statusDialog.seekerHint')}
        value={seekerStatus}
        onChange={(value) => setSeekerStatus(value as ActiveStatus)}
        options={options}
        error={fieldErrors.seekerStatus}
      />
      <TextAreaField
        id={IDS.reason}
        label={t('seekers.statusDialog.reason')}
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
