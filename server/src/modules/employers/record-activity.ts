import type { EmployerActivity, recordEmployerActivityRequest } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { employerActivities, employerActivityTypes, employers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { invalid, notFound, ruleViolation } from '../../platform/errors';
import { findActivity } from './employer-activities.queries';
import { findLocation } from './employer-contacts.queries';
import { findEmployer } from './employers.queries';
import { requireTab } from './employers.policy';
import { formatRecordNumber } from './employers.rules';

/**
 * EMP-6: a service to an employer, chosen from the state's catalog, credited to the staff member
 * and the office they work in (SEC-4), optionally at one of its establishments (EMP-8).
 */
export async function recordActivity(
  ctx: RequestContext,
  employerId: string,
  input: z.output<typeof recordEmployerActivityRequest>,
): Promise<EmployerActivity> {
  const actor = ctx.requireActor();
  requireTab(actor, 'employers.activities');
  const id = await ctx.mutate(async (tx, audit) => {
    const found = await findEmployer(tx, actor, employerId);
    if (!found) throw notFound('employer');
    if (found.employer.status === 'inactive') {
      const [survivor] = found.employer.mergedIntoId
        ? await tx
            .select({ recordNumber: employers.recordNumber })
            .from(employers)
            .where(eq(employers.id, found.employer.mergedIntoId))
        : [];
      throw ruleViolation(
        'EMP-6',
        survivor
          ? `This employer record is inactive: it is a duplicate of ${formatRecordNumber(survivor.recordNumber)}. Record the activity there.`
          : 'This employer record is inactive. Make it active again before recording activities.',
      );
    }
    const [type] = await tx
      .select()
      .from(employerActivityTypes)
      .where(eq(employerActivityTypes.id, input.activityTypeId));
    if (!type || !type.active) {
      throw invalid(
        'activityTypeId',
        'Choose an activity from the list. If none fits, write a note instead.',
      );
    }
    if (input.locationId && !(await findLocation(tx, employerId, input.locationId))) {
      throw invalid('locationId', 'Choose one of this employer’s locations.');
    }
    const [row] = await tx
      .insert(employerActivities)
      .values({
        employerId,
        activityTypeId: type.id,
        activityDate: input.activityDate,
        locationId: input.locationId ?? null,
        note: input.note ?? null,
        staffId: actor.staffId,
        officeId: actor.officeId,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await audit.record({
      action: 'employer.activity_recorded',
      entityType: 'employer',
      entityId: employerId,
      after: { activityId: row.id, type: type.code, ...row },
    });
    return row.id;
  });
  const activity = await findActivity(ctx.db, id);
  if (!activity) throw notFound('activity');
  return activity;
}
