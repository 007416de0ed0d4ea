import { useTranslation } from 'react-i18next';
import { RepeatingEntries } from '../RepeatingEntries';
import { emptyWork, type WorkForm } from '../resume-form';
import { patchAt, type StepProps } from './step-props';
import { WorkEntryFields } from './WorkEntryFields';

/** The contract's limit on jobs in one resume. */
const MAX_JOBS = 30;

/** Step 2: the work history, most recent job first. */
export function WorkStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const setWork = (work: WorkForm[]) => update((current) => ({ ...current, work }));
  const legend = (job: WorkForm, index: number) =>
    job.title.trim()
      ? t('portal.resume.work.legendNamed', { number: index + 1, title: job.title.trim() })
      : t('portal.resume.work.legend', { number: index + 1 });
  return (
    <>
      <p>{t('portal.resume.work.intro')}</p>
      <RepeatingEntries
        path="work"
        firstField="title"
        items={form.work}
        max={MAX_JOBS}
        legend={legend}
        onChange={setWork}
        create={emptyWork}
        labels={{
          add: t('portal.resume.work.add'),
          remove: t('portal.resume.work.remove'),
          removed: t('portal.resume.work.removed'),
          empty: t('portal.resume.work.empty'),
          max: t('portal.resume.work.max', { max: MAX_JOBS }),
        }}
      >
        {(job, index) => (
          <WorkEntryFields
            job={job}
            index={index}
            errors={errors}
            onChange={(patch) =>
              update((current) => ({ ...current, work: patchAt(current.work, index, patch) }))
            }
          />
        )}
      </RepeatingEntries>
    </>
  );
}
