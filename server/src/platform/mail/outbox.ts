import { and, asc, eq, lt, notInArray } from 'drizzle-orm';
import type { Logger } from 'pino';
import { outboundEmails } from '../../db/schema';
import type { Db } from '../db/database';
import type { Mailer } from './mailer';

/** A message is tried this many times (once a minute) before it is marked failed. */
export const MAX_DELIVERY_ATTEMPTS = 5;

export interface QueuedEmail {
  to: string;
  subject: string;
  text: string;
  seekerId?: string;
  attachment?: { fileName: string; contentType: string; bytes: Uint8Array };
}

/** Queues mail inside the caller's transaction: it is sent only if the action commits. */
export async function queueEmail(tx: Db, email: QueuedEmail): Promise<string> {
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      toAddress: email.to,
      subject: email.subject,
      bodyText: email.text,
      seekerId: email.seekerId ?? null,
      attachmentName: email.attachment?.fileName ?? null,
      attachmentType: email.attachment?.contentType ?? null,
      attachment: email.attachment?.bytes ?? null,
    })
    .returning({ id: outboundEmails.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

/** Queues many messages in one statement (a veterans' priority run may alert hundreds). */
export async function queueEmails(tx: Db, emails: QueuedEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await tx.insert(outboundEmails).values(
    emails.map((email) => ({
      toAddress: email.to,
      subject: email.subject,
      bodyText: email.text,
      seekerId: email.seekerId ?? null,
    })),
  );
}

/**
 * Sends what is queued, oldest first. Each message is claimed with a row lock (SKIP LOCKED) so two
 * workers never send it twice; a failure is counted and retried on the next run.
 */
export async function deliverQueuedEmails(
  db: Db,
  mailer: Mailer,
  from: string,
  log: Pick<Logger, 'warn'>,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const tried: string[] = [];
  for (let index = 0; index < limit; index += 1) {
    const outcome = await db.transaction(async (tx) => {
      const [email] = await tx
        .select()
        .from(outboundEmails)
        .where(
          and(
            eq(outboundEmails.status, 'queued'),
            lt(outboundEmails.attempts, MAX_DELIVERY_ATTEMPTS),
            // A message that failed in this run waits for the next one.
            tried.length ? notInArray(outboundEmails.id, tried) : undefined,
          ),
        )
        .orderBy(asc(outboundEmails.createdAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!email) return 'empty' as const;
      tried.push(email.id);
      try {
        await mailer.send({
          from,
          to: email.toAddress,
          subject: email.subject,
          text: email.bodyText,
          attachment:
            email.attachment && email.attachmentName
              ? {
                  fileName: email.attachmentName,
                  contentType: email.attachmentType ?? 'application/octet-stream',
                  bytes: email.attachment,
                }
              : null,
        });
        await tx
          .update(outboundEmails)
          .set({
            status: 'sent',
            sentAt: new Date(),
            attempts: email.attempts + 1,
            lastError: null,
          })
          .where(eq(outboundEmails.id, email.id));
        return 'sent' as const;
      } catch (error) {
        const attempts = email.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        log.warn({ emailId: email.id, attempts, error: message }, 'email delivery failed');
        await tx
          .update(outboundEmails)
          .set({
            attempts,
            lastError: message.slice(0, 500),
            status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'queued',
          })
          .where(eq(outboundEmails.id, email.id));
        return 'failed' as const;
      }
    });
    if (outcome === 'empty') break;
    if (outcome === 'sent') sent += 1;
    else failed += 1;
  }
  return { sent, failed };
}
