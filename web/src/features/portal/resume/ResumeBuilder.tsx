import type { SavedResume, StructuredResume } from '@onestop/contracts';
import { Button, StepIndicator, StepIndicatorStep } from '@trussworks/react-uswds';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { errorText, type FieldErrors } from '../../../components/form-errors';
import { Notice } from '../../../components/Notice';
import { PageTitle } from '../../../components/PageTitle';
import { useFormatters } from '../../../i18n/format';
import { BuilderErrorSummary } from './BuilderErrorSummary';
import { usePortalHome } from './resume-api';
import {
  checkResume,
  errorsOfStep,
  fieldId,
  serverFieldErrors,
  stepOfPath,
  STEPS,
  type StepKey,
} from './resume-checks';
import { fromResume, toResume, type ResumeForm } from './resume-form';
import { useResumeTarget, useSaveResume } from './resume-target';
import { useResumeWording } from './resume-wording';
import { BuilderStep } from './steps/BuilderStep';
import { useLeaveWarning } from './useLeaveWarning';

const STEP_HEADING_ID = 'resume-step-heading';

const snapshotOf = (resume: StructuredResume, searchable: boolean) =>
  JSON.stringify({ resume, searchable });

interface ResumeBuilderProps {
  initial: SavedResume;
  /** The file a draft came from (SEEK-8): nothing of it is saved until the seeker saves. */
  fromUpload?: string | null;
  /** `final`: saved from the last step, rather than "Save my progress" on the way. */
  onSaved?: (final: boolean) => void;
}

/**
 * SEEK-7: the guided resume builder. The whole resume lives in this component's state across the
 * steps; "Next" checks the step being left, and saving checks everything and sends it in one PUT.
 */
export function ResumeBuilder({ initial, fromUpload = null, onSaved }: ResumeBuilderProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const words = useResumeWording();
  const target = useResumeTarget();
  const save = useSaveResume();
  // Only a seeker's own account has an address to email the resume to (SEEK-10).
  const home = usePortalHome({ enabled: target.kind === 'own' });
  const [form, setForm] = useState<ResumeForm>(() => fromResume(initial.resume));
  const [searchable, setSearchable] = useState(initial.searchable);
  const [stepIndex, setStepIndex] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [savedSnapshot, setSavedSnapshot] = useState<string | null>(() =>
    fromUpload ? null : snapshotOf(toResume(fromResume(initial.resume)), initial.searchable),
  );
  const [focusTarget, setFocusTarget] = useState<{ id: string } | null>(null);
  const [summary, registerSummary] = useState<HTMLDivElement | null>(null);
  const [focusSummary, setFocusSummary] = useState(0);

  const step: StepKey = STEPS[stepIndex] ?? 'contact';
  const dirty = snapshotOf(toResume(form), searchable) !== savedSnapshot;
  useLeaveWarning(dirty);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);
  useEffect(() => {
    if (focusSummary > 0) summary?.focus();
  }, [focusSummary, summary]);

  const goTo = (index: number, path?: string) => {
    setStepIndex(index);
    setNotice(null);
    // A new object each time, so that going to the same field twice still moves focus.
    setFocusTarget({ id: path ? fieldId(path) : STEP_HEADING_ID });
  };
  const showErrors = (found: FieldErrors, text: string | null, moveFocus = true) => {
    setErrors(found);
    setMessage(text);
    const first = Object.keys(found)[0];
    if (first) setStepIndex(STEPS.indexOf(stepOfPath(first)));
    if (moveFocus) setFocusSummary((n) => n + 1);
  };

  const next = () => {
    const stepErrors = errorsOfStep(checkResume(form, t), step);
    if (Object.keys(stepErrors).length > 0) {
      showErrors(stepErrors, null);
      return;
    }
    setErrors({});
    setMessage(null);
    goTo(stepIndex + 1);
  };
  const back = () => {
    setErrors({});
    setMessage(null);
    goTo(stepIndex - 1);
  };

  const saveNow = (final: boolean) => {
    const found = checkResume(form, t);
    if (Object.keys(found).length > 0) {
      showErrors(found, t('portal.resume.errors.beforeSaving'));
      return;
    }
    setErrors({});
    setMessage(null);
    setNotice(null);
    const resume = toResume(form);
    save.mutate(
      { resume, searchable },
      {
        onSuccess: (saved) => {
          setSavedSnapshot(snapshotOf(resume, searchable));
          setNotice(words.saved(date(saved.updatedAt ?? new Date().toISOString())));
          onSaved?.(final);
        },
        onError: (error) =>
          // A lost session opens the sign-in dialog, which takes focus; the summary waits beneath.
          showErrors(
            serverFieldErrors(error),
            errorText(error, t),
            !(error instanceof ApiError && error.status === 401),
          ),
      },
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'preview') saveNow(true);
    else next();
  };

  const update = (change: (current: ResumeForm) => ResumeForm) => setForm(change);

  return (
    <>
      <PageTitle>{words.title}</PageTitle>
      {fromUpload && dirty && <Notice kind="info">{words.fromUpload(fromUpload)}</Notice>}
      <StepIndicator
        counters="small"
        headingLevel="h2"
        stepText={t('portal.resume.stepText')}
        ofText={t('portal.resume.ofText')}
        statusText={{
          complete: t('portal.resume.stepComplete'),
          incomplete: t('portal.resume.stepIncomplete'),
        }}
        headingProps={{ id: STEP_HEADING_ID, tabIndex: -1 }}
      >
        {STEPS.map((key, index) => (
          <StepIndicatorStep
            key={key}
            label={t(`portal.resume.steps.${key}`)}
            status={index < stepIndex ? 'complete' : index === stepIndex ? 'current' : 'incomplete'}
          />
        ))}
      </StepIndicator>
      <BuilderErrorSummary
        message={message}
        errors={errors}
        register={registerSummary}
        onGo={(path) => goTo(STEPS.indexOf(stepOfPath(path)), path)}
      />
      <Notice>{notice}</Notice>
      <form
        className={step === 'preview' ? 'usa-form maxw-none' : 'usa-form usa-form--large'}
        noValidate
        onSubmit={submit}
      >
        <BuilderStep
          step={step}
          form={form}
          errors={errors}
          update={update}
          searchable={searchable}
          onSearchable={setSearchable}
          saved={!dirty}
          noEmail={home.data?.emailIsPlaceholder ?? false}
        />
        <div className="margin-top-4">
          {stepIndex > 0 && (
            <Button type="button" outline onClick={back}>
              {t('portal.resume.back')}
            </Button>
          )}
          <Button type="submit" disabled={step === 'preview' && save.isPending}>
            {step === 'preview' ? words.save : t('portal.resume.next')}
          </Button>
          {step !== 'preview' && (
            <Button type="button" unstyled disabled={save.isPending} onClick={() => saveNow(false)}>
              {words.saveProgress}
            </Button>
          )}
        </div>
      </form>
    </>
  );
}
