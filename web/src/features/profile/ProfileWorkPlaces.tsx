import { MAX_ZIP_CODES, US_POSTAL_CODES } from '@onestop/contracts';
import { Button, Checkbox, Fieldset, FormGroup } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FieldError';
import { describedBy, TextField } from '../../components/fields';
import { US_STATES } from '../seekers/seeker-format';
import { fieldId, newZipRow, type ProfileErrors, type ZipRow } from './profile-form';

const STATE_NAMES = new Map(US_STATES);

/** The contract's codes (states, DC, territories), each by its name. */
export const STATE_CHOICES = US_POSTAL_CODES.map((code) => ({
  code,
  name: STATE_NAMES.get(code) ?? code,
}));

interface ZipCodeListProps {
  prefix: string;
  rows: ZipRow[];
  errors: ProfileErrors;
  onChange(rows: ZipRow[]): void;
}

/**
 * SEEK-6: the ZIP codes to work near, one input each, added and removed like the languages, with
 * each ZIP's error on its own input. Focus goes into a new row, or back to "Add" after a removal.
 */
export function ZipCodeList({ prefix, rows, errors, onChange }: ZipCodeListProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ to: 'row'; index: number } | { to: 'add' } | null>(null);
  const id = fieldId(prefix, 'preferences.zipCodes');
  const error = errors['preferences.zipCodes'];
  const hint = t('profile.fields.zipCodesHint');
  const full = rows.length >= MAX_ZIP_CODES;

  useEffect(() => {
    if (focus?.to === 'add') addButton.current?.focus();
    if (focus?.to === 'row') document.getElementById(`${id}-${focus.index}`)?.focus();
  }, [focus, id]);

  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset
        id={id}
        legend={t('profile.fields.zipCodes')}
        aria-describedby={describedBy(id, hint, error)}
        tabIndex={-1}
      >
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
        <FieldError id={id} message={error} />
        {rows.length === 0 && <p className="usa-hint">{t('profile.fields.noZipCodes')}</p>}
        {rows.map((row, index) => {
          const number = index + 1;
          return (
            <div key={row.key} className="display-flex flex-align-end flex-wrap">
              <div className="margin-right-2">
                <TextField
                  id={`${id}-${index}`}
                  label={t('profile.fields.zipCodeRow', { number })}
                  value={row.zip}
                  onChange={(zip) =>
                    onChange(rows.map((r, i) => (i === index ? { ...r, zip } : r)))
                  }
                  error={errors[`preferences.zipCodes.${index}`]}
                  maxLength={5}
                  autoComplete="off"
                />
              </div>
              <Button
                type="button"
                unstyled
                className="margin-bottom-1"
                onClick={() => {
                  onChange(rows.filter((_, i) => i !== index));
                  setFocus({ to: 'add' });
                }}
              >
                {t('profile.fields.removeZipCode', { number })}
              </Button>
            </div>
          );
        })}
        <Button
          type="button"
          outline
          className="margin-top-2"
          ref={addButton}
          disabled={full}
          aria-describedby={full ? `${id}-full` : undefined}
          onClick={() => {
            onChange([...rows, newZipRow()]);
            setFocus({ to: 'row', index: rows.length });
          }}
        >
          {t('profile.fields.addZipCode')}
        </Button>
        {full && (
          <p className="usa-hint" id={`${id}-full`}>
            {t('profile.fields.zipCodesFull')}
          </p>
        )}
      </Fieldset>
    </FormGroup>
  );
}

interface StateChecklistProps {
  id: string;
  values: string[];
  error?: string;
  onChange(values: string[]): void;
}

/** SEEK-6: the states and territories to work in, as checkboxes in columns. */
export function StateChecklist({ id, values, error, onChange }: StateChecklistProps) {
  const { t } = useTranslation();
  const hint = t('profile.fields.statesHint');
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...values, code] : values.filter((v) => v !== code));
  return (
    <FormGroup error={Boolean(error)}>
      <Fieldset
        id={id}
        legend={t('profile.fields.states')}
        aria-describedby={describedBy(id, hint, error)}
        tabIndex={-1}
      >
        <div className="usa-hint" id={`${id}-hint`}>
          {hint}
        </div>
        <FieldError id={id} message={error} />
        <div className="grid-row grid-gap-2">
          {STATE_CHOICES.map(({ code, name }) => (
            <div key={code} className="mobile-lg:grid-col-6 tablet:grid-col-4">
              <Checkbox
                id={`${id}-${code}`}
                name={id}
                value={code}
                label={name}
                checked={values.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
            </div>
          ))}
        </div>
      </Fieldset>
    </FormGroup>
  );
}
