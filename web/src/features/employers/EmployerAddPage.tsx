import type { EmployerDuplicateCheckResult, EmployerRef } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { useFormErrors } from '../../components/useFormErrors';
import { Breadcrumbs } from './Breadcrumbs';
import {
  CONFIRM_ID,
  DUPLICATES_HEADING_ID,
  LikelyDuplicates,
  SameFeinAlert,
} from './DuplicatePanel';
import {
  checkEmployer,
  EMPTY_EMPLOYER,
  IDENTITY_FIELDS,
  toCreate,
  toDuplicateCheck,
  type EmployerValues,
} from './employer-form';
import { EMPLOYER_FIELD_IDS, EmployerFields } from './EmployerFields';
import { useCreateEmployer, useEmployerDuplicateCheck } from './employers-api';

type Duplicates =
  | { kind: 'none' }
  | { kind: 'sameFein'; holder: EmployerRef }
  | { kind: 'likely'; likely: EmployerDuplicateCheckResult['likely'] };

const FIELD_IDS = { ...EMPLOYER_FIELD_IDS, confirmedNotDuplicate: CONFIRM_ID };

/**
 * EMP-1, EMP-2: staff add an employer. Before creating, the server is asked for the record that
 * holds the FEIN (which stops the creation) and for similar names at the same ZIP code or phone
 * (which staff look at and confirm are another employer).
 */
export function EmployerAddPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const check = useEmployerDuplicateCheck();
  const create = useCreateEmployer();
  const [values, setValues] = useState<EmployerValues>(EMPTY_EMPLOYER);
  const [duplicates, setDuplicates] = useState<Duplicates>({ kind: 'none' });
  const [confirmed, setConfirmed] = useState(false);
  const [focusDuplicates, setFocusDuplicates] = useState(0);

  useEffect(() => {
    if (focusDuplicates > 0) document.getElementById(DUPLICATES_HEADING_ID)?.focus();
  }, [focusDuplicates]);

  const change = (patch: Partial<EmployerValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    // Another name, FEIN, ZIP code or phone makes the duplicates found earlier beside the point.
    if (IDENTITY_FIELDS.some((field) => field in patch) || 'independentContractor' in patch) {
      setDuplicates({ kind: 'none' });
      setConfirmed(false);
    }
  };

  const showDuplicates = (next: Duplicates) => {
    setDuplicates(next);
    setFocusDuplicates((n) => n + 1);
  };

  /** A 409 names the FEIN's record only in words: ask again, to link to it. */
  const explainConflict = async (error: unknown) => {
    errors.showServerError(error);
    if (!(error instanceof ApiError) || error.status !== 409) return;
    const again = await check.mutateAsync(toDuplicateCheck(values)).catch(() => null);
    if (again?.sameFein) setDuplicates({ kind: 'sameFein', holder: again.sameFein });
  };

  const save = (confirmedNotDuplicate: boolean) =>
    create.mutate(toCreate(values, confirmedNotDuplicate), {
      onSuccess: (created) =>
        navigate(`/employers/${created.id}`, { state: { notice: 'created' } }),
      onError: (error) => void explainConflict(error),
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkEmployer(values, t);
    if (duplicates.kind === 'likely' && !confirmed) {
      problems.confirmedNotDuplicate = t('employers.errors.confirmNotDuplicate');
    }
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    let result: EmployerDuplicateCheckResult;
    try {
      result = await check.mutateAsync(toDuplicateCheck(values));
    } catch (error) {
      errors.showServerError(error);
      return;
    }
    if (result.sameFein) {
      showDuplicates({ kind: 'sameFein', holder: result.sameFein });
      return;
    }
    if (result.likely.length === 0) {
      setDuplicates({ kind: 'none' });
      save(false);
      return;
    }
    // Go on only when every likely duplicate is one the user has already looked at and confirmed.
    const seen = duplicates.kind === 'likely' ? duplicates.likely.map((e) => e.id) : [];
    if (confirmed && result.likely.every((employer) => seen.includes(employer.id))) {
      save(true);
      return;
    }
    setConfirmed(false);
    showDuplicates({ kind: 'likely', likely: result.likely });
  };

  const busy = check.isPending || create.isPending;
  return (
    <>
      <Breadcrumbs current={t('employers.add.title')} />
      <PageTitle>{t('employers.add.title')}</PageTitle>
      <p className="usa-intro">{t('employers.add.intro')}</p>
      {/* Wide enough for the table of likely duplicates; the inputs keep their own widths. */}
      <form className="usa-form maxw-none" noValidate onSubmit={(e) => void submit(e)}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <p className="usa-hint">{t('forms.allRequired')}</p>
        <EmployerFields values={values} errors={errors.fields} onChange={change} />
        {duplicates.kind === 'sameFein' && <SameFeinAlert holder={duplicates.holder} />}
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
            {t('employers.add.submit')}
          </Button>
          <Link className="usa-button usa-button--unstyled margin-left-2" to="/employers">
            {t('common.cancel')}
          </Link>
        </div>
        <p role="status" className="usa-sr-only">
          {busy ? t('employers.add.checking') : ''}
        </p>
      </form>
    </>
  );
}
