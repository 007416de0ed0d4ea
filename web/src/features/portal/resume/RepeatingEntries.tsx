import { Button } from '@trussworks/react-uswds';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from './resume-checks';

interface RepeatingEntriesProps<T extends { key: string }> {
  /** The list's path in the resume: "work", "education" or "licenses". */
  path: string;
  /** The field an added entry starts in, and where focus goes. */
  firstField: string;
  items: T[];
  max: number;
  legend(item: T, index: number): string;
  children(item: T, index: number): ReactNode;
  onChange(items: T[]): void;
  create(): T;
  labels: { add: string; remove: string; removed: string; empty: string; max: string };
}

/**
 * A list of resume entries (jobs, schools, licenses), each a fieldset, with Add and Remove. A
 * removal can be undone, since one stray click would otherwise lose a whole written entry.
 */
export function RepeatingEntries<T extends { key: string }>({
  path,
  firstField,
  items,
  max,
  legend,
  children,
  onChange,
  create,
  labels,
}: RepeatingEntriesProps<T>) {
  const { t } = useTranslation();
  const [removed, setRemoved] = useState<{ item: T; index: number } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const addId = `resume-${path}-add`;

  useEffect(() => {
    if (focusId) document.getElementById(focusId)?.focus();
  }, [focusId]);

  const add = () => {
    setRemoved(null);
    onChange([...items, create()]);
    setFocusId(fieldId(`${path}.${items.length}.${firstField}`));
  };
  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    setRemoved({ item, index });
    onChange(items.filter((_, i) => i !== index));
    setFocusId(addId);
  };
  const undo = () => {
    if (!removed) return;
    const next = [...items];
    next.splice(removed.index, 0, removed.item);
    onChange(next);
    setFocusId(fieldId(`${path}.${removed.index}.${firstField}`));
    setRemoved(null);
  };

  return (
    <>
      {items.length === 0 && <p>{labels.empty}</p>}
      {items.map((item, index) => (
        <fieldset
          key={item.key}
          className="usa-fieldset border-1px border-base-lighter radius-md padding-x-2 padding-bottom-2 margin-top-3"
        >
          <legend className="usa-legend text-bold padding-x-1">{legend(item, index)}</legend>
          {children(item, index)}
          <Button
            type="button"
            unstyled
            className="margin-top-3"
            onClick={() => remove(index)}
            aria-label={`${labels.remove}: ${legend(item, index)}`}
          >
            {labels.remove}
          </Button>
        </fieldset>
      ))}
      <div role="status" className="margin-top-2">
        {removed && (
          <div className="usa-alert usa-alert--info usa-alert--slim">
            <div className="usa-alert__body">
              <p className="usa-alert__text">
                {labels.removed}{' '}
                <Button type="button" unstyled onClick={undo}>
                  {t('portal.resume.undo')}
                </Button>
              </p>
            </div>
          </div>
        )}
      </div>
      {items.length < max ? (
        <Button id={addId} type="button" outline className="margin-top-2" onClick={add}>
          {labels.add}
        </Button>
      ) : (
        <p id={addId} tabIndex={-1} className="usa-hint">
          {labels.max}
        </p>
      )}
    </>
  );
}
