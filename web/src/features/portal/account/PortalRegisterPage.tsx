import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FieldGroup, PasswordField, TextField } from '../../../components/fields';
import { PageTitle } from '../../../components/PageTitle';
import { useFormErrors } from '../../../components/useFormErrors';
import { BirthDateField, SsnField } from '../../seekers/SeekerFields';
import { usePortalSessionApi } from '../session/portal-session-context';
import { AccountCard } from './AccountCard';
import {
  checkSelfRegistration,
  EMPTY_SELF_REGISTRATION,
  MIN_PASSWORD_LENGTH,
  toSelfRegistration,
  type SelfRegistrationValues,
} from './registration-form';
import { portalReturnPath } from './return-path';

const P = 'register';

/** Field name → the control an error summary link focuses. */
const FIELD_IDS: Record<keyof SelfRegistrationValues, string> = {
  firstName: `${P}-firstName`,
  lastName: `${P}-lastName`,
  birthDate: `${P}-birthDate-month`,
  email: `${P}-email`,
  password: `${P}-password`,
  ssn: `${P}-ssn`,
  phone: `${P}-phone`,
  zip: `${P}-zip`,
};

/** SEEK-1: a job seeker registers themselves, and is signed in. */
export function PortalRegisterPage() {
  const { t } = useTranslation();
  const { status, register } = usePortalSessionApi();
  const location = useLocation();
  const errors = useFormErrors();
  const [values, setValues] = useState<SelfRegistrationValues>(EMPTY_SELF_REGISTRATION);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState(false);

  if (status === 'signedIn') {
    return (
      <Navigate
        to={portalReturnPath(location.state)}
        replace
        state={registered ? { notice: 'registered' } : undefined}
      />
    );
  }

  const change = (patch: Partial<SelfRegistrationValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkSelfRegistration(values, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    setBusy(true);
    try {
      setRegistered(true);
      await register(toSelfRegistration(values));
    } catch (error) {
      setRegistered(false);
      errors.showServerError(error);
      setBusy(false);
    }
  };

  const optional = t('forms.optional');
  const text = (
    key: 'firstName' | 'lastName' | 'email' | 'phone' | 'zip',
    options: { maxLength: number; autoComplete: string; hint?: string; required?: boolean },
  ) => (
    <TextField
      id={FIELD_IDS[key]}
      label={t(`portal.register.fields.${key}`)}
      type={key === 'email' ? 'email' : 'text'}
      value={values[key]}
      onChange={(value) => change({ [key]: value })}
      error={errors.fields[key]}
      hint={options.hint}
      maxLength={options.maxLength}
      autoComplete={options.autoComplete}
      required={options.required}
    />
  );

  return (
    <AccountCard wide>
      <PageTitle>{t('portal.register.title')}</PageTitle>
      <p className="usa-intro">{t('portal.register.intro')}</p>
      <p>
        {t('portal.register.haveAccount')}{' '}
        <Link className="usa-link" to="/portal/login" state={location.state}>
          {t('portal.register.signInLink')}
        </Link>
      </p>
      <form className="usa-form" noValidate onSubmit={(event) => void submit(event)}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <p className="usa-hint">{t('forms.allRequired')}</p>
        <FieldGroup legend={t('portal.register.aboutYou')}>
          {text('firstName', { maxLength: 60, autoComplete: 'given-name', required: true })}
          {text('lastName', { maxLength: 60, autoComplete: 'family-name', required: true })}
          <BirthDateField
            id={`${P}-birthDate`}
            legend={t('portal.register.fields.birthDate')}
            value={values.birthDate}
            onChange={(birthDate) => change({ birthDate })}
            error={errors.fields.birthDate}
          />
          <SsnField
            id={FIELD_IDS.ssn}
            label={t('portal.register.fields.ssn')}
            hint={t('portal.register.fields.ssnHint')}
            value={values.ssn}
            onChange={(ssn) => change({ ssn })}
            error={errors.fields.ssn}
          />
        </FieldGroup>
        <FieldGroup legend={t('portal.register.signInDetails')}>
          {text('email', {
            maxLength: 254,
            autoComplete: 'email',
            hint: t('portal.register.fields.emailHint'),
            required: true,
          })}
          <PasswordField
            id={FIELD_IDS.password}
            label={t('portal.register.fields.password')}
            hint={t('portal.register.fields.passwordHint', { min: MIN_PASSWORD_LENGTH })}
            autoComplete="new-password"
            value={values.password}
            onChange={(password) => change({ password })}
            error={errors.fields.password}
            maxLength={200}
            required
          />
        </FieldGroup>
        <FieldGroup legend={t('portal.register.contact')}>
          {text('phone', {
            maxLength: 20,
            autoComplete: 'tel-national',
            hint: `${optional} ${t('portal.register.fields.phoneHint')}`,
          })}
          {text('zip', {
            maxLength: 10,
            autoComplete: 'postal-code',
            hint: `${optional} ${t('portal.register.fields.zipHint')}`,
          })}
        </FieldGroup>
        <div className="margin-top-4">
          <Button type="submit" disabled={busy}>
            {t('portal.register.submit')}
          </Button>
        </div>
        <p role="status" className="usa-sr-only">
          {busy ? t('portal.register.working') : ''}
        </p>
      </form>
    </AccountCard>
  );
}
