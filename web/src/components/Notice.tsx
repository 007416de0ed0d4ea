import type { ReactNode } from 'react';

/** A slim USWDS alert inside a live region, for "Saved." and similar results of an action. */
export function Notice({
  kind = 'success',
  children,
}: {
  kind?: 'success' | 'info' | 'warning' | 'error';
  children: ReactNode;
}) {
  return (
    <div role={kind === 'error' ? 'alert' : 'status'}>
      {children && (
        <div className={`usa-alert usa-alert--${kind} usa-alert--slim margin-bottom-2`}>
          <div className="usa-alert__body">
            <p className="usa-alert__text">{children}</p>
          </div>
        </div>
      )}
    </div>
  );
}
