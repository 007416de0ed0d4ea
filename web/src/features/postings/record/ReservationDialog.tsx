import type { PostingDetail } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { SelectField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { DateField } from '../form/form-controls';
import { localDay } from '../form/posting-form';
import { RESERVATION_DAYS } from '../form/StaffOnlyFields';
import { useRepost, useReserve } from '../postings-api';

interface DialogProps {
  posting: PostingDetail;
  onClose(): void;
  onDone(text: string): void;
}

/**
 * JOB-9: the owner reserves a posting for the office's (or area's) job seekers for 3, 5 or 7
 * days, after which everyone sees it; a subsidized opening may be reserved indefinitely.
 */
export function ReservationDialog({ posting, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const reserve = useReserve(posting.id);
  const [choice, setChoice] = useState('');
  const [scope, setScope] = useState<'office' | 'area'>('office');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!choice) {
      setFieldErrors({ days: t('postings.errors.reservation') });
      document.getElementById('posting-reservation-days')?.focus();
      return;
    }
    const indefinite = choice === 'indefinite';
    reserve.mutate(
      { ...(indefinite ? {} : { days: Number(choice) }), indefinite, scope },
      {
        onSuccess: () => onDone(t('postings.notices.reserved')),
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <ConfirmModal
      id="posting-reservation-dialog"
      title={t('postings.actions.reserveTitle')}
      description={<p>{t('postings.actions.reserveBody')}</p>}
      confirmLabel={t('postings.actions.reserve')}
      busy={reserve.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <SelectField
        id="posting-reservation-days"
        label={t('postings.fields.reservation')}
        value={choice}
        onChange={setChoice}
        emptyOption={t('postings.form.choose')}
        options={[
          ...RESERVATION_DAYS.map((days) => ({
            value: days,
            label: t('postings.form.reserveDays', { count: Number(days) }),
          })),
          ...(posting.subsidized
            ? [{ value: 'indefinite', label: t('postings.form.reserveIndefinite') }]
            : []),
        ]}
        error={fieldErrors.days ?? fieldErrors.indefinite}
        required
      />
      <SelectField
        id="posting-reservation-scope"
        label={t('postings.actions.reserveScope')}
        value={scope}
        onChange={(value) => setScope(value === 'area' ? 'area' : 'office')}
        options={[
          { value: 'office', label: t('postings.actions.reserveOffice') },
          { value: 'area', label: t('postings.actions.reserveArea') },
        ]}
        error={fieldErrors.scope}
      />
    </ConfirmModal>
  );
}

/** JOB-8: a posting that left the board at its deadline goes back once the owner confirms. */
export function RepostDialog({ posting, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const repost = useRepost(posting.id);
  const [deadline, setDeadline] = useState(localDay(14));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (deadline && deadline < localDay()) {
      setFieldErrors({ applicationDeadline: t('postings.errors.deadline') });
      return;
    }
    repost.mutate(deadline ? { applicationDeadline: deadline } : {}, {
      onSuccess: () => onDone(t('postings.notices.reposted')),
      onError: (failure) => {
        setError(errorText(failure, t));
        setFieldErrors(fieldErrorsFrom(failure));
      },
    });
  };

  return (
    <ConfirmModal
      id="posting-repost-dialog"
      title={t('postings.actions.repostTitle')}
      description={<p>{t('postings.actions.repostBody')}</p>}
      confirmLabel={t('postings.actions.repost')}
      busy={repost.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <DateField
        id="posting-repost-deadline"
        label={t('postings.fields.applicationDeadline')}
        value={deadline}
        min={localDay()}
        onChange={setDeadline}
        error={fieldErrors.applicationDeadline}
      />
    </ConfirmModal>
  );
}
