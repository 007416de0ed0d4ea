import type { EmployerActivityType } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { employerActivityTypes } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { toActivityType } from './employer-activities.queries';

/**
 * EMP-6: the state renames, reorders or retires a catalog entry. A retired one is no longer
 * offered, and the activities already recorded with it keep it.
 */
export async function updateActivityType(
  ctx: RequestContext,
  id: string,
  input: {
    label?: string | undefined;
    active?: boolean | undefined;
    sortOrder?: number | undefined;
  },
): Promise<EmployerActivityType> {
  return ctx.mutate(async (tx, audit) => {
    const [current] = await tx
      .select()
      .from(employerActivityTypes)
      .where(eq(employerActivityTypes.id, id))
      .for('update');
    if (!current) throw notFound('activity type');
    const [after] = await tx
      .update(employerActivityTypes)
      .set({
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
        updatedAt: new Date(),
      })
      .where(eq(employerActivityTypes.id, id))
      .returning();
    if (!after) throw notFound('activity type');
    await audit.record({
      action: 'employer.activity_type_updated',
      entityType: 'employer_activity_type',
      entityId: id,
      before: current,
      after,
    });
    return toActivityType(after);
  });
}
