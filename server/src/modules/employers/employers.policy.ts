import type { EmployerRef } from '@onestop/contracts';
import { and, eq } from 'drizzle-orm';
import { offices } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import { reachesAnyOffice, tabAllowed } from '../../platform/authz/permissions';
import type { Db } from '../../platform/db/database';
import { AppError, forbidden, invalid } from '../../platform/errors';
import { formatRecordNumber } from './employers.rules';

const TAB_NAMES = {
  'employers.contacts': 'contacts and locations',
  'employers.activities': 'activities and notes',
} as const;

/** SEC-3: a withheld tab's data is refused, not only hidden. */
export function requireTab(actor: Actor, tab: keyof typeof TAB_NAMES): void {
  if (!tabAllowed(actor, tab)) {
    throw forbidden(`The employer’s ${TAB_NAMES[tab]} are not available to your role.`);
  }
}

/** EMP-2: refusing a second active record for a FEIN names the record that has it. */
export function feinTaken(holder: EmployerRef, formattedFein: string): AppError {
  const where = holder.officeName ? `, served by ${holder.officeName}` : '';
  return new AppError(
    'CONFLICT',
    `An employer with FEIN ${formattedFein} is already registered: ${formatRecordNumber(holder.recordNumber)} (${holder.legalName}${where}). Open that record instead of creating another.`,
    {
      rule: 'EMP-2',
      fields: [{ path: 'fein', message: 'This FEIN belongs to an existing employer record.' }],
    },
  );
}

/** Whether a database error (or one it wraps) broke the named constraint, index or trigger. */
export function violates(error: unknown, constraint: string): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const {
      code,
      constraint: name,
      message,
    } = e as {
      code?: string;
      constraint?: string;
      message?: string;
    };
    if ((code === '23505' || code === '23514') && (name ?? message ?? '').includes(constraint))
      return true;
  }
  return false;
}

/** Two requests saved the same FEIN at once: the unique index let one through (EMP-2). */
export function feinRace(
  error: unknown,
  message = 'Another active employer record with this FEIN was saved a moment ago. Search by the FEIN and open that record.',
): AppError | null {
  if (!violates(error, 'employers_active_fein_key')) return null;
  return new AppError('CONFLICT', message, {
    rule: 'EMP-2',
    fields: [{ path: 'fein', message: 'This FEIN belongs to an existing employer record.' }],
  });
}

/** The office an employer is given must exist and be one the actor's role reaches (SEC-4). */
export async function assertServingOffice(db: Db, actor: Actor, officeId: string): Promise<void> {
  const [office] = await db
    .select({ id: offices.id })
    .from(offices)
    .where(and(eq(offices.id, officeId), eq(offices.active, true)));
  if (!office || !reachesAnyOffice(actor, [officeId])) {
    throw invalid('officeId', 'Choose an active office that your role reaches.');
  }
}
