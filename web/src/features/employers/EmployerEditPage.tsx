import type { EmployerDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../components/useFormErrors';
import { Breadcrumbs } from './Breadcrumbs';
import { checkEmployer, toUpdate, valuesFrom, type EmployerValues } from './employer-form';
import { formatRecordNumber } from './employer-format';
import { EMPLOYER_FIELD_IDS, EmployerFields } from './EmployerFields';
import { useEmployerDetail, useUpdateEmployer } from './employers-api';

/** Staff correct an employer's details; only the fields changed are sent. */
export function EmployerEditPage() {
  const { t } = useTranslation();
  const { employerId = '' } = useParams();
  const detail = useEmployerDetail(employerId);
  const employer = detail.data;
  const title = employer
    ? t('employers.edit.title', { name: employer.legalName })
    : t('employers.edit.titlePlain');
  return (
    <>
      <Breadcrumbs
        current={t('employers.edit.breadcrumb')}
        record={employer ? { id: employer.id, name: employer.legalName } : undefined}
      />
      <PageTitle>{title}</PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && <QueryError error={detail.error} />}
      {/* Keyed by the last change, so a record read again starts the form from what is saved. */}
      {employer && <EditForm key={employer.updatedAt} employer={employer} />}
    </>
  );
}

function EditForm({ employer }: { employer: EmployerDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const update = useUpdateEmployer(employer.id);
  const [initial] = useState(() => valuesFrom(employer));
  const [values, setValues] = useState<EmployerValues>(initial);
  const back = `/employers/${employer.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkEmployer(values, t);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    const body = toUpdate(initial, values);
    if (Object.keys(body).length === 0) {
      navigate(back, { state: { notice: 'unchanged' } });
      return;
    }
    update.mutate(body, {
      onSuccess: () => navigate(back, { state: { notice: 'updated' } }),
      onError: (error) => errors.showServerError(error),
    });
  };

  return (
    <form className="usa-form maxw-none" noValidate onSubmit={submit}>
      <p className="usa-intro">
        {t('employers.edit.intro', { record: formatRecordNumber(employer.recordNumber) })}
      </p>
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={errors.fields}
        fieldIds={EMPLOYER_FIELD_IDS}
      />
      <p className="usa-hint">{t('forms.allRequired')}</p>
      <EmployerFields
        values={values}
        errors={errors.fields}
        onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
      />
      <div className="margin-top-4">
        <Button type="submit" disabled={update.isPending}>
          {t('common.saveChanges')}
        </Button>
        <Link className="usa-button usa-button--unstyled margin-left-2" to={back}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
