import { Checkbox } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { fieldsFor, Section, YesNoField, type SectionProps } from './profile-fields';
import { fieldId } from './profile-form';
import { useProfileOptions } from './profile-options';

/**
 * SEEK-6 veteran data. The service details appear only after "served: yes"; someone who did not
 * serve may still be an eligible spouse, who is covered by priority of service (VET-1).
 */
export function ProfileVeteranSection(props: SectionProps<'veteran'>) {
  const { t } = useTranslation();
  const options = useProfileOptions();
  const f = fieldsFor('veteran', props);
  const { values, onChange, prefix } = props;
  const choose = t('profile.chooseOne');
  const served = values.servedInMilitary === 'yes';
  const transitioning = served && values.veteranType === 'transitioning_service_member';
  const serviceTypes = options.veteranType.filter((o) => o.value !== 'eligible_spouse');

  const setServed = (answer: typeof values.servedInMilitary) =>
    // An eligible spouse who turns out to have served is a veteran: the type is chosen again.
    onChange({
      servedInMilitary: answer,
      veteranType:
        answer === 'yes' && values.veteranType === 'eligible_spouse' ? '' : values.veteranType,
    });

  return (
    <Section legend={t('profile.sections.veteran')}>
      <YesNoField
        id={f.id('servedInMilitary')}
        legend={t('profile.fields.servedInMilitary')}
        value={values.servedInMilitary}
        onChange={setServed}
        error={f.error('servedInMilitary')}
      />
      {!served && (
        <Checkbox
          id={fieldId(prefix, 'veteran.veteranType')}
          name="eligibleSpouse"
          label={t('profile.fields.eligibleSpouse')}
          checked={values.veteranType === 'eligible_spouse'}
          onChange={(event) =>
            onChange({ veteranType: event.target.checked ? 'eligible_spouse' : '' })
          }
        />
      )}
      {served && (
        <div>
          {f.select('veteranType', t('profile.fields.veteranType'), serviceTypes, choose)}
          {f.date('serviceStartDate', t('profile.fields.serviceStartDate'))}
          {f.date('serviceEndDate', t('profile.fields.serviceEndDate'))}
          {transitioning && (
            <>
              {f.date('plannedSeparationDate', t('profile.fields.plannedSeparationDate'))}
              {f.select(
                'transitioningType',
                t('profile.fields.transitioningType'),
                options.transitioningType,
                choose,
              )}
            </>
          )}
          {f.select('branch', t('profile.fields.branch'), options.branch, choose)}
          {f.text('rank', t('profile.fields.rank'), {
            maxLength: 40,
            hint: t('profile.fields.rankHint'),
          })}
          {f.select('dischargeType', t('profile.fields.dischargeType'), options.discharge, choose)}
          {f.yesNo(
            'campaignVeteran',
            t('profile.fields.campaignVeteran'),
            t('profile.fields.campaignVeteranHint'),
          )}
          {f.select(
            'serviceConnectedDisability',
            t('profile.fields.serviceConnectedDisability'),
            options.serviceDisability,
            choose,
          )}
        </div>
      )}
    </Section>
  );
}
