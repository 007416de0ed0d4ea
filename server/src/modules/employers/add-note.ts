import type { AddEmployerNoteRequest, EmployerNote } from '@onestop/contracts';
import { employerNotes } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/errors';
import { findNote } from './employer-activities.queries';
import { findEmployer } from './employers.queries';
import { requireTab } from './employers.policy';

/** Notes are part of the record's history: written once, never changed (EMP-6, SEC-9). */
export async function insertNote(
  tx: Db,
  note: { employerId: string; body: string; staffId: string | null; officeId: string | null },
) {
  const [row] = await tx.insert(employerNotes).values(note).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** EMP-6: what the activity catalog does not cover is written as a note. */
export async function addNote(
  ctx: RequestContext,
  employerId: string,
  input: AddEmployerNoteRequest,
): Promise<EmployerNote> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.activities');
  const id = await ctx.mutate(async (tx, audit) => {
    if (!(await findEmployer(tx, actor, employerId))) throw notFound('employer');
    const note = await insertNote(tx, {
      employerId,
      body: input.body,
      staffId: actor.staffId,
      officeId: actor.officeId,
    });
    await audit.record({
      action: 'employer.note_added',
      entityType: 'employer',
      entityId: employerId,
      after: { noteId: note.id, body: note.body },
    });
    return note.id;
  });
  const note = await findNote(ctx.db, id);
  if (!note) throw notFound('note');
  return note;
}
