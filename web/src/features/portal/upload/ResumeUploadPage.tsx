import type { ResumeUploadResult } from '@onestop/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { UploadForm } from './UploadForm';
import { UploadReview } from './UploadReview';

/**
 * SEEK-8: the seeker uploads a PDF or Word resume, checks the draft read from it, and confirms it
 * (or edits it in the builder first). The saved resume is untouched until then.
 */
export function ResumeUploadPage() {
  const { t } = useTranslation();
  const [result, setResult] = useState<ResumeUploadResult | null>(null);
  return (
    <>
      <PageTitle>{t('portal.upload.title')}</PageTitle>
      {result ? (
        <UploadReview result={result} onAnother={() => setResult(null)} />
      ) : (
        <UploadForm onRead={setResult} />
      )}
    </>
  );
}
