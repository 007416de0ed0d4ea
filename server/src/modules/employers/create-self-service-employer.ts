import type { selfServiceEmployerRequest } from '@onestop/contracts';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { employerContacts, offices } from '../../db/schema';
import type { AuditWriter } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import { AppError, invalid } from '../../platform/errors';
import { insertEmployer, validFein } from './create-employer';
import { employerSnapshot, findFeinHolder } from './employers.queries';

export type SelfServiceEmployerInput = z.output<typeof selfServiceEmployerRequest>;

export const SELF_SERVICE_FEIN_TAKEN =
  'An employer with this FEIN is already registered. Contact your local career center to be given access to it.';

/**
 * EMP-5: an employer registers itself. The record waits in the central office's approval queue
 * (pending_approval) with the person who registered as its primary contact. The employer
 * self-registration route calls this inside its own transaction; the audit row goes with it.
 * A FEIN already registered is refused without naming the record: the caller is the public. Two
 * registrations of one FEIN at the same moment end at the unique index: the route turns that
 * error into the same answer with `feinRace(error, SELF_SERVICE_FEIN_TAKEN)` after its transaction.
 */
export async function createSelfServiceEmployer(
  tx: Db,
  audit: AuditWriter,
  input: SelfServiceEmployerInput,
) {
  const digits = validFein(input);
  if (digits && (await findFeinHolder(tx, digits))) {
    throw new AppError('CONFLICT', SELF_SERVICE_FEIN_TAKEN, {
      rule: 'EMP-2',
      fields: [{ path: 'fein', message: 'This FEIN is already registered.' }],
    });
  }
  if (input.officeId) {
    const [office] = await tx
      .select({ id: offices.id })
      .from(offices)
      .where(and(eq(offices.id, input.officeId), eq(offices.active, true)));
    if (!office) throw invalid('officeId', 'Choose one of the career centers in the list.');
  }
  const row = await insertEmployer(tx, input, digits, {
    source: 'self_service',
    status: 'pending_approval',
    staffId: null,
    officeId: input.officeId ?? null,
  });
  const { contact } = input;
  const [primary] = await tx
    .insert(employerContacts)
    .values({
      employerId: row.id,
      firstName: contact.firstName,
      lastName: contact.lastName,
      title: contact.title ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      isPrimary: true,
    })
    .returning({ id: employerContacts.id });
  await audit.record({
    action: 'employer.self_registered',
    entityType: 'employer',
    entityId: row.id,
    after: { ...employerSnapshot(row), primaryContactId: primary?.id ?? null },
  });
  return row;
}
