import { FormGroup, Label } from '@trussworks/react-uswds';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { describedBy } from '../../../components/fields';
import { MIN_TITLE_QUERY, useTitleSuggestions, type TitleMatch } from './onet-api';
import { useDebounced } from './useDebounced';

export interface TitleValue {
  title: string;
  onetCode: string | null;
  occupationTitle: string | null;
}

interface TitleAutocompleteProps {
  id: string;
  label: string;
  value: TitleValue;
  onChange(value: TitleValue): void;
  error?: string;
}

const DEBOUNCE_MS = 250;

/**
 * SEEK-7: the job title, with suggestions from O*NET titles (the ARIA 1.2 combobox pattern, drawn
 * with the USWDS combo box styles). Picking a suggestion records its O*NET-SOC code on the job,
 * which the duties helper and, later, job matching use; typing a title of one's own is fine too.
 */
export function TitleAutocomplete({ id, label, value, onChange, error }: TitleAutocompleteProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(value.title, DEBOUNCE_MS);
  const suggestions = useTitleSuggestions(open ? query : '');
  const items =
    open && query.trim().length >= MIN_TITLE_QUERY ? (suggestions.data?.items ?? []) : [];
  const expanded = items.length > 0;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const hint = t('portal.resume.work.titleHint');

  const type = (title: string) => {
    // A changed title may no longer be the occupation picked before.
    onChange({ title, onetCode: null, occupationTitle: null });
    setOpen(true);
    setActive(-1);
  };
  const pick = (match: TitleMatch) => {
    onChange({ title: match.title, onetCode: match.code, occupationTitle: match.occupationTitle });
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      if (items.length > 0) setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp' && expanded) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === 'Enter' && expanded && active >= 0) {
      // Enter picks the suggestion instead of submitting the step.
      event.preventDefault();
      const match = items[active];
      if (match) pick(match);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const status = !expanded ? '' : t('portal.resume.work.suggestions', { count: items.length });
  const occupation = value.onetCode
    ? t('portal.resume.work.occupation', {
        occupation: value.occupationTitle
          ? `${value.occupationTitle} (${value.onetCode})`
          : value.onetCode,
      })
    : null;

  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id} id={`${id}-label`} error={Boolean(error)}>
        {label}
      </Label>
      <div className="usa-hint" id={`${id}-hint`}>
        {hint}
      </div>
      <FieldError id={id} message={error} />
      <div className="usa-combo-box">
        <input
          id={id}
          name={id}
          type="text"
          role="combobox"
          className={error ? 'usa-input usa-input--error' : 'usa-input'}
          autoComplete="off"
          maxLength={120}
          value={value.title}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-labelledby={`${id}-label`}
          className="usa-combo-box__list"
          hidden={!expanded}
        >
          {items.map((match, index) => (
            <li
              key={`${match.code}-${match.title}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={
                index === active
                  ? 'usa-combo-box__list-option usa-combo-box__list-option--focused'
                  : 'usa-combo-box__list-option'
              }
              // Keeps focus in the input, so the click is not lost to its blur.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(match)}
            >
              {match.title}
              {match.title !== match.occupationTitle && (
                <>
                  <span className="usa-sr-only">, </span>
                  <span className="display-block font-body-2xs">{match.occupationTitle}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      </div>
      <div className="usa-sr-only" aria-live="polite">
        {status}
      </div>
      {occupation && <p className="usa-hint margin-top-1">{occupation}</p>}
    </FormGroup>
  );
}
