import type { PostingDetail, PostingStatus, PostingStatusAction } from '@onestop/contracts';
import { Checkbox } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { TextAreaField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { useChangeStatus } from '../postings-api';

/** JOB-7 and the approval flow: the actions each status allows, as the server's rules do. */
export function statusActions(posting: Pick<PostingDetail, 'status' | 'origin'>) {
  const byStatus: Record<PostingStatus, PostingStatusAction[]> = {
    draft: ['submit', 'close', 'refuse'],
    pending_approval: ['approve', 'refuse'],
    open: ['hold', 'fill', 'close', 'refuse'],
    on_hold: ['reopen', 'fill', 'close', 'refuse'],
    closed: [],
    filled: [],
    refused: [],
  };
  return byStatus[posting.status];
}

/** Refusing and holding need a reason (JOB-13: staff say why); the others may carry one. */
const NEEDS_REASON: PostingStatusAction[] = ['refuse', 'hold'];
const DANGER: PostingStatusAction[] = ['refuse', 'close'];

interface StatusDialogProps {
  posting: PostingDetail;
  action: PostingStatusAction;
  onClose(): void;
  onDone(text: string): void;
}

/**
 * One status change, with its note (JOB-2). Opening a posting may meet a similar open posting
 * (JOB-3) or a labor dispute (JOB-11): the server says so, and staff confirm and try again.
 */
export function StatusDialog({ posting, action, onClose, onDone }: StatusDialogProps) {
  const { t } = useTranslation();
  const change = useChangeStatus(posting.id);
  const [reason, setReason] = useState('');
  const [notDuplicate, setNotDuplicate] = useState(false);
  const [askDuplicate, setAskDuplicate] = useState(posting.likelyDuplicates.length > 0);
  const [notAtIssue, setNotAtIssue] = useState(false);
  const [askAtIssue, setAskAtIssue] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const opening = action === 'submit' || action === 'approve' || action === 'reopen';
  const named = { title: posting.title, record: posting.recordNumber };

  const confirm = () => {
    if (NEEDS_REASON.includes(action) && !reason.trim()) {
      setFieldErrors({
        reason: t(
          action === 'refuse' ? 'postings.errors.refuseReason' : 'postings.errors.holdReason',
        ),
      });
      document.getElementById('posting-status-reason')?.focus();
      return;
    }
    setFieldErrors({});
    change.mutate(
      {
        action,
        reason: reason.trim() || null,
        confirmedNotDuplicate: notDuplicate,
        confirmedNotAtIssue: notAtIssue,
      },
      {
        onSuccess: (after) =>
          onDone(t('postings.notices.status', { status: t(`postings.status.${after.status}`) })),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
          if (failure instanceof ApiError && failure.rule === 'JOB-3') setAskDuplicate(true);
          if (failure instanceof ApiError && failure.rule === 'JOB-11') setAskAtIssue(true);
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="posting-status"
      title={t(`postings.actions.${action}Title`, named)}
      description={<p>{t(`postings.actions.${action}Body`)}</p>}
      confirmLabel={t(`postings.actions.${action}`)}
      danger={DANGER.includes(action)}
      busy={change.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <TextAreaField
        id="posting-status-reason"
        label={t(
          NEEDS_REASON.includes(action) ? 'postings.actions.reason' : 'postings.actions.note',
        )}
        hint={NEEDS_REASON.includes(action) ? undefined : t('forms.optional')}
        value={reason}
        onChange={setReason}
        error={fieldErrors.reason}
        maxLength={1000}
        rows={3}
        required={NEEDS_REASON.includes(action)}
      />
      {opening && askDuplicate && (
        <Checkbox
          id="posting-status-not-duplicate"
          name="confirmedNotDuplicate"
          className="margin-top-2"
          label={t('postings.actions.confirmNotDuplicate')}
          checked={notDuplicate}
          onChange={(event) => setNotDuplicate(event.target.checked)}
        />
      )}
      {opening && askAtIssue && (
        <Checkbox
          id="posting-status-not-at-issue"
          name="confirmedNotAtIssue"
          className="margin-top-2"
          label={t('postings.fields.laborDisputeNotAtIssue')}
          checked={notAtIssue}
          onChange={(event) => setNotAtIssue(event.target.checked)}
        />
      )}
    </ConfirmModal>
  );
}
