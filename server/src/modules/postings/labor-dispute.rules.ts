import { trigramSimilarity } from './duplicates.rules';
import { POSTING_SETTINGS, type RuleProblem } from './postings.rules';

/**
 * JOB-11, 20 CFR 652.9(b): the statement every posting not at issue carries while its employer is
 * in a labor dispute, so that referred applicants are told in writing. Wording from the state's
 * job order policy.
 */
export const LABOR_DISPUTE_STATEMENT =
  'This position is with a company currently involved with a labor dispute. This position is NOT part of the dispute and the person hired will NOT be replacing an employee involved with the labor dispute.';

export interface DisputeScope {
  id: string;
  positionsAtIssue: string;
  positionCodes: readonly string[];
  positionTitles: readonly string[];
}

export interface DisputedPosition {
  title: string;
  onetCode: string | null;
}

/** The six-digit SOC part of an O*NET-SOC code: 51-2092.00 and 51-2092.01 are one occupation. */
const soc = (code: string) => code.slice(0, 7);

/**
 * JOB-11: whether a position is one the dispute names: the same occupation, or a title that is the
 * same or nearly (trigram similarity at the duplicate threshold), or contains the named one.
 */
export function positionAtIssue(dispute: DisputeScope, position: DisputedPosition): boolean {
  const code = position.onetCode;
  if (code && dispute.positionCodes.some((c) => soc(c) === soc(code))) return true;
  const title = position.title.toLowerCase();
  return dispute.positionTitles.some((named) => {
    const n = named.toLowerCase().trim();
    return (
      title.includes(n) || trigramSimilarity(n, title) >= POSTING_SETTINGS.duplicateTitleSimilarity
    );
  });
}

export type DisputeDecision =
  { kind: 'none' } | { kind: 'statement' } | ({ kind: 'refuse' | 'confirm' } & RuleProblem);

/**
 * JOB-11, 652.9(a) and (c): no order for a position at issue while a dispute lasts; any other
 * order at that employer needs staff to have determined that the position is not at issue, and
 * then carries the statement.
 */
export function laborDisputeDecision(
  active: readonly DisputeScope[],
  position: DisputedPosition,
  notAtIssueConfirmed: boolean,
): DisputeDecision {
  if (active.length === 0) return { kind: 'none' };
  const atIssue = active.find((d) => positionAtIssue(d, position));
  if (atIssue) {
    return {
      kind: 'refuse',
      rule: 'JOB-11',
      message: `No order is taken for a position at issue in a labor dispute (20 CFR 652.9): this employer's dispute covers "${atIssue.positionsAtIssue}". Full service resumes when the central office verifies that the dispute is over.`,
    };
  }
  if (!notAtIssueConfirmed) {
    return {
      kind: 'confirm',
      rule: 'JOB-11',
      message: `This employer is in a labor dispute over "${active.map((d) => d.positionsAtIssue).join('; ')}". Confirm with the employer that this position is not part of the dispute and the hire will not replace a worker involved in it; the posting will then carry the mandatory labor dispute statement.`,
    };
  }
  return { kind: 'statement' };
}
