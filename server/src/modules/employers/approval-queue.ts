import type { EmployerApprovalQueue } from '@onestop/contracts';
import { asc, count, eq } from 'drizzle-orm';
import { employers, offices } from '../../db/schema';
import type { Db } from '../../platform/db/database';
import { summaryColumns, toSummary } from './employers.queries';

/**
 * EMP-5: self-registered employers waiting for approval, oldest first. The queue is the whole
 * state's: the central-office grant, not the office scope, decides who works it.
 */
export async function listApprovalQueue(
  db: Db,
  page: { page: number; pageSize: number },
): Promise<EmployerApprovalQueue> {
  const pending = eq(employers.status, 'pending_approval');
  const rows = await db
    .select(summaryColumns)
    .from(employers)
    .leftJoin(offices, eq(offices.id, employers.officeId))
    .where(pending)
    .orderBy(asc(employers.createdAt), asc(employers.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [total] = await db.select({ n: count() }).from(employers).where(pending);
  return {
    items: rows.map((r) => ({
      ...toSummary(r.employer, r.officeName),
      createdAt: r.employer.createdAt.toISOString(),
    })),
    page: page.page,
    pageSize: page.pageSize,
    total: total?.n ?? 0,
  };
}
