import { ResumeWarnings } from './resume-warnings';
import { structuredResume, type ResumeWarning, type StructuredResume } from '@onestop/contracts';
import { parseContact } from './parse-contact';
import { parseEducation } from './parse-education';
import { parseLicenses, parseSkills } from './parse-lists';
import { parseWork } from './parse-work';
import { splitSections, toResumeLines, type ResumeLine, type SectionKind } from './resume-sections';

export interface ParsedResume {
  /** A draft for the job seeker or staff to check; onetCode stays null (titles are coded elsewhere). */
  draft: StructuredResume;
  /** Plain-language notes on what could not be read, for the person checking the draft. */
  warnings: ResumeWarning[];
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : trimmed.slice(0, max).trimEnd();
}

function clipOrNull(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max) || null;
}

/** Summary paragraphs: wrapped lines joined with a space, bullets kept one per line. */
function summaryFrom(lines: ResumeLine[]): string {
  return lines
    .reduce<string[]>((paragraphs, line) => {
      const previous = paragraphs.at(-1);
      if (previous !== undefined && !line.bullet && !/[.!?:]$/.test(previous)) {
        paragraphs[paragraphs.length - 1] = `${previous} ${line.text}`;
      } else {
        paragraphs.push(line.text);
      }
      return paragraphs;
    }, [])
    .join('\n');
}

/**
 * SEEK-8: resume text (from a PDF or Word file) → a structured draft. Pure: no I/O. Reads common
 * US layouts; the warnings say what to check.
 */
export function parseResume(text: string): ParsedResume {
  const warnings = new ResumeWarnings();
  const lines = toResumeLines(text);
  const { header, sections } = splitSections(lines);
  const linesOf = (kind: SectionKind) =>
    sections.filter((section) => section.kind === kind).flatMap((section) => section.lines);

  const contact = parseContact(header, lines, warnings);
  if (!sections.some((section) => section.kind === 'work')) {
    warnings.add('noWorkSection');
  }
  const work = parseWork(linesOf('work'), warnings);
  const education = parseEducation(linesOf('education'));
  const skills = parseSkills(linesOf('skills'), warnings);
  const licenses = parseLicenses(linesOf('licenses'));
  for (const section of sections.filter((each) => each.kind === 'other')) {
    warnings.add('sectionNotCopied', { section: clip(section.heading, 40) });
  }
  if (work.length > 30) warnings.add('tooManyJobs', { max: 30 });
  if (education.length > 15) warnings.add('tooManySchools', { max: 15 });

  const draft: StructuredResume = {
    contact: {
      firstName: clip(contact.firstName, 60),
      lastName: clip(contact.lastName, 60),
      email: clipOrNull(contact.email, 254),
      phone: clipOrNull(contact.phone, 30),
      city: clipOrNull(contact.city, 80),
      state: contact.state,
      zip: contact.zip,
    },
    summary: clip(summaryFrom(linesOf('summary')), 4000),
    work: work.slice(0, 30).map((job) => ({
      ...job,
      title: clip(job.title, 120),
      employer: clip(job.employer, 120),
      city: clipOrNull(job.city, 80),
      duties: clip(job.duties, 4000),
      wage: job.wage !== null && job.wage <= 10_000_000 ? job.wage : null,
    })),
    education: education.slice(0, 15).map((entry) => ({
      institution: clip(entry.institution, 120),
      level: entry.level,
      degree: clipOrNull(entry.degree, 120),
      major: clipOrNull(entry.major, 120),
      completedYear:
        entry.completedYear !== null && entry.completedYear >= 1940 && entry.completedYear <= 2100
          ? entry.completedYear
          : null,
    })),
    licenses: licenses.map((license) => ({
      name: clip(license.name, 120),
      issuer: clipOrNull(license.issuer, 120),
      expires: license.expires,
    })),
    skills,
  };
  // Built to fit the schema; parsing here turns any slip into a loud failure in tests.
  return { draft: structuredResume.parse(draft), warnings: warnings.items };
}
