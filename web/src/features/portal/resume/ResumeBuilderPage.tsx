import type { SavedResume, StructuredResume } from '@onestop/contracts';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { PageTitle } from '../../../components/PageTitle';
import { QueryError } from '../../../components/QueryError';
import { usePortalResume } from './resume-api';
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

/** /portal/resume: the builder, on the saved resume or on a draft read from an uploaded file. */
export function ResumeBuilderPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const fromUpload = uploadDraft(location.state);
  const saved = usePortalResume();

  if (saved.isPending) {
    return (
      <p role="status" className="usa-prose">
        {t('common.loading')}
      </p>
    );
  }
  if (saved.isError) {
    return (
      <>
        <PageTitle>{t('portal.resume.title')}</PageTitle>
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
      // Once saved, the draft is the resume: a reload must not offer the file's draft again.
      onSaved={() => {
        if (fromUpload) void navigate(location.pathname, { replace: true, state: null });
      }}
    />
  );
}
