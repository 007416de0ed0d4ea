import { ResumeExports } from '../ResumeExports';
import { ResumePreview } from '../ResumePreview';
import { toResume } from '../resume-form';
import { useResumeWording } from '../resume-wording';
import { SearchableChoice } from '../SearchableChoice';
import type { StepProps } from './step-props';

interface PreviewStepProps extends StepProps {
  searchable: boolean;
  onSearchable(searchable: boolean): void;
  /** Downloads and email use the saved resume: offered once what is on screen is saved. */
  saved: boolean;
  noEmail: boolean;
}

/** Step 7: the resume as it reads, who may find it (SEEK-9), then save and download. */
export function PreviewStep({ form, searchable, onSearchable, saved, noEmail }: PreviewStepProps) {
  const words = useResumeWording();
  return (
    <>
      <p>{words.previewIntro}</p>
      <ResumePreview resume={toResume(form)} level={3} />
      <SearchableChoice id="resume-searchable" value={searchable} onChange={onSearchable} large />
      <section aria-labelledby="resume-exports-heading" className="margin-top-4">
        <h3 id="resume-exports-heading">{words.exportsHeading}</h3>
        {saved ? <ResumeExports noEmail={noEmail} /> : <p>{words.saveFirst}</p>}
      </section>
    </>
  );
}
