import type { EmployerDetail } from '@onestop/contracts';
import { Button, FormGroup, Label } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, SelectField, TextAreaField } from '../../components/fields';
import { FieldError } from '../../components/FieldError';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../components/form-errors';
import { Notice } from '../../components/Notice';
import { QueryError } from '../../components/QueryError';
import {
  useActivityTypes,
  useAddNote,
  useEmployerLocations,
  useRecordActivity,
} from './employers-api';

export const ACTIVITY_FORM_HEADING = 'employer-activity-form-heading';
export const NOTE_FORM_HEADING = 'employer-note-form-heading';
const A = 'employer-activity';

/** Today in the user's own time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface FormProps {
  employer: EmployerDetail;
  active: boolean;
  onNotice(text: string): void;
}

/** EMP-6: a service from the state's catalog, on a day, maybe at one of the locations (EMP-8). */
export function ActivityForm({ employer, active, onNotice }: FormProps) {
  const { t } = useTranslation();
  const types = useActivityTypes(active);
  const locations = useEmployerLocations(employer.id, active);
  const record = useRecordActivity(employer.id);
  const [typeId, setTypeId] = useState('');
  const [date, setDate] = useState(() => localToday());
  const [locationId, setLocationId] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!typeId) problems.activityTypeId = t('employers.errors.activityType');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      problems.activityDate = t('employers.errors.activityDate');
    else if (date > localToday()) problems.activityDate = t('employers.errors.activityFuture');
    setErrors(problems);
    setMessage(null);
    const first = Object.keys(problems)[0];
    if (first) {
      document.getElementById(`${A}-${first}`)?.focus();
      return;
    }
    const label = types.data?.find((type) => type.id === typeId)?.label ?? '';
    record.mutate(
      {
        activityTypeId: typeId,
        activityDate: date,
        locationId: locationId || undefined,
        note: note.trim() || undefined,
      },
      {
        onSuccess: () => {
          setTypeId('');
          setLocationId('');
          setNote('');
          setDate(localToday());
          onNotice(t('employers.activities.recorded', { activity: label }));
        },
        onError: (failure) => {
          setMessage(errorText(failure, t));
          setErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  const dateError = errors.activityDate;
  const dateHint = t('employers.activities.dateHint');
  return (
    <section aria-labelledby={ACTIVITY_FORM_HEADING} className="margin-top-5">
      <h2 id={ACTIVITY_FORM_HEADING} tabIndex={-1}>
        {t('employers.activities.recordHeading')}
      </h2>
      {employer.status === 'inactive' ? (
        <p>{t('employers.activities.inactive')}</p>
      ) : (
        <form className="usa-form" noValidate onSubmit={submit}>
          <p className="usa-hint">{t('employers.activities.recordIntro')}</p>
          {types.isError && <QueryError error={types.error} />}
          {message && <Notice kind="error">{message}</Notice>}
          <SelectField
            id={`${A}-activityTypeId`}
            label={t('employers.activities.type')}
            value={typeId}
            onChange={setTypeId}
            emptyOption={t('employers.form.choose')}
            options={(types.data ?? []).map((type) => ({ value: type.id, label: type.label }))}
            error={errors.activityTypeId}
            required
          />
          <FormGroup error={Boolean(dateError)}>
            <Label htmlFor={`${A}-activityDate`} error={Boolean(dateError)}>
              {t('employers.activities.date')}
            </Label>
            <div className="usa-hint" id={`${A}-activityDate-hint`}>
              {dateHint}
            </div>
            <FieldError id={`${A}-activityDate`} message={dateError} />
            <input
              id={`${A}-activityDate`}
              name={`${A}-activityDate`}
              type="date"
              className={dateError ? 'usa-input usa-input--error' : 'usa-input'}
              value={date}
              max={localToday()}
              onChange={(event) => setDate(event.target.value)}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={describedBy(`${A}-activityDate`, dateHint, dateError)}
              required
            />
          </FormGroup>
          {(locations.data?.length ?? 0) > 0 && (
            <SelectField
              id={`${A}-locationId`}
              label={t('employers.activities.location')}
              hint={t('forms.optional')}
              value={locationId}
              onChange={setLocationId}
              emptyOption={t('employers.activities.wholeEmployer')}
              options={(locations.data ?? [])
                .filter((location) => location.active)
                .map((location) => ({ value: location.id, label: location.name }))}
              error={errors.locationId}
            />
          )}
          <TextAreaField
            id={`${A}-note`}
            label={t('employers.activities.noteField')}
            hint={t('forms.optional')}
            value={note}
            onChange={setNote}
            error={errors.note}
            maxLength={2000}
            rows={3}
          />
          <Button type="submit" className="margin-top-2" disabled={record.isPending}>
            {t('employers.activities.recordSubmit')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** EMP-6: what the catalog does not cover is written as a note; notes are never changed. */
export function NoteForm({ employer, onNotice }: Omit<FormProps, 'active'>) {
  const { t } = useTranslation();
  const add = useAddNote(employer.id);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (!body.trim()) {
      setError(t('employers.errors.noteBody'));
      document.getElementById('employer-note-body')?.focus();
      return;
    }
    setError(undefined);
    add.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          onNotice(t('employers.notes.posted'));
        },
        onError: (failure) => {
          setMessage(errorText(failure, t));
          setError(fieldErrorsFrom(failure).body);
        },
      },
    );
  };

  return (
    <section aria-labelledby={NOTE_FORM_HEADING} className="margin-top-5">
      <h2 id={NOTE_FORM_HEADING} tabIndex={-1}>
        {t('employers.notes.postHeading')}
      </h2>
      <form className="usa-form" noValidate onSubmit={submit}>
        {message && <Notice kind="error">{message}</Notice>}
        <TextAreaField
          id="employer-note-body"
          label={t('employers.notes.body')}
          hint={t('employers.notes.bodyHint')}
          value={body}
          onChange={setBody}
          error={error}
          maxLength={4000}
          rows={4}
          required
        />
        <Button type="submit" className="margin-top-2" disabled={add.isPending}>
          {t('employers.notes.post')}
        </Button>
      </form>
    </section>
  );
}
