import { useTranslation } from 'react-i18next';
import { fieldsFor, Section, type SectionProps } from './profile-fields';
import { useProfileOptions } from './profile-options';
import { StateChecklist, ZipCodeList } from './ProfileWorkPlaces';

/** SEEK-6 work preferences, which job matching reads: pay, schedule and where to work. */
export function ProfilePreferencesSection(props: SectionProps<'preferences'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('preferences', props);
  const { values, errors, onChange, prefix } = props;
  const choose = t('profile.chooseOne');
  return (
    <Section legend={t('profile.sections.preferences')}>
      {f.text('desiredWage', t('profile.fields.desiredWage'), {
        maxLength: 12,
        hint: t('profile.fields.desiredWageHint'),
      })}
      {f.select('payUnit', t('profile.fields.payUnit'), options.payUnit, choose)}
      {f.select('workWeek', t('profile.fields.workWeek'), options.workWeek, choose)}
      {f.select('duration', t('profile.fields.duration'), options.duration, choose)}
      {f.yesNo('overtime', t('profile.fields.overtime'))}
      {f.checkboxes('shifts', t('profile.fields.shifts'), options.shift)}
      <ZipCodeList
        prefix={prefix}
        rows={values.zipCodes}
        errors={errors}
        onChange={(zipCodes) => onChange({ zipCodes })}
      />
      {f.text('radiusMiles', t('profile.fields.radiusMiles'), {
        maxLength: 3,
        hint: t('profile.fields.radiusMilesHint'),
      })}
      <StateChecklist
        id={f.id('states')}
        values={values.states}
        error={f.error('states')}
        onChange={(states) => onChange({ states })}
      />
      {f.yesNo('willingToRelocate', t('profile.fields.willingToRelocate'))}
    </Section>
  );
}
