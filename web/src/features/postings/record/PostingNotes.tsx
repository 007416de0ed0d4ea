import type { PostingDetail } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../../components/fields';
import { errorText, fieldErrorsFrom, type FieldErrors } from '../../../components/form-errors';
import { useFormatters } from '../../../i18n/format';
import { useAddPostingNote } from '../postings-api';

interface PostingNotesProps {
  posting: PostingDetail;
  onNotice(text: string): void;
}

/** JOB-2: every change leaves a note; staff add their own for the owner. Newest first. */
export function PostingNotes({ posting, onNotice }: PostingNotesProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const add = useAddPostingNote(posting.id);
  const [body, setBody] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const notes = [...posting.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setFieldErrors({ body: t('postings.errors.note') });
      document.getElementById('posting-note-body')?.focus();
      return;
    }
    setFieldErrors({});
    setError(null);
    add.mutate(
      { body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          onNotice(t('postings.notices.noteAdded'));
        },
        onError: (failure) => {
          setError(errorText(failure, t));
          setFieldErrors(fieldErrorsFrom(failure));
        },
      },
    );
  };

  return (
    <section aria-labelledby="posting-notes-heading" className="margin-bottom-4">
      <h2 id="posting-notes-heading">{t('postings.notes.heading')}</h2>
      {posting.youMayChange && (
        <form className="usa-form maxw-tablet margin-bottom-3" noValidate onSubmit={submit}>
          {error && (
            <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{error}</p>
              </div>
            </div>
          )}
          <TextAreaField
            id="posting-note-body"
            label={t('postings.notes.new')}
            value={body}
            onChange={setBody}
            error={fieldErrors.body}
            maxLength={2000}
            rows={3}
          />
          <Button type="submit" className="margin-top-1" disabled={add.isPending}>
            {t('postings.notes.add')}
          </Button>
        </form>
      )}
      {notes.length === 0 ? (
        <p>{t('postings.notes.none')}</p>
      ) : (
        <ol className="usa-list usa-list--unstyled" aria-label={t('postings.notes.listLabel')}>
          {notes.map((note) => (
            <li key={note.id} className="border-bottom-1px border-base-lighter padding-y-1">
              <p className="margin-0 font-body-2xs text-base-dark">
                {t('postings.notes.by', {
                  date: format.dateTime(note.createdAt),
                  name: note.staff?.name ?? t('postings.notes.system'),
                })}
              </p>
              <p className="margin-0 onestop-break">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
