import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/fields';
import { US_STATES } from '../../../seekers/seeker-format';
import { fieldId } from '../resume-checks';
import type { ContactForm } from '../resume-form';
import type { StepProps } from './step-props';

export const STATE_OPTIONS = US_STATES.map(([code, name]) => ({
  value: code,
  label: `${code} – ${name}`,
}));

const TEXT_FIELDS: {
  key: Exclude<keyof ContactForm, 'state'>;
  maxLength: number;
  autoComplete: string;
  type?: 'email';
  required?: boolean;
}[] = [
  { key: 'firstName', maxLength: 60, autoComplete: 'given-name', required: true },
  { key: 'lastName', maxLength: 60, autoComplete: 'family-name', required: true },
  { key: 'email', maxLength: 254, autoComplete: 'email', type: 'email' },
  { key: 'phone', maxLength: 30, autoComplete: 'tel-national' },
  { key: 'city', maxLength: 80, autoComplete: 'address-level2' },
];

/** Step 1: how employers reach the seeker; prefilled from the registration. */
export function ContactStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<ContactForm>) =>
    update((current) => ({ ...current, contact: { ...current.contact, ...patch } }));
  const optional = t('forms.optional');
  return (
    <>
      <p>{t('portal.resume.contact.intro')}</p>
      {TEXT_FIELDS.map(({ key, required, ...rest }) => (
        <TextField
          key={key}
          id={fieldId(`contact.${key}`)}
          label={t(`portal.resume.contact.${key}`)}
          value={form.contact[key]}
          onChange={(value) => set({ [key]: value })}
          error={errors[`contact.${key}`]}
          hint={required ? undefined : optional}
          required={required}
          {...rest}
        />
      ))}
      <SelectField
        id={fieldId('contact.state')}
        label={t('portal.resume.contact.state')}
        hint={optional}
        value={form.contact.state}
        onChange={(state) => set({ state })}
        emptyOption={t('portal.resume.chooseOne')}
        options={STATE_OPTIONS}
        error={errors['contact.state']}
      />
      <TextField
        id={fieldId('contact.zip')}
        label={t('portal.resume.contact.zip')}
        value={form.contact.zip}
        onChange={(zip) => set({ zip })}
        error={errors['contact.zip']}
        hint={`${optional} ${t('portal.register.fields.zipHint')}`}
        maxLength={10}
        autoComplete="postal-code"
      />
    </>
  );
}
