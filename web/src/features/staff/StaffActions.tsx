import type { StaffDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PasswordField, TextAreaField } from '../../components/fields';
import { errorText, fieldErrorsFrom } from '../../components/form-errors';
import { can } from '../session/permissions';
import { useSession } from '../session/session-context';
import {
  useDeactivateStaff,
  useSetStaffPassword,
  useStaffAction,
  type StaffAction,
} from './staff-api';
import { MIN_PASSWORD_LENGTH } from './staff-form';

type Open = 'deactivate' | 'password' | null;

interface StaffActionsProps {
  person: StaffDetail;
  onNotice(text: string): void;
}

/** SEC-2: each action shows only with the level it needs (change, or delete to deactivate). */
export function StaffActions({ person, onNotice }: StaffActionsProps) {
  const { t } = useTranslation();
  const session = useSession();
  const mayChange = can(session, 'admin.staff', 'change');
  const mayDelete = can(session, 'admin.staff', 'delete');
  const isSelf = person.id === session.staff.id;
  const [open, setOpen] = useState<Open>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const reactivate = useStaffAction(person.id, 'reactivate');
  const unlock = useStaffAction(person.id, 'unlock');

  const run = (action: StaffAction) => {
    setActionError(null);
    const mutation = action === 'reactivate' ? reactivate : unlock;
    mutation.mutate(undefined, {
      onSuccess: () =>
        onNotice(
          action === 'reactivate' ? t('staff.notices.reactivated') : t('staff.notices.unlocked'),
        ),
      onError: (error) => setActionError(errorText(error, t)),
    });
  };

  const showReactivate = mayChange && !person.active;
  const showUnlock = mayChange && person.active && person.locked;
  const showPassword = mayChange && person.active;
  const showDeactivate = mayDelete && person.active && !isSelf;
  if (!showReactivate && !showUnlock && !showPassword && !showDeactivate) return null;

  return (
    <section aria-labelledby="staff-actions-heading" className="margin-y-3">
      <h2 id="staff-actions-heading" className="usa-sr-only">
        {t('staff.actions.heading')}
      </h2>
      {actionError && (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{actionError}</p>
          </div>
        </div>
      )}
      {/* Plain markup: react-uswds's ButtonGroup leaves an empty item for each hidden button. */}
      <ul className="usa-button-group">
        {showReactivate && (
          <li className="usa-button-group__item">
            <Button type="button" onClick={() => run('reactivate')} disabled={reactivate.isPending}>
              {t('staff.actions.reactivate')}
            </Button>
          </li>
        )}
        {showUnlock && (
          <li className="usa-button-group__item">
            <Button type="button" onClick={() => run('unlock')} disabled={unlock.isPending}>
              {t('staff.actions.unlock')}
            </Button>
          </li>
        )}
        {showPassword && (
          <li className="usa-button-group__item">
            <Button type="button" outline onClick={() => setOpen('password')}>
              {t('staff.actions.setPassword')}
            </Button>
          </li>
        )}
        {showDeactivate && (
          <li className="usa-button-group__item">
            <Button type="button" secondary onClick={() => setOpen('deactivate')}>
              {t('staff.actions.deactivate')}
            </Button>
          </li>
        )}
      </ul>
      {open === 'deactivate' && (
        <DeactivateModal
          person={person}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onNotice(t('staff.notices.deactivated'));
          }}
        />
      )}
      {open === 'password' && (
        <PasswordModal
          person={person}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onNotice(t('staff.notices.passwordSet'));
          }}
        />
      )}
    </section>
  );
}

interface ModalProps {
  person: StaffDetail;
  onClose(): void;
  onDone(): void;
}

function DeactivateModal({ person, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const deactivate = useDeactivateStaff(person.id);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!reason.trim()) {
      setFieldError(t('staff.errors.reason'));
      document.getElementById('deactivate-reason')?.focus();
      return;
    }
    setFieldError(undefined);
    deactivate.mutate(reason.trim(), {
      onSuccess: onDone,
      onError: (failure) => {
        setError(errorText(failure, t));
        setFieldError(fieldErrorsFrom(failure).reason);
      },
    });
  };

  return (
    <ConfirmModal
      id="deactivate-staff"
      title={t('staff.deactivate.title', { name: person.displayName })}
      description={<p>{t('staff.deactivate.body')}</p>}
      confirmLabel={t('staff.deactivate.confirm')}
      danger
      busy={deactivate.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <TextAreaField
        id="deactivate-reason"
        label={t('staff.deactivate.reason')}
        value={reason}
        onChange={setReason}
        error={fieldError}
        maxLength={500}
        rows={3}
        required
      />
    </ConfirmModal>
  );
}

function PasswordModal({ person, onClose, onDone }: ModalProps) {
  const { t } = useTranslation();
  const setPassword = useSetStaffPassword(person.id);
  const [password, setPasswordValue] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (password.length < MIN_PASSWORD_LENGTH) {
      setFieldError(t('staff.errors.password', { min: MIN_PASSWORD_LENGTH }));
      document.getElementById('new-password')?.focus();
      return;
    }
    setFieldError(undefined);
    setPassword.mutate(password, {
      onSuccess: onDone,
      onError: (failure) => {
        setError(errorText(failure, t));
        setFieldError(fieldErrorsFrom(failure).newPassword);
      },
    });
  };

  return (
    <ConfirmModal
      id="set-password"
      title={t('staff.password.title', { name: person.displayName })}
      description={<p>{t('staff.password.body')}</p>}
      confirmLabel={t('staff.password.confirm')}
      busy={setPassword.isPending}
      error={error}
      onConfirm={confirm}
      onCancel={onClose}
    >
      <PasswordField
        id="new-password"
        label={t('staff.password.field')}
        hint={t('staff.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
        autoComplete="new-password"
        value={password}
        onChange={setPasswordValue}
        error={fieldError}
        required
      />
    </ConfirmModal>
  );
}
