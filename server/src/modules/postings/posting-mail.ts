import { eq } from 'drizzle-orm';
import { employers, postingResultRequests } from '../../db/schema';
import type { Actor } from '../../platform/authz/actor';
import type { Db } from '../../platform/db/database';
import { queueEmail } from '../../platform/mail/outbox';
import { formatPostingNumber, resultRequestEmail } from './postings.rules';
import { addNote, type PostingRow } from './postings.store';

/** The posting's contact email, else the employer's. */
async function employerAddress(tx: Db, posting: PostingRow): Promise<string | null> {
  if (posting.contactEmail) return posting.contactEmail;
  const [employer] = await tx
    .select({ email: employers.email })
    .from(employers)
    .where(eq(employers.id, posting.employerId));
  return employer?.email ?? null;
}

/**
 * JOB-15: a closed or filled posting asks the employer for the results of referrals, by email
 * through the outbox (sent only if the change commits); without an email, a note tells staff to
 * follow up by phone, fax or mail.
 */
export async function requestReferralResults(
  tx: Db,
  posting: PostingRow,
  outcome: 'closed' | 'filled',
  actor: Actor,
): Promise<void> {
  const to = await employerAddress(tx, posting);
  const emailId = to
    ? await queueEmail(tx, {
        to,
        ...resultRequestEmail({
          recordNumber: posting.recordNumber,
          title: posting.title,
          employerName: posting.employerTradeName ?? posting.employerName,
          outcome,
        }),
      })
    : null;
  await tx.insert(postingResultRequests).values({
    postingId: posting.id,
    toAddress: to,
    emailId,
    requestedByStaffId: actor.staffId,
  });
  await addNote(
    tx,
    posting.id,
    'status',
    to
      ? `Asked ${to} by email for the results of referrals (JOB-15).`
      : 'No email on file: ask the employer for the results of referrals by phone, fax or mail (JOB-15).',
    actor,
  );
}

/** JOB-13: an employer whose own posting is refused is told that we cannot serve it, and why. */
export async function tellEmployerRefused(
  tx: Db,
  posting: PostingRow,
  reason: string,
): Promise<void> {
  const to = await employerAddress(tx, posting);
  if (!to) return;
  await queueEmail(tx, {
    to,
    subject: `We cannot post your job ${formatPostingNumber(posting.recordNumber)}: ${posting.title}`,
    text: [
      `Hello ${posting.employerTradeName ?? posting.employerName},`,
      '',
      `We are unable to post "${posting.title}" as it was entered, for this reason:`,
      '',
      reason,
      '',
      'Call your job center if you would like help with a new posting.',
    ].join('\n'),
  });
}
