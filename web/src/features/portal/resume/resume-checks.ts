import { SUMMARY_MAX } from '@onestop/contracts';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client';
import type { FieldErrors } from '../../../components/form-errors';
import { parseMonth } from './month';
import { parseWage, parseYear, type ResumeForm } from './resume-form';

/** SEEK-7: the guided path, in order. */
export const STEPS = [
  'contact',
  'work',
  'education',
  'licenses',
  'skills',
  'summary',
  'preview',
] as const;
export type StepKey = (typeof STEPS)[number];

/*
 * Errors are keyed by the field's path in the resume, as the server names it without the leading
 * "resume." ("work.0.title"), so the server's field errors land next to the same controls.
 */

/** The id of the control for a path: "work.0.title" → "resume-work-0-title". */
export function fieldId(path: string): string {
  return `resume-${path.replace(/\./g, '-')}`;
}

/** The step that shows a path's control; `searchable` is chosen on the preview. */
export function stepOfPath(path: string): StepKey {
  const head = path.split('.')[0] ?? '';
  return (STEPS as readonly string[]).includes(head) ? (head as StepKey) : 'preview';
}

const ZIP = /^\d{5}(-\d{4})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkWork(form: ResumeForm, t: TFunction, add: (path: string, text: string) => void) {
  form.work.forEach((job, i) => {
    const at = (field: string) => `work.${i}.${field}`;
    if (!job.title.trim()) add(at('title'), t('portal.resume.errors.title'));
    const start = parseMonth(job.startDate);
    const end = job.current ? null : parseMonth(job.endDate);
    if (job.startDate.trim() && !start) add(at('startDate'), t('portal.resume.errors.month'));
    if (!job.current && job.endDate.trim() && !end)
      add(at('endDate'), t('portal.resume.errors.month'));
    else if (!job.current && start && !job.endDate.trim())
      add(at('endDate'), t('portal.resume.errors.endMissing'));
    else if (start && end && end < start)
      add(at('endDate'), t('portal.resume.errors.endBeforeStart'));
    if (job.wage.trim() && parseWage(job.wage) === null)
      add(at('wage'), t('portal.resume.errors.wage'));
    else if (job.wage.trim() && !job.payUnit) add(at('payUnit'), t('portal.resume.errors.payUnit'));
  });
}

/** The checks worth making before saving, in the reader's language; the server checks all. */
export function checkResume(form: ResumeForm, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, text: string) => {
    errors[path] ??= text;
  };
  const { contact } = form;
  if (!contact.firstName.trim()) add('contact.firstName', t('portal.resume.errors.firstName'));
  if (!contact.lastName.trim()) add('contact.lastName', t('portal.resume.errors.lastName'));
  if (contact.email.trim() && !EMAIL.test(contact.email.trim()))
    add('contact.email', t('portal.errors.emailInvalid'));
  if (contact.zip.trim() && !ZIP.test(contact.zip.trim()))
    add('contact.zip', t('portal.register.errors.zip'));
  checkWork(form, t, add);
  form.education.forEach((entry, i) => {
    const empty = !entry.institution.trim() && !entry.level && !entry.degree.trim();
    if (empty) add(`education.${i}.institution`, t('portal.resume.errors.educationEmpty'));
    const year = parseYear(entry.completedYear);
    if (entry.completedYear.trim() && (year === null || year < 1940 || year > 2100))
      add(`education.${i}.completedYear`, t('portal.resume.errors.year'));
  });
  form.licenses.forEach((entry, i) => {
    if (!entry.name.trim()) add(`licenses.${i}.name`, t('portal.resume.errors.licenseName'));
    if (entry.expires.trim() && !parseMonth(entry.expires))
      add(`licenses.${i}.expires`, t('portal.resume.errors.month'));
  });
  if (form.summary.trim().length > SUMMARY_MAX)
    add('summary', t('portal.resume.errors.summaryLong', { max: SUMMARY_MAX }));
  return errors;
}

/** Only the errors of one step: "Next" checks the step being left. */
export function errorsOfStep(errors: FieldErrors, step: StepKey): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));
}

/** The server's field errors by path, without the "resume." in front. */
export function serverFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const issue of error.fields) {
    const path = issue.path.replace(/^resume\./, '');
    if (path && !(path in errors)) errors[path] = issue.message;
  }
  return errors;
}
