import type { z } from 'zod';
import type { outboxList, outboxMessageDetail, outboxQuery } from '@onestop/contracts';
import { and, count, desc, eq, ilike } from 'drizzle-orm';
import { outboundEmails as mail } from '../../db/schema';
import type { Db } from '../../platform/db/database';

/**
 * Administrators read the mail outbox: in the demo mail goes to files only, and support checks
 * here what a person was sent. Newest first; `to` finds an address (part of one is enough).
 */
const columns = {
  id: mail.id,
  to: mail.toAddress,
  subject: mail.subject,
  status: mail.status,
  createdAt: mail.createdAt,
  sentAt: mail.sentAt,
};

const iso = <T extends { createdAt: Date; sentAt: Date | null }>(r: T) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

export async function listOutbox(
  db: Db,
  q: z.output<typeof outboxQuery>,
): Promise<z.input<typeof outboxList>> {
  const escaped = q.to?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(escaped ? ilike(mail.toAddress, `%${escaped}%`) : undefined);
  const [total] = await db.select({ n: count() }).from(mail).where(where);
  const rows = await db
    .select(columns)
    .from(mail)
    .where(where)
    .orderBy(desc(mail.createdAt), desc(mail.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  return { items: rows.map(iso), page: q.page, pageSize: q.pageSize, total: total?.n ?? 0 };
}

export async function readOutboxMessage(
  db: Db,
  id: string,
): Promise<z.input<typeof outboxMessageDetail> | null> {
  const [row] = await db
    .select({ ...columns, text: mail.bodyText, attachmentName: mail.attachmentName })
    .from(mail)
    .where(eq(mail.id, id));
  return row ? iso(row) : null;
}
