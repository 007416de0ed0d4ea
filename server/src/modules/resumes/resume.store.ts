import type { SavedResume, StructuredResume } from '@onestop/contracts';
import { asc, eq } from 'drizzle-orm';
import {
  resumeEducation,
  resumeJobs,
  resumeLicenses,
  resumeSkills,
  resumes,
  seekers,
} from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { refreshSeekerMatch } from '../matching/match-features.store';

const toMonth = (date: string | null) => (date ? date.slice(0, 7) : null);
const fromMonth = (month: string | null) => (month ? `${month}-01` : null);

/** The stored resume, or a new one prefilled from the seeker's record. Null if there is no such seeker. */
export async function loadResume(db: Db, seekerId: string): Promise<SavedResume | null> {
  const [head] = await db.select().from(resumes).where(eq(resumes.seekerId, seekerId));
  if (!head) {
    const [seeker] = await db.select().from(seekers).where(eq(seekers.id, seekerId));
    if (!seeker) return null;
    return {
      resume: {
        contact: {
          firstName: seeker.firstName,
          lastName: seeker.lastName,
          email: seeker.emailIsPlaceholder ? null : seeker.email,
          phone: seeker.phone,
          city: seeker.city,
          state: seeker.state,
          zip: seeker.zip,
        },
        summary: '',
        work: [],
        education: [],
        licenses: [],
        skills: [],
      },
      searchable: false,
      updatedAt: null,
    };
  }
  // One query at a time: `db` may be a transaction.
  const jobs = await db
    .select()
    .from(resumeJobs)
    .where(eq(resumeJobs.seekerId, seekerId))
    .orderBy(asc(resumeJobs.position));
  const education = await db
    .select()
    .from(resumeEducation)
    .where(eq(resumeEducation.seekerId, seekerId))
    .orderBy(asc(resumeEducation.position));
  const licenses = await db
    .select()
    .from(resumeLicenses)
    .where(eq(resumeLicenses.seekerId, seekerId))
    .orderBy(asc(resumeLicenses.position));
  const skills = await db
    .select()
    .from(resumeSkills)
    .where(eq(resumeSkills.seekerId, seekerId))
    .orderBy(asc(resumeSkills.position));
  return {
    resume: {
      contact: {
        firstName: head.firstName,
        lastName: head.lastName,
        email: head.email,
        phone: head.phone,
        city: head.city,
        state: head.state,
        zip: head.zip,
      },
      summary: head.summary,
      work: jobs.map((j) => ({
        title: j.title,
        onetCode: j.onetCode,
        employer: j.employer,
        city: j.city,
        state: j.state,
        startDate: toMonth(j.startDate),
        endDate: toMonth(j.endDate),
        duties: j.duties,
        wage: j.wage,
        payUnit: j.payUnit,
      })),
      education: education.map((e) => ({
        institution: e.institution,
        level: e.level,
        degree: e.degree,
        major: e.major,
        completedYear: e.completedYear,
      })),
      licenses: licenses.map((l) => ({
        name: l.name,
        issuer: l.issuer,
        expires: toMonth(l.expires),
      })),
      skills: skills.map((s) => s.skill),
    },
    searchable: head.searchable,
    updatedAt: head.updatedAt.toISOString(),
  };
}

/** Replaces the whole resume: the builder and the upload confirm always send all of it. */
export async function storeResume(
  tx: Db,
  seekerId: string,
  resume: StructuredResume,
  searchable: boolean,
) {
  const head = { ...resume.contact, summary: resume.summary, searchable, updatedAt: new Date() };
  await tx
    .insert(resumes)
    .values({ seekerId, ...head })
    .onConflictDoUpdate({ target: resumes.seekerId, set: head });
  for (const table of [resumeJobs, resumeEducation, resumeLicenses, resumeSkills]) {
    await tx.delete(table).where(eq(table.seekerId, seekerId));
  }
  if (resume.work.length > 0) {
    await tx.insert(resumeJobs).values(
      resume.work.map((w, position) => ({
        seekerId,
        position,
        ...w,
        startDate: fromMonth(w.startDate),
        endDate: fromMonth(w.endDate),
      })),
    );
  }
  if (resume.education.length > 0) {
    await tx
      .insert(resumeEducation)
      .values(resume.education.map((e, position) => ({ seekerId, position, ...e })));
  }
  if (resume.licenses.length > 0) {
    await tx.insert(resumeLicenses).values(
      resume.licenses.map((l, position) => ({
        seekerId,
        position,
        ...l,
        expires: fromMonth(l.expires),
      })),
    );
  }
  if (resume.skills.length > 0) {
    await tx
      .insert(resumeSkills)
      .values(resume.skills.map((skill, position) => ({ seekerId, position, skill })));
  }
  // MATCH-1: what the star rating reads of this seeker, in the same transaction.
  await refreshSeekerMatch(tx, [seekerId]);
}

/** What the audit trail keeps of a resume: its shape, not its personal details. */
export function resumeSnapshot(saved: { resume: StructuredResume; searchable: boolean } | null) {
  if (!saved) return null;
  const r = saved.resume;
  return {
    searchable: saved.searchable,
    jobs: r.work.map((w) => `${w.title} — ${w.employer}`),
    education: r.education.map((e) => e.institution),
    licenses: r.licenses.map((l) => l.name),
    skills: r.skills.length,
    summaryCharacters: r.summary.length,
  };
}
