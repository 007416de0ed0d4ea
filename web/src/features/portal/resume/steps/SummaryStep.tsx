import { draftSummary, SUMMARY_MAX } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../resume-checks';
import { toResume } from '../resume-form';
import { ResumeTextArea } from '../ResumeTextArea';
import type { StepProps } from './step-props';

type Note = { text: string; undo: string | null };

/** Step 6: the summary at the top of the resume, with a first draft written from the rest. */
export function SummaryStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const [note, setNote] = useState<Note | null>(null);
  const setSummary = (summary: string) => update((current) => ({ ...current, summary }));

  const draft = () => {
    const text = draftSummary(toResume(form));
    if (!text) {
      setNote({ text: t('portal.resume.summary.nothingToDraft'), undo: null });
      return;
    }
    // What the seeker wrote before is kept for Undo: the draft replaces it.
    setNote({ text: t('portal.resume.summary.drafted'), undo: form.summary });
    setSummary(text);
  };
  const undo = () => {
    if (!note || note.undo === null) return;
    setSummary(note.undo);
    setNote({ text: t('portal.resume.summary.restored'), undo: null });
  };

  const tools = (
    <div className="margin-y-1">
      <Button type="button" outline onClick={draft}>
        {t('portal.resume.summary.draft')}
      </Button>
      <div role="status">
        {note && (
          <p>
            {note.text}{' '}
            {note.undo !== null && (
              <Button type="button" unstyled onClick={undo}>
                {t('portal.resume.undo')}
              </Button>
            )}
          </p>
        )}
      </div>
    </div>
  );

  return (
    <>
      <p>{t('portal.resume.summary.intro')}</p>
      <ResumeTextArea
        id={fieldId('summary')}
        label={t('portal.resume.summary.label')}
        hint={t('portal.resume.summary.hint')}
        value={form.summary}
        onChange={(summary) => {
          setSummary(summary);
          // Once the seeker edits, Undo would throw their edits away; it is no longer offered.
          if (note) setNote(null);
        }}
        maxLength={SUMMARY_MAX}
        rows={10}
        error={errors.summary}
        tools={tools}
      />
    </>
  );
}
