/** Splits resume text into lines and the lines into the sections that their headings name. */

export interface ResumeLine {
  text: string;
  /** The line began with a bullet mark, which the text no longer carries. */
  bullet: boolean;
}

export type SectionKind = 'summary' | 'work' | 'education' | 'skills' | 'licenses' | 'other';

export interface ResumeSection {
  kind: SectionKind;
  heading: string;
  lines: ResumeLine[];
}

const HEADINGS: Record<SectionKind, string[]> = {
  summary: [
    'summary',
    'professional summary',
    'career summary',
    'executive summary',
    'summary of qualifications',
    'qualifications summary',
    'objective',
    'career objective',
    'job objective',
    'employment objective',
    'profile',
    'professional profile',
    'career profile',
    'personal profile',
    'about me',
    'overview',
    'personal statement',
    'career goal',
    'career goals',
  ],
  work: [
    'experience',
    'work experience',
    'professional experience',
    'relevant experience',
    'related experience',
    'career experience',
    'additional experience',
    'other experience',
    'employment',
    'employment history',
    'employment experience',
    'work history',
    'career history',
    'professional history',
    'job history',
    'professional background',
    'military experience',
    'military service',
    'military history',
    'volunteer experience',
    'volunteer work',
    'work and volunteer experience',
    'internships',
    'internship experience',
  ],
  education: [
    'education',
    'education and training',
    'training and education',
    'educational background',
    'education background',
    'education history',
    'academic background',
    'academic history',
    'academics',
    'training',
    'schooling',
  ],
  skills: [
    'skills',
    'key skills',
    'core skills',
    'technical skills',
    'computer skills',
    'job skills',
    'skills summary',
    'skills and abilities',
    'skills and qualifications',
    'skills and certifications',
    'abilities',
    'core competencies',
    'competencies',
    'areas of expertise',
    'expertise',
    'strengths',
    'key strengths',
    'qualifications',
    'languages',
    'language skills',
    'tools and equipment',
  ],
  licenses: [
    'licenses',
    'license',
    'licenses and certifications',
    'licenses and certificates',
    'certifications and licenses',
    'certificates and licenses',
    'certifications',
    'certification',
    'certificates',
    'licensure',
    'credentials',
    'professional certifications',
    'professional licenses',
  ],
  other: [
    'references',
    'references available upon request',
    'awards',
    'honors',
    'awards and honors',
    'honors and awards',
    'achievements',
    'accomplishments',
    'activities',
    'interests',
    'hobbies',
    'hobbies and interests',
    'projects',
    'publications',
    'affiliations',
    'memberships',
    'professional affiliations',
    'community involvement',
    'leadership',
    'additional information',
    'personal information',
    'professional development',
  ],
};

const KIND_BY_HEADING = new Map<string, SectionKind>(
  Object.entries(HEADINGS).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as SectionKind] as const),
  ),
);

/** Bullet marks that word processors and PDF fonts produce, including Symbol-font private-use code points. */
const BULLET = /^\s*(?:[•·▪◦●○■□➢➤►▶✓✔❖♦◆*\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[-–—](?=\s))\s*/;

/** Far beyond any resume; caps the parser's work on a hostile or mis-extracted file. */
const MAX_TEXT_CHARACTERS = 200_000;
const MAX_LINE_CHARACTERS = 2_000;

/** Tabs and runs of spaces stay as a two-space gap: they separate columns ("Cashier   2019 – 2021"). */
export function toResumeLines(text: string): ResumeLine[] {
  return text
    .slice(0, MAX_TEXT_CHARACTERS)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .split('\n')
    .map((raw) =>
      raw.slice(0, MAX_LINE_CHARACTERS).replace(/\t+/g, '  ').replace(/ {3,}/g, '  ').trimEnd(),
    )
    .flatMap((raw) => {
      const bullet = BULLET.test(raw);
      const text = raw.replace(BULLET, '').trim();
      return text.length > 0 ? [{ text, bullet }] : [];
    });
}

function headingKey(text: string): string {
  let key = text.trim();
  // "E X P E R I E N C E" → "EXPERIENCE"
  if (/^(?:\S ){3,}\S$/.test(key)) key = key.replace(/ /g, '');
  return key
    .toLowerCase()
    .replace(/&|\//g, ' and ')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that is only a heading ("WORK HISTORY", "Skills:") → its kind. */
export function headingKindOf(line: ResumeLine): SectionKind | null {
  if (line.bullet || line.text.length > 50) return null;
  return KIND_BY_HEADING.get(headingKey(line.text.replace(/:\s*$/, ''))) ?? null;
}

/** "Skills: forklift, pallet jack" → the heading's kind and the content after the colon. */
function inlineHeading(
  line: ResumeLine,
): { kind: SectionKind; heading: string; rest: string } | null {
  const colon = line.text.indexOf(':');
  if (line.bullet || colon < 1 || colon > 40) return null;
  const heading = line.text.slice(0, colon);
  const kind = KIND_BY_HEADING.get(headingKey(heading));
  const rest = line.text.slice(colon + 1).trim();
  return kind && rest.length > 0 ? { kind, heading, rest } : null;
}

/** The lines before the first heading (name and contact details), then each section in order. */
export function splitSections(lines: ResumeLine[]): {
  header: ResumeLine[];
  sections: ResumeSection[];
} {
  const header: ResumeLine[] = [];
  const sections: ResumeSection[] = [];
  for (const line of lines) {
    const kind = headingKindOf(line);
    const inline = kind ? null : inlineHeading(line);
    if (kind) {
      sections.push({ kind, heading: line.text.replace(/:\s*$/, ''), lines: [] });
    } else if (inline) {
      sections.push({
        kind: inline.kind,
        heading: inline.heading,
        lines: [{ text: inline.rest, bullet: false }],
      });
    } else {
      const current = sections.at(-1);
      if (current) current.lines.push(line);
      else header.push(line);
    }
  }
  return { header, sections };
}
