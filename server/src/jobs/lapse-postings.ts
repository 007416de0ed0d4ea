import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import { jobPostings } from '../db/schema';
import { AuditWriter } from '../platform/audit/audit';
import type { Db } from '../platform/db/database';
import type { JobDefinition } from '../platform/jobs/jobs';
import { isoDay, POSTING_SETTINGS } from '../modules/postings/postings.rules';
import { addNote } from '../modules/postings/postings.store';

/**
 * JOB-8: takes open postings whose application deadline has passed off the job board, a batch
 * per transaction, each with a note and an audit row by the system. Rows are claimed with SKIP
 * LOCKED and only ones still on the board are touched, so two runs, or a run after a crash,
 * never do the work twice. The posting stays open: its owner confirms with the employer, then
 * reposts it or closes it.
 */
export async function lapsePostings(
  db: Db,
  now = new Date(),
  batchSize: number = POSTING_SETTINGS.lapseBatchSize,
): Promise<number> {
  const today = isoDay(now);
  let removed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const due = await tx
        .select({ id: jobPostings.id, deadline: jobPostings.applicationDeadline })
        .from(jobPostings)
        .where(
          and(
            eq(jobPostings.status, 'open'),
            isNull(jobPostings.removedFromBoardAt),
            lt(jobPostings.applicationDeadline, today),
          ),
        )
        .orderBy(asc(jobPostings.applicationDeadline))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      const audit = new AuditWriter(tx, { actorId: null, officeId: null, requestId: null });
      for (const { id, deadline } of due) {
        await tx
          .update(jobPostings)
          .set({ removedFromBoardAt: now, updatedAt: now })
          .where(eq(jobPostings.id, id));
        await addNote(
          tx,
          id,
          'board',
          `The application deadline ${deadline} passed: the posting left the job board. Confirm with the employer that the job is still open, then repost it, or close it (JOB-8).`,
          null,
        );
        await audit.record({
          action: 'posting.removed_from_board',
          entityType: 'job_posting',
          entityId: id,
          before: { removedFromBoardAt: null },
          after: { removedFromBoardAt: now, applicationDeadline: deadline },
        });
      }
      return due.length;
    });
    removed += done;
    if (done < batchSize) return removed;
  }
}

/** Every 15 minutes (JOB-8). */
export const lapsePostingsJob: JobDefinition = {
  name: 'postings.lapse',
  schedule: '*/15 * * * *',
  async handle(_data, { database, log }) {
    const removed = await lapsePostings(database.db);
    if (removed) log.info({ removed }, 'removed lapsed postings from the job board');
  },
};
