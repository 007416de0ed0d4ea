import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PasswordField, TextField } from '../../components/fields';
import type { useFormErrors } from '../../components/useFormErrors';

interface CredentialFieldsProps {
  idPrefix: string;
  email: string;
  password: string;
  onEmail: (email: string) => void;
  onPassword: (password: string) => void;
  errors: ReturnType<typeof useFormErrors>;
  passwordRef?: RefObject<HTMLInputElement | null>;
}

/** Email and password with their error summary: the sign-in page and the re-sign-in dialog. */
export function CredentialFields({
  idPrefix,
  email,
  password,
  onEmail,
  onPassword,
  errors,
  passwordRef,
}: CredentialFieldsProps) {
  const { t } = useTranslation();
  const ids = { email: `${idPrefix}email`, password: `${idPrefix}password` };
  return (
    <>
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={errors.fields}
        fieldIds={ids}
      />
      <TextField
        id={ids.email}
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={onEmail}
        error={errors.fields.email}
        required
      />
      <PasswordField
        id={ids.password}
        label={t('signIn.password')}
        autoComplete="current-password"
        value={password}
        onChange={onPassword}
        error={errors.fields.password}
        {...(passwordRef ? { inputRef: passwordRef } : {})}
        required
      />
    </>
  );
}
