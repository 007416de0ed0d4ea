import type { StructuredResume } from './resume';

export const SUMMARY_MAX = 4000;

function monthsBetween(start: string, end: string | null, today: Date): number {
  const [sy, sm] = start.split('-').map(Number) as [number, number];
  const [ey, em] = end
    ? (end.split('-').map(Number) as [number, number])
    : [today.getUTCFullYear(), today.getUTCMonth() + 1];
  return Math.max(0, (ey - sy) * 12 + (em - sm) + 1);
}

function years(months: number): string {
  const y = Math.round(months / 12);
  return y <= 1 ? 'about a year' : `${y} years`;
}

/**
 * SEEK-7: a first draft of the resume summary from the rest of the resume, for the seeker to edit.
 * Plain sentences, at most 4000 characters.
 */
export function draftSummary(resume: StructuredResume, today = new Date()): string {
  const sentences: string[] = [];
  const dated = resume.work.filter((w) => w.startDate);
  const totalMonths = dated.reduce(
    (sum, w) => sum + monthsBetween(w.startDate as string, w.endDate, today),
    0,
  );
  const titles = [...new Set(resume.work.map((w) => w.title.trim()).filter(Boolean))];
  if (titles.length > 0) {
    const experience = totalMonths > 0 ? ` with ${years(totalMonths)} of experience` : '';
    sentences.push(`${titles.slice(0, 3).join(', ')}${experience}.`);
  }
  const current = resume.work.find((w) => w.endDate === null && w.startDate);
  if (current)
    sentences.push(
      `Currently working as ${current.title}${current.employer ? ` at ${current.employer}` : ''}.`,
    );
  const education = resume.education.find((e) => e.degree || e.institution);
  if (education) {
    const what = education.degree
      ? `${education.degree}${education.major ? ` in ${education.major}` : ''}`
      : 'Studied';
    sentences.push(`${what}${education.institution ? `, ${education.institution}` : ''}.`);
  }
  if (resume.licenses.length > 0)
    sentences.push(
      `Holds ${resume.licenses
        .map((l) => l.name)
        .slice(0, 5)
        .join(', ')}.`,
    );
  if (resume.skills.length > 0)
    sentences.push(`Skills include ${resume.skills.slice(0, 8).join(', ')}.`);
  return sentences.join(' ').slice(0, SUMMARY_MAX);
}
