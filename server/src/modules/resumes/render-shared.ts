import type {
  EducationEntry,
  EducationLevel,
  LicenseEntry,
  StructuredResume,
  WorkEntry,
} from '@onestop/contracts';

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** Wording for a level when the seeker gave no degree name. */
const LEVEL_LABELS: Record<EducationLevel, string | null> = {
  less_than_high_school: null,
  high_school: 'High School Diploma',
  ged: 'GED',
  some_college: 'College Coursework',
  vocational_certificate: 'Vocational Certificate',
  associate: 'Associate Degree',
  bachelor: "Bachelor's Degree",
  master: "Master's Degree",
  doctorate: 'Doctorate',
};

/** "2019-03" → "Mar 2019". */
export function monthYear(value: string): string {
  const [year, month] = value.split('-');
  return `${MONTH_NAMES[Number(month) - 1] ?? ''} ${year ?? ''}`.trim();
}

/** "Mar 2019 – Present"; empty when the job has no start date. */
export function jobDates(job: Pick<WorkEntry, 'startDate' | 'endDate'>): string {
  if (!job.startDate) return job.endDate ? monthYear(job.endDate) : '';
  return `${monthYear(job.startDate)} – ${job.endDate ? monthYear(job.endDate) : 'Present'}`;
}

export function place(city: string | null, state: string | null): string {
  return [city, state].filter(Boolean).join(', ');
}

/** "Dayton, OH 45402 | 937-555-0142 | name@example.com" */
export function contactLine(resume: StructuredResume): string {
  const { contact } = resume;
  const where = [place(contact.city, contact.state), contact.zip].filter(Boolean).join(' ');
  return [where, contact.phone, contact.email].filter(Boolean).join('  |  ');
}

export function fullName(resume: StructuredResume): string {
  return `${resume.contact.firstName} ${resume.contact.lastName}`.trim();
}

/** "Warehouse Associate — Amazon" */
export function jobHeading(job: WorkEntry): string {
  return [job.title, job.employer].filter(Boolean).join(' — ');
}

/** Duties are kept one per line; each line is a bullet. */
export function dutyLines(duties: string): string[] {
  return duties
    .split('\n')
    .map((line) => line.replace(/^\s*[•·*-]\s*/, '').trim())
    .filter((line) => line.length > 0);
}

/** "Associate of Applied Science in Welding" — the degree, else the level's wording, plus the major. */
export function degreeLine(entry: EducationEntry): string {
  const degree = entry.degree ?? (entry.level ? LEVEL_LABELS[entry.level] : null) ?? '';
  const major =
    entry.major && !degree.toLowerCase().includes(entry.major.toLowerCase()) ? entry.major : null;
  const withMajor = major ? (degree ? `${degree} in ${major}` : major) : degree;
  return [withMajor, entry.completedYear ? String(entry.completedYear) : null]
    .filter(Boolean)
    .join(', ');
}

/** "Forklift Operator — OSHA, expires May 2026" */
export function licenseLine(license: LicenseEntry): string {
  const expires = license.expires ? `expires ${monthYear(license.expires)}` : null;
  const details = [license.issuer, expires].filter(Boolean).join(', ');
  return details ? `${license.name} — ${details}` : license.name;
}
