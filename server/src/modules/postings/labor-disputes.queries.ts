import type { LaborDispute } from '@onestop/contracts';
import { desc, eq, inArray } from 'drizzle-orm';
import { employerLaborDisputes, staff } from '../../db/schema';
import type { Db } from '../../platform/db/database';

type DisputeRow = typeof employerLaborDisputes.$inferSelect;

/** JOB-11, 652.9(c)(2): every staff member who works postings can see an employer's disputes. */
export async function listLaborDisputes(db: Db, employerId: string): Promise<LaborDispute[]> {
  const rows = await db
    .select()
    .from(employerLaborDisputes)
    .where(eq(employerLaborDisputes.employerId, employerId))
    .orderBy(desc(employerLaborDisputes.startedAt), desc(employerLaborDisputes.createdAt));
  const ids = [
    ...new Set(
      rows
        .flatMap((r) => [r.verifiedByStaffId, r.endedVerifiedByStaffId])
        .filter((id) => id !== null),
    ),
  ];
  const names = new Map(
    ids.length
      ? (
          await db
            .select({ id: staff.id, name: staff.displayName })
            .from(staff)
            .where(inArray(staff.id, ids))
        ).map((s) => [s.id, s.name])
      : [],
  );
  const ref = (id: string | null) =>
    id ? { id, name: names.get(id) ?? 'Former staff member' } : null;
  return rows.map((r) => toDispute(r, ref));
}

function toDispute(
  r: DisputeRow,
  ref: (id: string | null) => { id: string; name: string } | null,
): LaborDispute {
  return {
    id: r.id,
    employerId: r.employerId,
    startedAt: r.startedAt,
    description: r.description,
    positionsAtIssue: r.positionsAtIssue,
    positionCodes: r.positionCodes,
    positionTitles: r.positionTitles,
    verifiedAt: r.verifiedAt?.toISOString() ?? null,
    verifiedBy: ref(r.verifiedByStaffId),
    endedAt: r.endedAt,
    endedVerifiedBy: ref(r.endedVerifiedByStaffId),
    endVerificationNote: r.endVerificationNote,
    active: r.endedAt === null,
  };
}
