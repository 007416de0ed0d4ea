import { Icon } from '@trussworks/react-uswds';
import { FocusTrap } from 'focus-trap-react';
import { useLayoutEffect, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

/**
 * A USWDS modal driven by React state. react-uswds's Modal is opened through an imperative ref and
 * does not tell its owner when it closes, which fights the controlled dialogs this app needs (a
 * session dialog that opens itself, confirmations that close after a request succeeds).
 */
export interface DialogProps {
  id: string;
  title: ReactNode;
  /** Text that explains the dialog; read out with its title. */
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
  /** Omit to force an action: no close button and Escape does nothing. */
  onClose?: () => void;
  initialFocus?: RefObject<HTMLElement | null>;
  large?: boolean;
}

// Dialogs stack (a re-sign-in dialog can open over a confirmation); only the top one is live.
const openDialogs: HTMLElement[] = [];

function refreshInert(): void {
  const top = openDialogs[openDialogs.length - 1];
  for (const element of Array.from(document.body.children)) {
    const shouldBeInert = top !== undefined && element !== top;
    if (shouldBeInert && !element.hasAttribute('inert')) {
      element.setAttribute('inert', '');
      element.setAttribute('data-dialog-inert', '');
    } else if (!shouldBeInert && element.hasAttribute('data-dialog-inert')) {
      element.removeAttribute('inert');
      element.removeAttribute('data-dialog-inert');
    }
  }
  document.body.classList.toggle('usa-js-modal--active', top !== undefined);
}

// jsdom lays nothing out, so focus-trap would think every control is hidden.
const tabbableOptions = import.meta.env.MODE === 'test' ? { displayCheck: 'none' as const } : {};

export function Dialog({
  id,
  title,
  description,
  children,
  footer,
  onClose,
  initialFocus,
  large,
}: DialogProps) {
  const { t } = useTranslation();
  const wrapperId = `${id}-wrapper`;

  // The portal renders straight into <body>, so the dialog is in the document by the time the
  // focus trap starts (it looks its fallback up by selector).
  useLayoutEffect(() => {
    const wrapper = document.getElementById(wrapperId);
    if (!wrapper) return;
    openDialogs.push(wrapper);
    refreshInert();
    return () => {
      openDialogs.splice(openDialogs.indexOf(wrapper), 1);
      refreshInert();
    };
  }, [wrapperId]);

  const headingId = `${id}-heading`;
  const descriptionId = `${id}-description`;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && onClose) {
      event.stopPropagation();
      onClose();
    }
  };

  return createPortal(
    <FocusTrap
      focusTrapOptions={{
        initialFocus: initialFocus ? () => initialFocus.current ?? `#${id}` : undefined,
        fallbackFocus: `#${id}`,
        escapeDeactivates: false,
        clickOutsideDeactivates: false,
        allowOutsideClick: false,
        returnFocusOnDeactivate: true,
        tabbableOptions,
      }}
    >
      <div className="usa-modal-wrapper is-visible" id={wrapperId}>
        <div className="usa-modal-overlay" data-force-action={onClose ? undefined : true}>
          <div
            id={id}
            className={large ? 'usa-modal usa-modal--lg' : 'usa-modal'}
            role="dialog"
            aria-modal="true"
            aria-labelledby={headingId}
            aria-describedby={description ? descriptionId : undefined}
            tabIndex={-1}
            onKeyDown={onKeyDown}
          >
            <div className="usa-modal__content">
              <div className="usa-modal__main">
                <h2 className="usa-modal__heading" id={headingId}>
                  {title}
                </h2>
                {description && (
                  <div className="usa-prose" id={descriptionId}>
                    {description}
                  </div>
                )}
                {children}
                {footer && <div className="usa-modal__footer">{footer}</div>}
              </div>
              {onClose && (
                <button
                  type="button"
                  className="usa-button usa-modal__close"
                  aria-label={t('common.closeDialog')}
                  onClick={onClose}
                >
                  <Icon.Close aria-hidden="true" focusable={false} />
                </button>
              )}
            </div>
          </div>
        </div>
      </div>
    </FocusTrap>,
    document.body,
  );
}
