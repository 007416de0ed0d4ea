import type { EmployerActivityType } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employerActivityTypes } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { conflict } from '../../platform/errors';
import { toActivityType } from './employer-activities.queries';

/**
 * EMP-6: the state adds a service to its employer activity catalog. The code is permanent (reports
 * count by it); the label and order can change later.
 */
export async function createActivityType(
  ctx: RequestContext,
  input: { code: string; label: string; sortOrder: number },
): Promise<EmployerActivityType> {
  return ctx.mutate(async (tx, audit) => {
    const [taken] = await tx
      .select({ id: employerActivityTypes.id })
      .from(employerActivityTypes)
      .where(eq(employerActivityTypes.code, input.code));
    if (taken) {
      throw conflict(`The catalog already has an activity with the code ${input.code}.`, [
        { path: 'code', message: 'Choose another code.' },
      ]);
    }
    const [row] = await tx.insert(employerActivityTypes).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    await audit.record({
      action: 'employer.activity_type_created',
      entityType: 'employer_activity_type',
      entityId: row.id,
      after: row,
    });
    return toActivityType(row);
  });
}
