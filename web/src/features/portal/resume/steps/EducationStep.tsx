import { EDUCATION_LEVELS, type EducationLevel } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/fields';
import { RepeatingEntries } from '../RepeatingEntries';
import { fieldId } from '../resume-checks';
import { emptyEducation, type EducationForm } from '../resume-form';
import { patchAt, type StepProps } from './step-props';

const MAX_SCHOOLS = 15;

/** Step 3: schools, diplomas and degrees. */
export function EducationStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const optional = t('forms.optional');
  const setEducation = (education: EducationForm[]) =>
    update((current) => ({ ...current, education }));
  const patch = (index: number, change: Partial<EducationForm>) =>
    update((current) => ({ ...current, education: patchAt(current.education, index, change) }));
  const legend = (entry: EducationForm, index: number) =>
    entry.institution.trim()
      ? t('portal.resume.education.legendNamed', {
          number: index + 1,
          name: entry.institution.trim(),
        })
      : t('portal.resume.education.legend', { number: index + 1 });

  return (
    <>
      <p>{t('portal.resume.education.intro')}</p>
      <RepeatingEntries
        path="education"
        firstField="institution"
        items={form.education}
        max={MAX_SCHOOLS}
        legend={legend}
        onChange={setEducation}
        create={emptyEducation}
        labels={{
          add: t('portal.resume.education.add'),
          remove: t('portal.resume.education.remove'),
          removed: t('portal.resume.education.removed'),
          empty: t('portal.resume.education.empty'),
          max: t('portal.resume.education.max', { max: MAX_SCHOOLS }),
        }}
      >
        {(entry, index) => {
          const at = (field: string) => `education.${index}.${field}`;
          return (
            <>
              <TextField
                id={fieldId(at('institution'))}
                label={t('portal.resume.education.institution')}
                value={entry.institution}
                onChange={(institution) => patch(index, { institution })}
                error={errors[at('institution')]}
                maxLength={120}
              />
              <SelectField
                id={fieldId(at('level'))}
                label={t('portal.resume.education.level')}
                value={entry.level}
                onChange={(level) => patch(index, { level: level as EducationLevel | '' })}
                emptyOption={t('portal.resume.chooseOne')}
                options={EDUCATION_LEVELS.map((level) => ({
                  value: level,
                  label: t(`portal.resume.levels.${level}`),
                }))}
                error={errors[at('level')]}
                hint={optional}
              />
              <TextField
                id={fieldId(at('degree'))}
                label={t('portal.resume.education.degree')}
                value={entry.degree}
                onChange={(degree) => patch(index, { degree })}
                error={errors[at('degree')]}
                hint={`${optional} ${t('portal.resume.education.degreeHint')}`}
                maxLength={120}
              />
              <TextField
                id={fieldId(at('major'))}
                label={t('portal.resume.education.major')}
                value={entry.major}
                onChange={(major) => patch(index, { major })}
                error={errors[at('major')]}
                hint={optional}
                maxLength={120}
              />
              <TextField
                id={fieldId(at('completedYear'))}
                label={t('portal.resume.education.completedYear')}
                value={entry.completedYear}
                onChange={(completedYear) => patch(index, { completedYear })}
                error={errors[at('completedYear')]}
                hint={`${optional} ${t('portal.resume.education.completedYearHint')}`}
                maxLength={4}
              />
            </>
          );
        }}
      </RepeatingEntries>
    </>
  );
}
