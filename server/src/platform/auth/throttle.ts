import crypto from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { signInThrottle } from '../../db/schema';
import type { Config } from '../config';
import type { Db } from '../db/database';

export function emailKey(email: string): string {
  return crypto.createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/** The time the email stays locked until, or null. Locks the row for the rest of the transaction. */
export async function lockedUntil(tx: Db, key: string, now: Date): Promise<Date | null> {
  const [row] = await tx
    .select()
    .from(signInThrottle)
    .where(eq(signInThrottle.emailKey, key))
    .for('update');
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** Counts a failure; the one that reaches the limit locks the email for the lockout period. */
export async function recordFailure(
  tx: Db,
  key: string,
  now: Date,
  login: Config['login'],
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.emailKey, key));
  const lapsed = !!row?.lockedUntil && row.lockedUntil <= now;
  const failures = (lapsed ? 0 : (row?.failures ?? 0)) + 1;
  const locks = failures >= login.maxFailures;
  const until = locks ? new Date(now.getTime() + login.lockoutMinutes * 60_000) : null;
  const values = { failures: locks ? 0 : failures, lockedUntil: until, updatedAt: now };
  await tx
    .insert(signInThrottle)
    .values({ emailKey: key, ...values })
    .onConflictDoUpdate({ target: signInThrottle.emailKey, set: values });
  return { failures, lockedUntil: until };
}

export async function clearFailures(tx: Db, key: string): Promise<void> {
  await tx.delete(signInThrottle).where(eq(signInThrottle.emailKey, key));
}

/** Which of these emails are locked now. */
export async function lockedEmails(
  db: Db,
  emails: string[],
  now = new Date(),
): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const byKey = new Map(emails.map((e) => [emailKey(e), e]));
  const rows = await db
    .select()
    .from(signInThrottle)
    .where(inArray(signInThrottle.emailKey, [...byKey.keys()]));
  return new Set(
    rows
      .filter((r) => r.lockedUntil && r.lockedUntil > now)
      .map((r) => byKey.get(r.emailKey) as string),
  );
}
