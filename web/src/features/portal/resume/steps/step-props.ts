import type { FieldErrors } from '../../../../components/form-errors';
import type { ResumeForm } from '../resume-form';

/** What every builder step gets: the whole resume, its errors by path, and a way to change it. */
export interface StepProps {
  form: ResumeForm;
  errors: FieldErrors;
  update(change: (form: ResumeForm) => ResumeForm): void;
}

/** Replaces one entry of a list with a changed copy. */
export function patchAt<T>(items: T[], index: number, patch: Partial<T>): T[] {
  return items.map((item, i) => (i === index ? { ...item, ...patch } : item));
}
