import type { ResumeWarning, ResumeWarningCode } from '@onestop/contracts';

type Params = Record<string, string | number>;

/** English wording of each warning; the web translates by code and fills in the same params. */
const ENGLISH: Record<ResumeWarningCode, string> = {
  noName: 'We could not find your name at the top of the resume.',
  noEmail: 'We could not find an email address.',
  noPhone: 'We could not find a phone number.',
  skillsShortened: 'Some skills were long sentences and were shortened. Check them.',
  tooManySkills: 'Only the first {{max}} skills were kept.',
  noWorkSection: 'We could not find a work history section. Add your jobs if you have any.',
  sectionNotCopied: 'The section “{{section}}” was not copied. Add it by hand if you need it.',
  tooManyJobs: 'Only the first {{max}} jobs were kept.',
  tooManySchools: 'Only the first {{max}} schools were kept.',
  noJobDates: 'We could not find the dates for the job “{{job}}”.',
  yearOnlyDates: 'Only the year is given for the job “{{job}}”. Check the months.',
};

/** The notes a parse collects, in the order they were found. */
export class ResumeWarnings {
  readonly items: ResumeWarning[] = [];

  add(code: ResumeWarningCode, params: Params = {}): void {
    const message = ENGLISH[code].replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
      String(params[key] ?? ''),
    );
    this.items.push({ code, message, params });
  }
}
