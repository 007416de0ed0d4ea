import type { ResumeUploadResult } from '@onestop/contracts';
import { useState } from 'react';
import { PageTitle } from '../../../components/PageTitle';
import { useResumeWording } from '../resume/resume-wording';
import { UploadForm } from './UploadForm';
import { UploadReview } from './UploadReview';

/**
 * SEEK-8: the seeker uploads a PDF or Word resume, checks the draft read from it, and confirms it
 * (or edits it in the builder first). The saved resume is untouched until then. Staff do the same
 * for a seeker, on the seeker's record.
 */
export function ResumeUploadPage() {
  const words = useResumeWording();
  const [result, setResult] = useState<ResumeUploadResult | null>(null);
  return (
    <>
      <PageTitle>{words.uploadTitle}</PageTitle>
      {result ? (
        <UploadReview result={result} onAnother={() => setResult(null)} />
      ) : (
        <UploadForm onRead={setResult} />
      )}
    </>
  );
}
