import { Button } from '@trussworks/react-uswds';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../../components/fields';
import { fieldId } from '../resume-checks';
import type { StepProps } from './step-props';

/** The contract's limits. */
const MAX_SKILLS = 100;
const MAX_SKILL_LENGTH = 80;

/** Step 5: skills, one at a time; Enter in the box adds one instead of going to the next step. */
export function SkillsStep({ form, update }: StepProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const full = form.skills.length >= MAX_SKILLS;

  const add = () => {
    const skill = draft.trim();
    if (!skill) return;
    const known = form.skills.some((s) => s.toLowerCase() === skill.toLowerCase());
    if (!known) update((current) => ({ ...current, skills: [...current.skills, skill] }));
    setNote(
      known
        ? t('portal.resume.skills.already', { skill })
        : t('portal.resume.skills.added', { skill }),
    );
    setDraft('');
    input.current?.focus();
  };
  const remove = (skill: string) => {
    update((current) => ({ ...current, skills: current.skills.filter((s) => s !== skill) }));
    setNote(t('portal.resume.skills.removed', { skill }));
    input.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };

  return (
    <>
      <p>{t('portal.resume.skills.intro')}</p>
      {/* The key handler sits on a wrapper: TextField takes no onKeyDown of its own. */}
      <div onKeyDown={onKeyDown}>
        <TextField
          id={fieldId('skills.new')}
          label={t('portal.resume.skills.label')}
          hint={
            full
              ? t('portal.resume.skills.max', { max: MAX_SKILLS })
              : t('portal.resume.skills.hint')
          }
          value={draft}
          onChange={setDraft}
          maxLength={MAX_SKILL_LENGTH}
          readOnly={full}
          inputRef={input}
        />
      </div>
      <Button type="button" outline className="margin-top-1" onClick={add} disabled={full}>
        {t('portal.resume.skills.add')}
      </Button>
      <div role="status" className="usa-sr-only">
        {note}
      </div>
      <h3 className="margin-top-4">{t('portal.resume.skills.listHeading')}</h3>
      {form.skills.length === 0 ? (
        <p>{t('portal.resume.skills.empty')}</p>
      ) : (
        <ul className="usa-list usa-list--unstyled">
          {form.skills.map((skill) => (
            <li key={skill} className="margin-bottom-1">
              <span className="usa-tag bg-base-lighter text-ink text-no-uppercase margin-right-1">
                {skill}
              </span>
              <Button
                type="button"
                unstyled
                onClick={() => remove(skill)}
                aria-label={t('portal.resume.skills.removeNamed', { skill })}
              >
                {t('portal.resume.skills.remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
