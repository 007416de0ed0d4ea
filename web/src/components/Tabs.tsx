import { Icon } from '@trussworks/react-uswds';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface TabItem {
  key: string;
  label: string;
  content: ReactNode;
  /** SEC-3: a tab withheld from the role stays in place, marked unavailable, with no content. */
  unavailable?: boolean;
}

interface TabsProps {
  id: string;
  label: string;
  tabs: TabItem[];
  selected: string;
  onSelect(key: string): void;
}

/**
 * WAI-ARIA tabs (arrow keys move between tabs). Every panel stays mounted and is hidden, so what
 * is typed on one tab survives a look at another.
 */
export function Tabs({ id, label, tabs, selected, onSelect }: TabsProps) {
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const tab = tabs[target];
    if (!tab) return;
    onSelect(tab.key);
    buttons.current[target]?.focus();
  };

  return (
    <div className="onestop-tabs">
      <div role="tablist" aria-label={label} className="onestop-tabs__list">
        {tabs.map((tab, index) => {
          const isSelected = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(element) => {
                buttons.current[index] = element;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${tab.key}`}
              aria-controls={`${id}-panel-${tab.key}`}
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className={isSelected ? 'onestop-tabs__tab is-selected' : 'onestop-tabs__tab'}
              onClick={() => onSelect(tab.key)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {tab.unavailable && (
                <Icon.Lock aria-hidden="true" focusable={false} className="margin-right-05" />
              )}
              {tab.unavailable ? t('tabs.unavailableLabel', { label: tab.label }) : tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== selected}
          tabIndex={0}
          className="onestop-tabs__panel"
        >
          {tab.unavailable ? (
            <div className="usa-alert usa-alert--info usa-alert--slim">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('tabs.unavailableBody')}</p>
              </div>
            </div>
          ) : (
            tab.content
          )}
        </div>
      ))}
    </div>
  );
}
