import type { AuditAction, StaffDetail } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { staff } from '../../db/schema';
import { hashPassword } from '../../platform/auth/passwords';
import { revokeStaffSessions } from '../../platform/auth/sessions';
import { clearFailures, emailKey } from '../../platform/auth/throttle';
import type { RequestContext } from '../../platform/context';
import { notFound, ruleViolation } from '../../platform/errors';
import { findStaffDetail, staffSnapshot } from './staff.queries';
import { canDeactivate } from './staff.rules';

type StaffChange = Partial<typeof staff.$inferInsert>;

/** Applies one account-status change with its audit row; `revoke` ends the person's sessions too. */
async function changeAccount(
  ctx: RequestContext,
  id: string,
  action: AuditAction,
  change: StaffChange,
  options: { revoke?: boolean; unlock?: boolean; note?: Record<string, unknown> } = {},
): Promise<StaffDetail> {
  const actor = ctx.requireActor();
  const current = await findStaffDetail(ctx.db, actor, id);
  if (!current) throw notFound('staff account');
  await ctx.mutate(async (tx, audit) => {
    const before = await staffSnapshot(tx, id);
    await tx
      .update(staff)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(staff.id, id));
    if (options.revoke) await revokeStaffSessions(tx, id);
    if (options.unlock) await clearFailures(tx, emailKey(current.email));
    await audit.record({
      action,
      entityType: 'staff',
      entityId: id,
      before,
      after: { ...(await staffSnapshot(tx, id)), ...options.note },
    });
  });
  const detail = await findStaffDetail(ctx.db, actor, id);
  if (!detail) throw notFound('staff account');
  return detail;
}

/** SEC-6: deactivation takes effect at once; every open session of the person ends with it. */
export function deactivateStaff(ctx: RequestContext, id: string, reason: string) {
  if (!canDeactivate(ctx.requireActor().staffId, id)) {
    throw ruleViolation(
      'SEC-6',
      'You cannot deactivate your own account. Ask another administrator.',
    );
  }
  return changeAccount(
    ctx,
    id,
    'staff.deactivated',
    { active: false, deactivatedAt: new Date(), deactivationReason: reason },
    { revoke: true, note: { reason } },
  );
}

export function reactivateStaff(ctx: RequestContext, id: string) {
  return changeAccount(
    ctx,
    id,
    'staff.reactivated',
    { active: true, deactivatedAt: null, deactivationReason: null },
    { unlock: true },
  );
}

export function unlockStaff(ctx: RequestContext, id: string) {
  return changeAccount(ctx, id, 'staff.unlocked', {}, { unlock: true, note: { unlocked: true } });
}

/** A reset also unlocks the account and signs the person out everywhere. */
export async function resetStaffPassword(ctx: RequestContext, id: string, newPassword: string) {
  const passwordHash = await hashPassword(newPassword);
  return changeAccount(
    ctx,
    id,
    'staff.password_reset',
    { passwordHash },
    { revoke: true, unlock: true, note: { password: 'changed' } },
  );
}
