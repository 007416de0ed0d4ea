import type { StepKey } from '../resume-checks';
import { ContactStep } from './ContactStep';
import { EducationStep } from './EducationStep';
import { LicensesStep } from './LicensesStep';
import { PreviewStep } from './PreviewStep';
import { SkillsStep } from './SkillsStep';
import type { StepProps } from './step-props';
import { SummaryStep } from './SummaryStep';
import { WorkStep } from './WorkStep';

interface BuilderStepProps extends StepProps {
  step: StepKey;
  searchable: boolean;
  onSearchable(searchable: boolean): void;
  saved: boolean;
  noEmail: boolean;
}

/** The body of the current step of the resume builder. */
export function BuilderStep({
  step,
  searchable,
  onSearchable,
  saved,
  noEmail,
  ...props
}: BuilderStepProps) {
  switch (step) {
    case 'contact':
      return <ContactStep {...props} />;
    case 'work':
      return <WorkStep {...props} />;
    case 'education':
      return <EducationStep {...props} />;
    case 'licenses':
      return <LicensesStep {...props} />;
    case 'skills':
      return <SkillsStep {...props} />;
    case 'summary':
      return <SummaryStep {...props} />;
    case 'preview':
      return (
        <PreviewStep
          {...props}
          searchable={searchable}
          onSearchable={onSearchable}
          saved={saved}
          noEmail={noEmail}
        />
      );
  }
}
