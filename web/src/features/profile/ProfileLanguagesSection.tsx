import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import { Section } from './profile-fields';
import { fieldId, newLanguageRow, type LanguageRow, type ProfileErrors } from './profile-form';
import { useProfileOptions } from './profile-options';

interface ProfileLanguagesSectionProps {
  prefix: string;
  rows: LanguageRow[];
  errors: ProfileErrors;
  onChange(rows: LanguageRow[]): void;
}

/**
 * SEEK-6 languages, each with how well the person uses it. Focus follows the change: into a new
 * row's first input, or back to "Add a language" after a row goes.
 */
export function ProfileLanguagesSection({
  prefix,
  rows,
  errors,
  onChange,
}: ProfileLanguagesSectionProps) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<{ to: 'row'; index: number } | { to: 'add' } | null>(null);

  useEffect(() => {
    if (focus?.to === 'add') addButton.current?.focus();
    if (focus?.to === 'row')
      document.getElementById(fieldId(prefix, `languages.${focus.index}.language`))?.focus();
  }, [focus, prefix]);

  const update = (index: number, patch: Partial<LanguageRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Section legend={t('profile.sections.languages')}>
      {rows.length === 0 && <p className="usa-hint">{t('profile.fields.noLanguages')}</p>}
      {rows.map((row, index) => {
        const number = index + 1;
        const path = (key: string) => `languages.${index}.${key}`;
        return (
          <fieldset key={row.key} className="usa-fieldset margin-top-3">
            <legend className="usa-legend">{t('profile.fields.languageRow', { number })}</legend>
            <TextField
              id={fieldId(prefix, path('language'))}
              label={t('profile.fields.language')}
              value={row.language}
              onChange={(language) => update(index, { language })}
              error={errors[path('language')]}
              maxLength={60}
              autoComplete="off"
            />
            <SelectField
              id={fieldId(prefix, path('proficiency'))}
              label={t('profile.fields.proficiency')}
              value={row.proficiency}
              onChange={(proficiency) => update(index, { proficiency })}
              options={options.proficiency}
              emptyOption={t('profile.chooseOne')}
              error={errors[path('proficiency')]}
            />
            <Button
              type="button"
              unstyled
              className="margin-top-1"
              onClick={() => {
                onChange(rows.filter((_, i) => i !== index));
                setFocus({ to: 'add' });
              }}
            >
              {t('profile.fields.removeLanguage', { number })}
            </Button>
          </fieldset>
        );
      })}
      <Button
        type="button"
        outline
        className="margin-top-3"
        ref={addButton}
        onClick={() => {
          onChange([...rows, newLanguageRow()]);
          setFocus({ to: 'row', index: rows.length });
        }}
      >
        {t('profile.fields.addLanguage')}
      </Button>
    </Section>
  );
}
