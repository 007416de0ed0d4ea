import type { AuditAction } from '@onestop/contracts';
import { auditEvents } from '../../db/schema';
import type { Db } from '../db/database';

/** Field names whose values never reach the audit trail (nor logs): only that they changed. */
const SENSITIVE = /(password|passwordhash|ssn|token|secret|csrf|hash|ciphertext)$/i;
export const REDACTED = '[redacted]';

export type Snapshot = Record<string, unknown>;

export function redact(snapshot: Snapshot): Snapshot {
  const out: Snapshot = {};
  for (const [key, value] of Object.entries(snapshot)) {
    out[key] = SENSITIVE.test(key) ? REDACTED : normalise(value);
  }
  return out;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') return redact(value as Snapshot);
  return value;
}

/**
 * Reduces a before/after pair to the fields that changed. A create keeps the whole `after`, a
 * delete the whole `before`.
 */
export function diff(
  before: Snapshot | null | undefined,
  after: Snapshot | null | undefined,
): { before: Snapshot | null; after: Snapshot | null } {
  const b = before ? redact(before) : null;
  const a = after ? redact(after) : null;
  if (!b || !a) return { before: b, after: a };
  const changedBefore: Snapshot = {};
  const changedAfter: Snapshot = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) {
      changedBefore[key] = b[key] ?? null;
      changedAfter[key] = a[key] ?? null;
    }
  }
  return { before: changedBefore, after: changedAfter };
}

export interface AuditEntry {
  /** One of the contract's codes, each of which the audit viewer can name (SEC-9). */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Snapshot | null;
  after?: Snapshot | null;
  /** Only for events without a signed-in actor yet, such as a sign-in attempt. */
  actorId?: string | null;
  actorKind?: 'staff' | 'seeker' | 'employer';
  officeId?: string | null;
}

export interface AuditOrigin {
  actorId: string | null;
  actorKind?: 'staff' | 'seeker' | 'employer' | 'anonymous';
  officeId: string | null;
  requestId: string | null;
}

/**
 * SEC-9: a written action must be one of the contract's codes (`AUDIT_ACTIONS`), which the audit
 * viewer labels. A literal that is not one fails to compile. A value already widened to `string`
 * (a helper's parameter) still passes: type such a parameter as `AuditAction` to have it checked.
 */
export type CheckedAction<A extends string> = A & (string extends A ? unknown : AuditAction);

/** Writes audit rows inside the caller's transaction and counts them. */
export class AuditWriter {
  #count = 0;
  constructor(
    private readonly tx: Db,
    private readonly origin: AuditOrigin,
  ) {}

  get count(): number {
    return this.#count;
  }

  async record<A extends string>(entry: AuditEntry & { action: CheckedAction<A> }): Promise<void> {
    const { before, after } = diff(entry.before, entry.after);
    const actorId = entry.actorId !== undefined ? entry.actorId : this.origin.actorId;
    await this.tx.insert(auditEvents).values({
      actorId,
      // An explicit actorId (a sign-in) is a staff account unless the origin says otherwise.
      actorKind: !actorId
        ? 'anonymous'
        : entry.actorId !== undefined
          ? (entry.actorKind ?? 'staff')
          : (this.origin.actorKind ?? 'staff'),
      officeId: entry.officeId !== undefined ? entry.officeId : this.origin.officeId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before,
      after,
      requestId: this.origin.requestId,
    });
    this.#count += 1;
  }
}
