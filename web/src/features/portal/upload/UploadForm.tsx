import type { ResumeUploadResult } from '@onestop/contracts';
import { Button, FileInput, FormGroup, Label, type FileInputRef } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FieldError } from '../../../components/FieldError';
import { useFormErrors } from '../../../components/useFormErrors';
import { useUploadResume } from '../resume/resume-target';
import { useResumeWording } from '../resume/resume-wording';
import { checkResumeFile } from './upload-checks';

const FILE_ID = 'resume-file';

/** Step one of an upload: choose the file and send it to be read. */
export function UploadForm({ onRead }: { onRead(result: ResumeUploadResult): void }) {
  const { t } = useTranslation();
  const words = useResumeWording();
  const upload = useUploadResume();
  const errors = useFormErrors();
  const [file, setFile] = useState<File | null>(null);
  const input = useRef<FileInputRef>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkResumeFile(file, t);
    if (problem || !file) {
      errors.showFieldErrors({ file: problem ?? t('portal.upload.errors.none') });
      return;
    }
    errors.clear();
    upload.mutate(file, {
      onSuccess: onRead,
      onError: (error) => {
        // The server explains an unreadable or too large file on the `file` field.
        errors.showServerError(error);
        input.current?.clearFiles();
        setFile(null);
      },
    });
  };

  const error = errors.fields.file;
  const hintId = `${FILE_ID}-hint`;
  return (
    <>
      <p className="usa-intro">{words.uploadIntro}</p>
      <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{words.nothingReplaced}</p>
        </div>
      </div>
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <ErrorSummary
          register={errors.registerSummary}
          // The field's own message says it all; the summary repeats it only once, as its link.
          message={error ? null : errors.message}
          fieldErrors={errors.fields}
          fieldIds={{ file: FILE_ID }}
        />
        <FormGroup error={Boolean(error)}>
          <Label htmlFor={FILE_ID} error={Boolean(error)}>
            {t('portal.upload.label')}
          </Label>
          <span className="usa-hint" id={hintId}>
            {t('portal.upload.hint', { max: 5 })}
          </span>
          <FieldError id={FILE_ID} message={error} />
          <FileInput
            ref={input}
            id={FILE_ID}
            name={FILE_ID}
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={error ? `${hintId} ${FILE_ID}-error` : hintId}
            dragText={t('portal.upload.dragText')}
            chooseText={t('portal.upload.chooseText')}
            errorText={t('portal.upload.errors.type')}
            previewSingleSelectedFileText={t('portal.upload.selected')}
            changeSelectedFileText={t('portal.upload.change')}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </FormGroup>
        <Button type="submit" className="margin-top-3" disabled={upload.isPending}>
          {upload.isPending ? words.reading : words.uploadSubmit}
        </Button>
        <p role="status" className="usa-sr-only">
          {upload.isPending ? words.reading : ''}
        </p>
      </form>
    </>
  );
}
