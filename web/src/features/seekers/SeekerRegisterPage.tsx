import type { DuplicateCheckResult, SeekerSummary } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { useFormErrors } from '../../components/useFormErrors';
import {
  CONFIRM_ID,
  DUPLICATES_HEADING_ID,
  LikelyDuplicates,
  SameSsnAlert,
} from './DuplicatePanel';
import {
  checkRegistration,
  EMPTY_REGISTRATION,
  IDENTITY_FIELDS,
  toDuplicateCheck,
  toRegistration,
  type RegistrationValues,
} from './registration-form';
import { REGISTRATION_FIELD_IDS, RegistrationFields } from './RegistrationFields';
import { useDuplicateCheck, useRegisterSeeker } from './seekers-api';

type Duplicates =
  | { kind: 'none' }
  | { kind: 'sameSsn'; person: SeekerSummary }
  | { kind: 'likely'; likely: DuplicateCheckResult['likely'] };

const FIELD_IDS = { ...REGISTRATION_FIELD_IDS, confirmedNotDuplicate: CONFIRM_ID };

/**
 * SEEK-1, SEEK-3, SEEK-4, SEEK-5: staff register a person. Before creating, the server is asked for
 * records with the same SSN (which stops the registration) or a similar name and the same birth
 * date (which staff look at and confirm are someone else).
 */
export function SeekerRegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const check = useDuplicateCheck();
  const register = useRegisterSeeker();
  const [values, setValues] = useState<RegistrationValues>(EMPTY_REGISTRATION);
  const [duplicates, setDuplicates] = useState<Duplicates>({ kind: 'none' });
  const [confirmed, setConfirmed] = useState(false);
  const [focusDuplicates, setFocusDuplicates] = useState(0);

  useEffect(() => {
    if (focusDuplicates > 0) document.getElementById(DUPLICATES_HEADING_ID)?.focus();
  }, [focusDuplicates]);

  const change = (patch: Partial<RegistrationValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    // A different name, birth date or SSN makes the duplicates found earlier beside the point.
    if (IDENTITY_FIELDS.some((field) => field in patch)) {
      setDuplicates({ kind: 'none' });
      setConfirmed(false);
    }
  };

  const showDuplicates = (next: Duplicates) => {
    setDuplicates(next);
    setFocusDuplicates((n) => n + 1);
  };

  const create = (confirmedNotDuplicate: boolean) =>
    register.mutate(toRegistration(values, confirmedNotDuplicate), {
      onSuccess: (created) =>
        navigate(`/seekers/${created.id}`, { state: { notice: 'registered' } }),
      onError: (error) => errors.showServerError(error),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkRegistration(values, t);
    if (duplicates.kind === 'likely' && !confirmed) {
      problems.confirmedNotDuplicate = t('seekers.errors.confirmNotDuplicate');
    }
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    let result: DuplicateCheckResult;
    try {
      result = await check.mutateAsync(toDuplicateCheck(values));
    } catch (error) {
      errors.showServerError(error);
      return;
    }
    if (result.sameSsn) {
      showDuplicates({ kind: 'sameSsn', person: result.sameSsn });
      return;
    }
    if (result.likely.length === 0) {
      setDuplicates({ kind: 'none' });
      create(false);
      return;
    }
    // Go on only when every likely duplicate is one the user has already looked at and confirmed.
    const seen = duplicates.kind === 'likely' ? duplicates.likely.map((p) => p.id) : [];
    const allSeen = result.likely.every((person) => seen.includes(person.id));
    if (confirmed && allSeen) {
      create(true);
      return;
    }
    setConfirmed(false);
    showDuplicates({ kind: 'likely', likely: result.likely });
  };

  const busy = check.isPending || register.isPending;
  return (
    <>
      <nav className="usa-breadcrumb" aria-label={t('breadcrumb.label')}>
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/seekers">
              <span>{t('seekers.search.title')}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{t('seekers.register.title')}</span>
          </li>
        </ol>
      </nav>
      <PageTitle>{t('seekers.register.title')}</PageTitle>
      <p className="usa-intro">{t('seekers.register.intro')}</p>
      {/* Wide enough for the table of likely duplicates; the inputs keep their own widths. */}
      <form className="usa-form maxw-none" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <p className="usa-hint">{t('forms.allRequired')}</p>
        <RegistrationFields values={values} errors={errors.fields} onChange={change} />
        {duplicates.kind === 'sameSsn' && <SameSsnAlert person={duplicates.person} />}
        {duplicates.kind === 'likely' && (
          <LikelyDuplicates
            likely={duplicates.likely}
            confirmed={confirmed}
            onConfirm={setConfirmed}
            error={errors.fields.confirmedNotDuplicate}
          />
        )}
        <div className="margin-top-4">
          <Button type="submit" disabled={busy}>
            {t('seekers.register.submit')}
          </Button>
          <Link className="usa-button usa-button--unstyled margin-left-2" to="/seekers">
            {t('common.cancel')}
          </Link>
        </div>
        <p role="status" className="usa-sr-only">
          {busy ? t('seekers.register.checking') : ''}
        </p>
      </form>
    </>
  );
}
