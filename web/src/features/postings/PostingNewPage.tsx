import type { EmployerDetail, LaborDispute, PostingDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { MessagePage } from '../../components/MessagePage';
import { PageTitle } from '../../components/PageTitle';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../session/session-context';
import { laborDisputeKey } from '../employers/labor-disputes/labor-disputes-api';
import { Breadcrumbs } from './Breadcrumbs';
import { EMPLOYER_FIELD_ID, EmployerChooser, type ChosenEmployer } from './EmployerChooser';
import { Group } from './form/form-controls';
import {
  checkPosting,
  emptyPosting,
  reservationRequest,
  toCreateRequest,
  type PostingValues,
} from './form/posting-form';
import { POSTING_FIELD_IDS, PostingFields } from './form/PostingFields';
import { mayEnterPostings } from './posting-access';
import { postingKeys, useCreatePosting, useEmployerLocations } from './postings-api';

const FIELD_IDS = { ...POSTING_FIELD_IDS, employerId: EMPLOYER_FIELD_ID };

/** JOB-11: whether the employer has a dispute that is not over. */
function useActiveDispute(employerId: string) {
  const disputes = useQuery({
    queryKey: laborDisputeKey(employerId),
    queryFn: ({ signal }) =>
      api.get<{ items: LaborDispute[] }>(`/api/v1/employers/${employerId}/labor-disputes`, {
        signal,
      }),
    enabled: employerId !== '',
  });
  return (disputes.data?.items ?? []).some((dispute) => dispute.active);
}

/** The employer named in the address (`?employerId=`), as when coming from its record. */
function useEmployerFromAddress(employerId: string): ChosenEmployer | null {
  const detail = useQuery({
    queryKey: ['employers', 'detail', employerId],
    queryFn: ({ signal }) => api.get<EmployerDetail>(`/api/v1/employers/${employerId}`, { signal }),
    enabled: employerId !== '',
  });
  if (!employerId || !detail.data) return null;
  const { id, legalName, recordNumber } = detail.data;
  return { id, name: legalName, recordNumber };
}

/**
 * JOB-1: staff take a job order by phone, email, in person, fax or mail, for any employer. It is
 * saved as a draft that the taker owns (JOB-2); the record then opens it.
 */
export function PostingNewPage() {
  const { t } = useTranslation();
  const session = useSession();
  if (!mayEnterPostings(session)) {
    return <MessagePage title={t('forbidden.title')} body={t('postings.new.forbidden')} />;
  }
  return <NewOrderForm />;
}

function NewOrderForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const fromAddress = useEmployerFromAddress(params.get('employerId') ?? '');
  const [picked, setPicked] = useState<ChosenEmployer | null | undefined>(undefined);
  const employer = picked === undefined ? fromAddress : picked;
  const employerId = employer?.id ?? '';
  const locations = useEmployerLocations(employerId);
  const dispute = useActiveDispute(employerId);
  const errors = useFormErrors();
  const create = useCreatePosting();
  const [values, setValues] = useState<PostingValues>(() => emptyPosting());
  const [reserving, setReserving] = useState(false);

  const change = (patch: Partial<PostingValues>) =>
    setValues((current) => ({ ...current, ...patch }));

  /** JOB-9: the reservation is its own request; a refusal is told on the record. */
  const reserve = async (created: PostingDetail): Promise<string | null> => {
    const body = reservationRequest(values);
    if (!body) return null;
    setReserving(true);
    try {
      const reserved = await api.put<PostingDetail>(
        `/api/v1/postings/${created.id}/reservation`,
        body,
      );
      queryClient.setQueryData(postingKeys.detail(created.id), reserved);
      return null;
    } catch (error) {
      return error instanceof ApiError ? error.message : t('errors.unexpected');
    } finally {
      setReserving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = checkPosting(values, t, { audience: 'staff', mode: 'create' });
    if (!employer) problems.employerId = t('postings.errors.employer');
    if (Object.keys(problems).length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    create.mutate(toCreateRequest(values, employerId), {
      onSuccess: async (created) => {
        const reserveError = await reserve(created);
        navigate(`/postings/${created.id}`, { state: { notice: 'created', reserveError } });
      },
      onError: (error) => errors.showServerError(error),
    });
  };

  const busy = create.isPending || reserving;
  return (
    <>
      <Breadcrumbs current={t('postings.new.title')} />
      <PageTitle>{t('postings.new.title')}</PageTitle>
      <p className="usa-intro">{t('postings.new.intro')}</p>
      <form className="usa-form maxw-none" noValidate onSubmit={submit}>
        <ErrorSummary
          register={errors.registerSummary}
          message={errors.message}
          fieldErrors={errors.fields}
          fieldIds={FIELD_IDS}
        />
        <p className="usa-hint">{t('forms.allRequired')}</p>
        <div className="maxw-tablet">
          <Group legend={t('postings.form.employerHeading')}>
            <EmployerChooser
              chosen={employer}
              onChoose={(next) => {
                setPicked(next);
                change({ location: '', laborDisputeNotAtIssue: false });
              }}
              error={errors.fields.employerId}
            />
          </Group>
          <PostingFields
            values={values}
            errors={errors.fields}
            onChange={change}
            audience="staff"
            mode="create"
            locations={(locations.data ?? []).map((location) => ({
              id: location.id,
              label: `${location.name} – ${location.address1}, ${location.city}`,
            }))}
            laborDispute={dispute}
          />
        </div>
        <div className="margin-top-4">
          <Button type="submit" disabled={busy}>
            {t('postings.new.submit')}
          </Button>
          <Link className="usa-button usa-button--unstyled margin-left-2" to="/postings">
            {t('common.cancel')}
          </Link>
        </div>
        <p role="status" className="usa-sr-only">
          {busy ? t('postings.new.saving') : ''}
        </p>
      </form>
    </>
  );
}
