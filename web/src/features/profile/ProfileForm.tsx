import type { SeekerProfile, UpdateSeekerProfileRequest } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormErrors } from '../../components/useFormErrors';
import { ProfileContactSection } from './ProfileContactSection';
import { ProfileDemographicsSection } from './ProfileDemographicsSection';
import { ProfileEmploymentSection, ProfileLicenseSection } from './ProfileEmploymentSections';
import {
  focusTarget,
  profileErrorsFrom,
  toFormValues,
  toRequest,
  type ProfileErrors,
  type ProfileGroup,
  type ProfileValues,
} from './profile-form';
import { ProfileLanguagesSection } from './ProfileLanguagesSection';
import { ProfilePreferencesSection } from './ProfilePreferencesSection';
import { ProfileVeteranSection } from './ProfileVeteranSection';

interface ProfileFormProps {
  /** What the form starts from; key the form by `updatedAt` to start again after a save. */
  profile: SeekerProfile;
  /** Sends the whole profile; rejects with the server's error. */
  save(request: UpdateSeekerProfileRequest): Promise<SeekerProfile>;
  saving: boolean;
  onSaved(saved: SeekerProfile): void;
  onCancel?: () => void;
  /** Prefix of every control's id, so two forms never share ids. */
  idPrefix?: string;
}

/**
 * SEEK-6: the whole profile in one form, a fieldset per section. Errors (the browser's few checks,
 * then the server's) show next to their fields and in a summary that takes focus.
 */
export function ProfileForm({
  profile,
  save,
  saving,
  onSaved,
  onCancel,
  idPrefix = 'profile',
}: ProfileFormProps) {
  const { t } = useTranslation();
  const summary = useFormErrors();
  const [values, setValues] = useState<ProfileValues>(() => toFormValues(profile));
  const [fieldErrors, setFieldErrors] = useState<ProfileErrors>({});

  const section = <G extends ProfileGroup>(group: G) => ({
    prefix: idPrefix,
    values: values[group],
    errors: fieldErrors,
    onChange: (patch: Partial<ProfileValues[G]>) =>
      setValues((current) => ({ ...current, [group]: { ...current[group], ...patch } })),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { request, problems } = toRequest(values, t);
    if (Object.keys(problems).length > 0) {
      setFieldErrors(problems);
      summary.showFieldErrors({});
      return;
    }
    try {
      const saved = await save(request);
      setFieldErrors({});
      summary.clear();
      onSaved(saved);
    } catch (error) {
      setFieldErrors(profileErrorsFrom(error));
      summary.showServerError(error);
    }
  };

  const fieldIds = Object.fromEntries(
    Object.keys(fieldErrors).map((path) => [path, focusTarget(idPrefix, path)]),
  );

  return (
    <form className="usa-form maxw-tablet" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        register={summary.registerSummary}
        message={summary.message}
        fieldErrors={fieldErrors}
        fieldIds={fieldIds}
      />
      <p className="usa-hint">{t('profile.requiredNote')}</p>
      <ProfileContactSection {...section('contact')} />
      <ProfileDemographicsSection {...section('demographics')} />
      <ProfileVeteranSection {...section('veteran')} />
      <ProfileEmploymentSection {...section('employment')} />
      <ProfileLicenseSection {...section('driversLicense')} />
      <ProfileLanguagesSection
        prefix={idPrefix}
        rows={values.languages}
        errors={fieldErrors}
        onChange={(languages) => setValues((current) => ({ ...current, languages }))}
      />
      <ProfilePreferencesSection {...section('preferences')} />
      <div className="margin-top-4">
        <Button type="submit" disabled={saving}>
          {t('profile.save')}
        </Button>
        {onCancel && (
          <Button type="button" unstyled className="margin-left-2" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
      <p role="status" className="usa-sr-only">
        {saving ? t('profile.saving') : ''}
      </p>
    </form>
  );
}
