import type { ResumeUploadResult } from '@onestop/contracts';
import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useFormErrors } from '../../../components/useFormErrors';
import { useFormatters } from '../../../i18n/format';
import type { UploadDraftState } from '../resume/ResumeBuilderPage';
import { ResumePreview } from '../resume/ResumePreview';
import { useResumeTarget, useSavedResume, useSaveResume } from '../resume/resume-target';
import { useResumeWording } from '../resume/resume-wording';
import { SearchableChoice } from '../resume/SearchableChoice';

interface UploadReviewProps {
  result: ResumeUploadResult;
  onAnother(): void;
}

/** Step two of an upload: the draft read from the file, to confirm, edit first, or drop. */
export function UploadReview({ result, onAnother }: UploadReviewProps) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const words = useResumeWording();
  const target = useResumeTarget();
  const navigate = useNavigate();
  const current = useSavedResume();
  const save = useSaveResume();
  const errors = useFormErrors();
  const [choice, setChoice] = useState<boolean | null>(null);
  // Until the seeker chooses, the draft keeps the setting of the resume it would replace.
  const searchable = choice ?? current.data?.searchable ?? false;
  const replacedOn = current.data?.updatedAt ?? null;

  const confirm = () =>
    save.mutate(
      { resume: result.draft, searchable },
      {
        onSuccess: () => {
          const next = target.afterSave({ upload: result.upload.fileName });
          if (next) void navigate(next.to, { state: next.state });
        },
        onError: (error) => errors.showServerError(error),
      },
    );
  const edit = () => {
    const state: UploadDraftState = {
      draft: result.draft,
      fileName: result.upload.fileName,
      searchable,
    };
    void navigate(target.builderPath, { state });
  };

  return (
    <>
      <div className="usa-alert usa-alert--success usa-alert--slim" role="status">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {t('portal.upload.read', { file: result.upload.fileName })}
          </p>
        </div>
      </div>
      <h2>{t('portal.upload.checkHeading')}</h2>
      <p>{words.checkIntro}</p>
      {result.warnings.length > 0 && (
        <div className="usa-alert usa-alert--warning">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">{t('portal.upload.warningsHeading')}</h3>
            <ul className="usa-list">
              {result.warnings.map((warning, index) => (
                <li key={`${warning.code}-${index}`}>
                  {t(`portal.upload.warnings.${warning.code}`, {
                    ...warning.params,
                    defaultValue: warning.message,
                  })}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <ResumePreview resume={result.draft} level={3} />
      <ErrorSummary
        register={errors.registerSummary}
        message={errors.message}
        fieldErrors={{}}
        fieldIds={{}}
      />
      <SearchableChoice id="upload-searchable" value={searchable} onChange={setChoice} large />
      <p className="margin-top-3">
        {replacedOn ? words.replaces(date(replacedOn)) : words.firstResume}
      </p>
      <div className="margin-top-2">
        <Button type="button" onClick={confirm} disabled={save.isPending}>
          {t('portal.upload.confirm')}
        </Button>
        <Button type="button" outline onClick={edit}>
          {t('portal.upload.edit')}
        </Button>
        <Button type="button" unstyled onClick={onAnother}>
          {t('portal.upload.another')}
        </Button>
      </div>
    </>
  );
}
