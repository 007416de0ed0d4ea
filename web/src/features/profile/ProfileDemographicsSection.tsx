import { isMaskedAlienNumber } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { fieldsFor, Section, type SectionProps } from './profile-fields';
import { useProfileOptions } from './profile-options';

/**
 * SEEK-6 demographics, coded as PIRL reports them; the alien registration only for non-citizens.
 * Staff see the A-number masked; left as it is, it is kept (see `toRequest`).
 */
export function ProfileDemographicsSection(props: SectionProps<'demographics'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('demographics', props);
  const choose = t('profile.chooseOne');
  const nonCitizen = props.values.citizenship !== '' && props.values.citizenship !== 'us_citizen';
  // Staff read the A-number masked: the hint says how to keep, replace or remove it.
  const masked = isMaskedAlienNumber(props.values.alienRegistrationInitial);
  return (
    <Section legend={t('profile.sections.demographics')}>
      {f.date('birthDate', t('profile.fields.birthDate'))}
      {f.select('gender', t('profile.fields.gender'), options.gender, choose)}
      {f.select('ethnicity', t('profile.fields.ethnicity'), options.ethnicity, choose)}
      {f.checkboxes(
        'races',
        t('profile.fields.races'),
        options.race,
        t('profile.fields.racesHint'),
      )}
      {f.select('citizenship', t('profile.fields.citizenship'), options.citizenship, choose)}
      {nonCitizen && (
        <>
          {f.text('alienRegistrationNumber', t('profile.fields.alienRegistrationNumber'), {
            maxLength: 12,
            hint: masked
              ? t('profile.fields.alienRegistrationMaskedHint')
              : t('profile.fields.alienRegistrationNumberHint'),
          })}
          {f.date('alienRegistrationExpires', t('profile.fields.alienRegistrationExpires'))}
        </>
      )}
      {f.select('disability', t('profile.fields.disability'), options.disability, choose)}
    </Section>
  );
}
