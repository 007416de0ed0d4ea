import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageTitle } from '../../../components/PageTitle';
import { useFormErrors } from '../../../components/useFormErrors';
import {
  checkPosting,
  emptyPosting,
  toEmployerRequest,
  type PostingValues,
} from '../../postings/form/posting-form';
import { POSTING_FIELD_IDS, PostingFields } from '../../postings/form/PostingFields';
import { useEmployerSession } from '../session/employer-session-context';
import { useSubmitPosting } from './employer-postings-api';

const FORM = { audience: 'employer', mode: 'create' } as const;

/**
 * JOB-1: the employer enters a job; it waits for staff in "Approve postings". Screening language
 * (JOB-13) is refused at once, with the reason, so the employer can correct it.
 */
export function EmployerPostJobPage() {
  const { t } = useTranslation();
  const session = useEmployerSession();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const submit = useSubmitPosting();
  const [values, setValues] = useState<PostingValues>(() => emptyPosting());

  // EMP-5: the employer posts once the central office has approved its registration.
  if (session.employer.status !== 'active') return <Navigate to="/employer" replace />;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkPosting(values, t, FORM);
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    try {
      const posting = await submit.mutateAsync(toEmployerRequest(values));
      void navigate('/employer', { state: { submitted: posting.title } });
    } catch (error) {
      errors.showServerError(error);
    }
  };

  return (
    <>
      <p>
        <Link className="usa-link" to="/employer">
          {t('employerPortal.posting.back')}
        </Link>
      </p>
      <PageTitle>{t('employerPortal.postJob.title')}</PageTitle>
      <p className="usa-intro">{t('employerPortal.postJob.intro')}</p>
      <form className="usa-form maxw-none" noValidate onSubmit={(event) => void save(event)}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={POSTING_FIELD_IDS}
        />
        <PostingFields
          values={values}
          errors={errors.fields}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
          audience="employer"
          mode="create"
          locations={[]}
        />
        <div className="margin-top-4">
          <Button type="submit" disabled={submit.isPending}>
            {t('employerPortal.postJob.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
