import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/fields';
import { US_STATES } from '../seekers/seeker-format';
import { fieldsFor, Section, type SectionProps } from './profile-fields';
import { fieldId } from './profile-form';
import { useProfileOptions } from './profile-options';

const STATE_OPTIONS = US_STATES.map(([code, name]) => ({
  value: code,
  label: `${code} – ${name}`,
}));

/** SEEK-6 contact: name, email, phones, home address and an optional mailing address. */
export function ProfileContactSection(props: SectionProps<'contact'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('contact', props);
  const { values, errors, onChange, prefix } = props;
  const optional = t('forms.optional');
  const choose = t('profile.chooseOne');
  const mailing = (key: keyof typeof values.mailing, label: string, maxLength: number) => {
    const path = `contact.mailingAddress.${key}`;
    const common = {
      id: fieldId(prefix, path),
      label,
      value: values.mailing[key],
      onChange: (value: string) => onChange({ mailing: { ...values.mailing, [key]: value } }),
      error: errors[path],
    };
    return key === 'state' ? (
      <SelectField {...common} options={STATE_OPTIONS} emptyOption={choose} />
    ) : (
      <TextField
        {...common}
        maxLength={maxLength}
        hint={key === 'address2' ? optional : undefined}
        autoComplete="off"
      />
    );
  };

  return (
    <Section legend={t('profile.sections.contact')}>
      {f.text('firstName', t('profile.fields.firstName'), { maxLength: 60, required: true })}
      {f.text('middleInitial', t('profile.fields.middleInitial'), { maxLength: 1 })}
      {f.text('lastName', t('profile.fields.lastName'), { maxLength: 60, required: true })}
      {f.text('email', t('profile.fields.email'), {
        maxLength: 254,
        hint: t('profile.fields.emailHint'),
      })}
      {f.text('primaryPhone', t('profile.fields.primaryPhone'), {
        maxLength: 20,
        hint: t('profile.fields.phoneHint'),
      })}
      {f.select(
        'primaryPhoneType',
        t('profile.fields.primaryPhoneType'),
        options.phoneType,
        choose,
      )}
      {f.text('alternatePhone', t('profile.fields.alternatePhone'), {
        maxLength: 20,
        hint: t('profile.fields.phoneHint'),
      })}
      {f.select(
        'alternatePhoneType',
        t('profile.fields.alternatePhoneType'),
        options.phoneType,
        choose,
      )}
      <fieldset className="usa-fieldset margin-top-3">
        <legend className="usa-legend">{t('profile.fields.homeAddress')}</legend>
        {f.text('address1', t('profile.fields.address1'), { maxLength: 120 })}
        {f.text('address2', t('profile.fields.address2'), { maxLength: 120 })}
        {f.text('city', t('profile.fields.city'), { maxLength: 80 })}
        {f.select('state', t('profile.fields.state'), STATE_OPTIONS, choose)}
        {f.text('zip', t('profile.fields.zip'), {
          maxLength: 10,
          hint: t('profile.fields.zipHint'),
        })}
        {f.text('county', t('profile.fields.county'), { maxLength: 80 })}
      </fieldset>
      <Checkbox
        id={fieldId(prefix, 'contact.hasMailingAddress')}
        name="hasMailingAddress"
        className="margin-top-3"
        label={t('profile.fields.hasMailingAddress')}
        checked={values.hasMailingAddress}
        onChange={(event) => onChange({ hasMailingAddress: event.target.checked })}
      />
      {values.hasMailingAddress && (
        <fieldset className="usa-fieldset margin-top-2">
          <legend className="usa-legend">{t('profile.fields.mailingAddress')}</legend>
          {mailing('address1', t('profile.fields.address1'), 120)}
          {mailing('address2', t('profile.fields.address2'), 120)}
          {mailing('city', t('profile.fields.city'), 80)}
          {mailing('state', t('profile.fields.state'), 2)}
          {mailing('zip', t('profile.fields.zip'), 10)}
        </fieldset>
      )}
    </Section>
  );
}
