import type { PostingDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ErrorSummary } from '../../components/ErrorSummary';
import { MessagePage } from '../../components/MessagePage';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useFormErrors } from '../../components/useFormErrors';
import { Breadcrumbs } from './Breadcrumbs';
import { checkPosting, toUpdateRequest, valuesFrom, type PostingValues } from './form/posting-form';
import { POSTING_FIELD_IDS, PostingFields } from './form/PostingFields';
import { useEmployerLocations, usePostingDetail, useUpdatePosting } from './postings-api';

/**
 * Staff correct what a posting says; only the fields changed are sent, and each change leaves a
 * note (JOB-2). Openings, status, how to apply and the reservation have their own actions.
 */
export function PostingEditPage() {
  const { t } = useTranslation();
  const { postingId = '' } = useParams();
  const detail = usePostingDetail(postingId);
  const posting = detail.data;
  if (posting && !posting.youMayChange) {
    return <MessagePage title={t('forbidden.title')} body={t('postings.edit.notYours')} />;
  }
  return (
    <>
      <Breadcrumbs
        current={t('postings.edit.breadcrumb')}
        record={posting ? { id: posting.id, title: posting.title } : undefined}
      />
      <PageTitle>
        {posting
          ? t('postings.edit.title', { title: posting.title })
          : t('postings.edit.titlePlain')}
      </PageTitle>
      {detail.isPending && <p role="status">{t('common.loading')}</p>}
      {detail.isError && <QueryError error={detail.error} />}
      {/* Keyed by the last change, so a record read again starts the form from what is saved. */}
      {posting && <EditForm key={posting.updatedAt} posting={posting} />}
    </>
  );
}

function EditForm({ posting }: { posting: PostingDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const update = useUpdatePosting(posting.id);
  const locations = useEmployerLocations(posting.employer.id);
  const [initial] = useState(() => valuesFrom(posting));
  const [values, setValues] = useState<PostingValues>(initial);
  const back = `/postings/${posting.id}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A deadline already passed and left as it was is the server's to judge (JOB-8).
    const problems = checkPosting(values, t, { audience: 'staff', mode: 'edit' });
    if (values.applicationDeadline === initial.applicationDeadline)
      delete problems.applicationDeadline;
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    const body = toUpdateRequest(initial, values, posting.employer.id);
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
        {t('postings.edit.intro', {
          record: posting.recordNumber,
          employer: posting.employer.name,
        })}
      </p>
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={errors.fields}
        fieldIds={POSTING_FIELD_IDS}
      />
      <p className="usa-hint">{t('forms.allRequired')}</p>
      <div className="maxw-tablet">
        <PostingFields
          values={values}
          errors={errors.fields}
          onChange={(patch) => setValues((current) => ({ ...current, ...patch }))}
          audience="staff"
          mode="edit"
          locations={(locations.data ?? []).map((location) => ({
            id: location.id,
            label: `${location.name} – ${location.address1}, ${location.city}`,
          }))}
          laborDispute={posting.laborDisputeStatement !== null}
        />
      </div>
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
