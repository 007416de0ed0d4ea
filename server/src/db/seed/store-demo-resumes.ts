import type { StructuredResume } from '@onestop/contracts';
import type { Db } from '../../platform/db/database';
import { resumeEducation, resumeJobs, resumeLicenses, resumeSkills, resumes } from '../schema';

/** Rows per multi-row insert: far below PostgreSQL's 65,535 parameters per statement. */
const CHUNK = 1000;

export async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += CHUNK) await insert(rows.slice(at, at + CHUNK));
}

const fromMonth = (month: string | null) => (month ? `${month}-01` : null);

/**
 * New resumes for many seekers at once, in the rows resume.store.ts writes and reads (a month is
 * kept as its first day). storeResume replaces one resume in nine statements, about 6 ms a seeker
 * on PGlite; the demo runs at every first start and in tests, so it writes one insert per table.
 * The demo seekers' integration test reads every resume back through loadResume.
 */
export async function storeNewResumes(
  tx: Db,
  items: { seekerId: string; resume: StructuredResume; searchable: boolean; at: Date }[],
): Promise<void> {
  await insertInChunks(
    items.map(({ seekerId, resume, searchable, at }) => ({
      seekerId,
      ...resume.contact,
      summary: resume.summary,
      searchable,
      updatedAt: at,
    })),
    (rows) => tx.insert(resumes).values(rows),
  );
  await insertInChunks(
    items.flatMap(({ seekerId, resume }) =>
      resume.work.map((w, position) => ({
        seekerId,
        position,
        ...w,
        startDate: fromMonth(w.startDate),
        endDate: fromMonth(w.endDate),
      })),
    ),
    (rows) => tx.insert(resumeJobs).values(rows),
  );
  await insertInChunks(
    items.flatMap(({ seekerId, resume }) =>
      resume.education.map((e, position) => ({ seekerId, position, ...e })),
    ),
    (rows) => tx.insert(resumeEducation).values(rows),
  );
  await insertInChunks(
    items.flatMap(({ seekerId, resume }) =>
      resume.licenses.map((l, position) => ({
        seekerId,
        position,
        ...l,
        expires: fromMonth(l.expires),
      })),
    ),
    (rows) => tx.insert(resumeLicenses).values(rows),
  );
  await insertInChunks(
    items.flatMap(({ seekerId, resume }) =>
      resume.skills.map((skill, position) => ({ seekerId, position, skill })),
    ),
    (rows) => tx.insert(resumeSkills).values(rows),
  );
}
