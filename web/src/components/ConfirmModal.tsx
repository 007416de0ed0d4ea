import { Button, ButtonGroup } from '@trussworks/react-uswds';
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface ConfirmModalProps {
  id: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Deletes and deactivations get the red button. */
  danger?: boolean;
  busy?: boolean;
  /** A sentence from the server when the action failed. */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
  /** Extra fields, such as a reason. */
  children?: ReactNode;
}

/** Asks before an action that is hard to undo. Escape and Cancel close it; focus goes back. */
export function ConfirmModal({
  id,
  title,
  description,
  confirmLabel,
  danger,
  busy,
  error,
  onConfirm,
  onCancel,
  children,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The dialog is portalled, but React still bubbles its submit to any form around the opener.
    event.stopPropagation();
    onConfirm();
  };
  return (
    <Dialog
      id={id}
      title={title}
      description={description}
      onClose={onCancel}
      initialFocus={children ? undefined : cancelButton}
    >
      <form noValidate onSubmit={submit} className="usa-form maxw-none">
        {error && (
          <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
            <div className="usa-alert__body">
              <p className="usa-alert__text">{error}</p>
            </div>
          </div>
        )}
        {children}
        <div className="usa-modal__footer">
          <ButtonGroup>
            <Button type="submit" secondary={danger} disabled={busy}>
              {confirmLabel}
            </Button>
            <Button
              type="button"
              unstyled
              className="padding-105 text-center"
              ref={cancelButton}
              onClick={onCancel}
            >
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      </form>
    </Dialog>
  );
}
