import { useTranslation } from 'react-i18next';
import { US_STATES } from '../seekers/seeker-format';
import { fieldsFor, Section, type SectionProps } from './profile-fields';
import { useProfileOptions } from './profile-options';

/** SEEK-6 employment status and education; schools and degrees stay on the résumé. */
export function ProfileEmploymentSection(props: SectionProps<'employment'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('employment', props);
  const choose = t('profile.chooseOne');
  return (
    <Section legend={t('profile.sections.employment')}>
      {f.select(
        'employmentStatus',
        t('profile.fields.employmentStatus'),
        options.employmentStatus,
        choose,
      )}
      {f.select('schoolStatus', t('profile.fields.schoolStatus'), options.schoolStatus, choose)}
      {f.select(
        'highestEducation',
        t('profile.fields.highestEducation'),
        options.education,
        choose,
        t('profile.fields.highestEducationHint'),
      )}
    </Section>
  );
}

const STATE_OPTIONS = US_STATES.map(([code, name]) => ({
  value: code,
  label: `${code} – ${name}`,
}));

/** SEEK-6 driver's license: issuing state, class and endorsements, once the person has one. */
export function ProfileLicenseSection(props: SectionProps<'driversLicense'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('driversLicense', props);
  const choose = t('profile.chooseOne');
  return (
    <Section legend={t('profile.sections.license')}>
      {f.yesNo('hasLicense', t('profile.fields.hasLicense'))}
      {props.values.hasLicense === 'yes' && (
        <>
          {f.select('state', t('profile.fields.licenseState'), STATE_OPTIONS, choose)}
          {f.select('licenseClass', t('profile.fields.licenseClass'), options.licenseClass, choose)}
          {f.checkboxes('endorsements', t('profile.fields.endorsements'), options.endorsement)}
        </>
      )}
    </Section>
  );
}
