import type { SavedResume, StructuredResume } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { useResumeTarget, useSavedResume } from './resume-target';
import { useResumeWording } from './resume-wording';
import { ResumeBuilder } from './ResumeBuilder';

/** What the upload page hands over when the seeker chooses to edit a draft before saving it. */
export interface UploadDraftState {
  draft: StructuredResume;
  fileName: string;
  searchable: boolean;
}

function uploadDraft(state: unknown): UploadDraftState | null {
  const value = state as Partial<UploadDraftState> | null;
  return value?.draft && value.fileName ? (value as UploadDraftState) : null;
}

/**
 * /portal/resume (and the staff page for a seeker's resume): the builder, on the saved resume or
 * on a draft read from an uploaded file.
 */
export function ResumeBuilderPage() {
  const { t } = useTranslation();
  const words = useResumeWording();
  const target = useResumeTarget();
  const location = useLocation();
  const navigate = useNavigate();
  const fromUpload = uploadDraft(location.state);
  const saved = useSavedResume();

  // The builder copies the resume once, so it waits for the fresh copy when one is asked for.
  if (saved.isPending || (target.freshOnOpen && !saved.isFetchedAfterMount)) {
    return (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  }
  if (saved.isError) {
    return (
      <>
        <PageTitle>{words.title}</PageTitle>
        <QueryError error={saved.error} />
      </>
    );
  }

  const initial: SavedResume = fromUpload
    ? { resume: fromUpload.draft, searchable: fromUpload.searchable, updatedAt: null }
    : saved.data;
  return (
    <ResumeBuilder
      initial={initial}
      fromUpload={fromUpload?.fileName ?? null}
      onSaved={(final) => {
        const next = final ? target.afterSave({ upload: null }) : null;
        if (next) void navigate(next.to, { state: next.state });
        // Once saved, the draft is the resume: a reload must not offer the file's draft again.
        else if (fromUpload) void navigate(location.pathname, { replace: true, state: null });
      }}
    />
  );
}
