import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FieldGroup, PasswordField, TextField } from '../../../components/fields';
import { PageTitle } from '../../../components/PageTitle';
import { useFormErrors } from '../../../components/useFormErrors';
import { EMPLOYER_FIELD_IDS, EmployerFields } from '../../employers/EmployerFields';
import { AccountCard } from '../../portal/account/AccountCard';
import { MIN_PASSWORD_LENGTH } from '../../portal/account/registration-form';
import { useEmployerSessionApi } from '../session/employer-session-context';
import {
  checkEmployerRegistration,
  EMPTY_EMPLOYER_REGISTRATION,
  toEmployerRegistration,
  type ContactValues,
  type EmployerRegistrationValues,
} from './employer-registration-form';
import { employerReturnPath } from './EmployerLoginPage';

const P = 'employer-register';

const FIELD_IDS: Record<string, string> = {
  ...EMPLOYER_FIELD_IDS,
  'contact.firstName': `${P}-firstName`,
  'contact.lastName': `${P}-lastName`,
  'contact.title': `${P}-title`,
  'contact.phone': `${P}-phone`,
  'contact.email': `${P}-email`,
  password: `${P}-password`,
};

/**
 * EMP-5: an employer registers itself and its first user, who is signed in at once and sees that
 * the registration waits for the central office's approval.
 */
export function EmployerRegisterPage() {
  const { t } = useTranslation();
  const { status, register } = useEmployerSessionApi();
  const location = useLocation();
  const errors = useFormErrors();
  const [values, setValues] = useState<EmployerRegistrationValues>(EMPTY_EMPLOYER_REGISTRATION);
  const [busy, setBusy] = useState(false);

  if (status === 'signedIn') return <Navigate to={employerReturnPath(location.state)} replace />;

  const changeContact = (patch: Partial<ContactValues>) =>
    setValues((current) => ({ ...current, contact: { ...current.contact, ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkEmployerRegistration(values, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      await register(toEmployerRegistration(values));
    } catch (error) {
      errors.showServerError(error);
      setBusy(false);
    }
  };

  const optional = t('forms.optional');
  const contactField = (
    key: Exclude<keyof ContactValues, 'password'>,
    options: { maxLength: number; autoComplete: string; required?: boolean; hint?: string },
  ) => (
    <TextField
      id={FIELD_IDS[`contact.${key}`] ?? key}
      label={t(`employerPortal.register.fields.${key}`)}
      type={key === 'email' ? 'email' : 'text'}
      value={values.contact[key]}
      onChange={(value) => changeContact({ [key]: value })}
      error={errors.fields[`contact.${key}`]}
      hint={options.hint ?? (options.required ? undefined : optional)}
      maxLength={options.maxLength}
      autoComplete={options.autoComplete}
      required={options.required}
    />
  );

  return (
    <AccountCard wide>
      <PageTitle>{t('employerPortal.register.title')}</PageTitle>
      <p className="usa-intro">{t('employerPortal.register.intro')}</p>
      <p>
        {t('employerPortal.register.haveAccount')}{' '}
        <Link className="usa-link" to="/employer/login" state={location.state}>
          {t('employerPortal.register.signInLink')}
        </Link>
      </p>
      <form className="usa-form maxw-none" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <EmployerFields
          values={values.employer}
          errors={errors.fields}
          onChange={(patch) =>
            setValues((current) => ({ ...current, employer: { ...current.employer, ...patch } }))
          }
        />
        <FieldGroup legend={t('employerPortal.register.aboutYou')}>
          {contactField('firstName', { maxLength: 60, autoComplete: 'given-name', required: true })}
          {contactField('lastName', { maxLength: 60, autoComplete: 'family-name', required: true })}
          {contactField('title', { maxLength: 100, autoComplete: 'organization-title' })}
          {contactField('phone', { maxLength: 20, autoComplete: 'tel-national' })}
        </FieldGroup>
        <FieldGroup legend={t('employerPortal.register.signInDetails')}>
          {contactField('email', {
            maxLength: 254,
            autoComplete: 'email',
            required: true,
            hint: t('employerPortal.register.fields.emailHint'),
          })}
          <PasswordField
            id={FIELD_IDS.password ?? 'password'}
            label={t('portal.register.fields.password')}
            hint={t('portal.register.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            value={values.contact.password}
            onChange={(password) => changeContact({ password })}
            error={errors.fields.password}
            maxLength={200}
            required
          />
        </FieldGroup>
        <div className="margin-top-4">
          <Button type="submit" disabled={busy}>
            {t('employerPortal.register.submit')}
          </Button>
        </div>
        <p role="status" className="usa-sr-only">
          {busy ? t('employerPortal.register.working') : ''}
        </p>
      </form>
    </AccountCard>
  );
}
