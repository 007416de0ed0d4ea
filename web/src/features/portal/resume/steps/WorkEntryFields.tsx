import { PAY_UNITS, type PayUnit } from '@onestop/contracts';
import { Button, Checkbox } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../../components/fields';
import type { FieldErrors } from '../../../../components/form-errors';
import { errorText } from '../../../../components/form-errors';
import { fetchOccupation } from '../onet-api';
import { fieldId } from '../resume-checks';
import type { WorkForm } from '../resume-form';
import { ResumeTextArea } from '../ResumeTextArea';
import { TitleAutocomplete } from '../TitleAutocomplete';
import { STATE_OPTIONS } from './ContactStep';

interface WorkEntryFieldsProps {
  job: WorkForm;
  index: number;
  errors: FieldErrors;
  onChange(patch: Partial<WorkForm>): void;
}

export const DUTIES_MAX = 4000;

/** Adds the drafted duties that are not there yet, one per line, after what the seeker wrote. */
export function mergeDuties(current: string, tasks: string[]): { text: string; added: number } {
  const have = new Set(current.split('\n').map((line) => line.replace(/^\s*[•·*-]\s*/, '').trim()));
  const fresh = tasks.filter((task) => !have.has(task.trim()));
  const lines = [current.trimEnd(), ...fresh].filter(Boolean);
  return { text: lines.join('\n').slice(0, DUTIES_MAX), added: fresh.length };
}

/** SEEK-7: one job of the work history. */
export function WorkEntryFields({ job, index, errors, onChange }: WorkEntryFieldsProps) {
  const { t } = useTranslation();
  const [drafting, setDrafting] = useState(false);
  const [draftNote, setDraftNote] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const path = (field: string) => `work.${index}.${field}`;
  const bind = (field: keyof WorkForm) => ({
    id: fieldId(path(field)),
    error: errors[path(field)],
  });
  const optional = t('forms.optional');

  const buildDuties = async () => {
    if (!job.onetCode) return;
    setDrafting(true);
    setDraftNote(null);
    try {
      const occupation = await fetchOccupation(job.onetCode);
      const { text, added } = mergeDuties(job.duties, occupation.tasks);
      onChange({ duties: text });
      setDraftNote({
        kind: 'ok',
        text: t('portal.resume.work.dutiesAdded', { count: added, occupation: occupation.title }),
      });
    } catch (error) {
      setDraftNote({ kind: 'error', text: errorText(error, t) });
    } finally {
      setDrafting(false);
    }
  };

  const dutiesTools = (
    <div className="margin-y-1">
      {job.onetCode ? (
        <Button type="button" outline disabled={drafting} onClick={() => void buildDuties()}>
          {t('portal.resume.work.buildDuties')}
        </Button>
      ) : (
        <p className="usa-hint">{t('portal.resume.work.buildDutiesTip')}</p>
      )}
      <div role="status">
        {draftNote && (
          <p className={draftNote.kind === 'error' ? 'text-secondary-dark text-bold' : undefined}>
            {draftNote.text}
          </p>
        )}
      </div>
    </div>
  );

  return (
    <>
      <TitleAutocomplete
        {...bind('title')}
        label={t('portal.resume.work.title')}
        value={job}
        onChange={(value) => onChange(value)}
      />
      <TextField
        {...bind('employer')}
        label={t('portal.resume.work.employer')}
        value={job.employer}
        onChange={(employer) => onChange({ employer })}
        hint={optional}
        maxLength={120}
        autoComplete="organization"
      />
      <TextField
        {...bind('city')}
        label={t('portal.resume.work.city')}
        value={job.city}
        onChange={(city) => onChange({ city })}
        hint={optional}
        maxLength={80}
      />
      <SelectField
        {...bind('state')}
        label={t('portal.resume.work.state')}
        hint={optional}
        value={job.state}
        onChange={(state) => onChange({ state })}
        emptyOption={t('portal.resume.chooseOne')}
        options={STATE_OPTIONS}
      />
      <TextField
        {...bind('startDate')}
        label={t('portal.resume.work.startDate')}
        value={job.startDate}
        onChange={(startDate) => onChange({ startDate })}
        hint={t('portal.resume.monthHint')}
        maxLength={7}
      />
      <Checkbox
        id={fieldId(path('current'))}
        name={fieldId(path('current'))}
        label={t('portal.resume.work.current')}
        checked={job.current}
        onChange={(event) => onChange({ current: event.target.checked })}
      />
      {!job.current && (
        <TextField
          {...bind('endDate')}
          label={t('portal.resume.work.endDate')}
          value={job.endDate}
          onChange={(endDate) => onChange({ endDate })}
          hint={t('portal.resume.monthHint')}
          maxLength={7}
        />
      )}
      <ResumeTextArea
        {...bind('duties')}
        label={t('portal.resume.work.duties')}
        hint={t('portal.resume.work.dutiesHint')}
        value={job.duties}
        onChange={(duties) => onChange({ duties })}
        maxLength={DUTIES_MAX}
        tools={dutiesTools}
      />
      <TextField
        {...bind('wage')}
        label={t('portal.resume.work.wage')}
        value={job.wage}
        onChange={(wage) => onChange({ wage })}
        hint={`${optional} ${t('portal.resume.work.wageHint')}`}
        maxLength={12}
      />
      <SelectField
        {...bind('payUnit')}
        label={t('portal.resume.work.payUnit')}
        hint={optional}
        value={job.payUnit}
        onChange={(payUnit) => onChange({ payUnit: payUnit as PayUnit | '' })}
        emptyOption={t('portal.resume.chooseOne')}
        options={PAY_UNITS.map((unit) => ({
          value: unit,
          label: t(`portal.resume.payUnits.${unit}`),
        }))}
      />
    </>
  );
}
