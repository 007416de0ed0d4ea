import type { EmployerSummary } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOffices } from '../../api/offices';
import { ConfirmModal } from '../../components/ConfirmModal';
import { SelectField, TextAreaField } from '../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import { formatRecordNumber } from './employer-format';
import { useApproveEmployer, useRejectEmployer } from './employers-api';

/**
 * After a decision the buttons that opened the dialog are gone, so focus would fall to the page:
 * it goes to the sentence that says what was done instead, once the dialog has let go of it.
 */
export function focusNotice(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

type Pending = Pick<EmployerSummary, 'id' | 'legalName' | 'recordNumber' | 'office'>;

interface ApprovalActionsProps {
  employer: Pending;
  /** Gets the sentence that says what was decided. */
  onDone(text: string): void;
  className?: string;
}

/** Approve (naming the office that will serve the employer) or reject with a reason. */
export function ApprovalActions({ employer, onDone, className }: ApprovalActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  const name = employer.legalName;
  const record = formatRecordNumber(employer.recordNumber);
  return (
    <div className={className}>
      <Button
        type="button"
        onClick={() => setOpen('approve')}
        aria-label={t('employers.approvals.approveNamed', { name, record })}
      >
        {t('employers.approvals.approve')}
      </Button>
      <Button
        type="button"
        secondary
        onClick={() => setOpen('reject')}
        aria-label={t('employers.approvals.rejectNamed', { name, record })}
      >
        {t('employers.approvals.reject')}
      </Button>
      {open === 'approve' && (
        <ApproveDialog
          employer={employer}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone(t('employers.notices.approved', { name, record }));
          }}
        />
      )}
      {open === 'reject' && (
        <RejectDialog
          employer={employer}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone(t('employers.notices.rejected', { name, record }));
          }}
        />
      )}
    </div>
  );
}

interface DialogProps {
  employer: Pending;
  onClose(): void;
  onDone(): void;
}

function ApproveDialog({ employer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const approve = useApproveEmployer();
  const offices = useOffices();
  const [officeId, setOfficeId] = useState(employer.office?.id ?? '');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!officeId) {
      setFieldErrors({ officeId: t('employers.errors.approveOffice') });
      document.getElementById('employer-approve-office')?.focus();
      return;
    }
    approve.mutate(
      { id: employer.id, officeId: officeId === employer.office?.id ? undefined : officeId },
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
      id="approve-employer"
      title={t('employers.approvals.approveTitle', { name: employer.legalName })}
      description={<p>{t('employers.approvals.approveBody')}</p>}
      confirmLabel={t('employers.approvals.approve')}
      busy={approve.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <SelectField
        id="employer-approve-office"
        label={t('employers.approvals.office')}
        hint={t('employers.approvals.officeHint')}
        value={officeId}
        onChange={setOfficeId}
        emptyOption={t('employers.form.choose')}
        options={(offices.data ?? [])
          .filter((office) => office.active)
          .map((office) => ({ value: office.id, label: office.name }))}
        error={fieldErrors.officeId}
        required
      />
    </ConfirmModal>
  );
}

function RejectDialog({ employer, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const reject = useRejectEmployer();
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!reason.trim()) {
      setFieldErrors({ reason: t('employers.errors.rejectReason') });
      document.getElementById('employer-reject-reason')?.focus();
      return;
    }
    reject.mutate(
      { id: employer.id, reason: reason.trim() },
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
      id="reject-employer"
      title={t('employers.approvals.rejectTitle', { name: employer.legalName })}
      description={<p>{t('employers.approvals.rejectBody')}</p>}
      confirmLabel={t('employers.approvals.reject')}
      danger
      busy={reject.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <TextAreaField
        id="employer-reject-reason"
        label={t('employers.approvals.reason')}
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
