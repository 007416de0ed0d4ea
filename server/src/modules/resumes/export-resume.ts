import type { EmailResumeResult, ResumeFormat, SavedResume } from '@onestop/contracts';
import { eq } from 'drizzle-orm';
import { seekers } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import { FileReply } from '../../platform/http/define-route';
import { queueEmail } from '../../platform/mail/outbox';
import { renderResumeDocx } from './render-docx';
import { renderResumePdf } from './render-pdf';
import { loadResume } from './resume.store';

export const RESUME_CONTENT_TYPES: Record<ResumeFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** "Ada-Lovelace-resume.pdf": the person's name, so a downloaded file is easy to find again. */
export function resumeFileName(saved: SavedResume, format: ResumeFormat): string {
  const name = `${saved.resume.contact.firstName} ${saved.resume.contact.lastName}`
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-');
  return `${name || 'my'}-resume.${format}`;
}

async function render(saved: SavedResume, format: ResumeFormat): Promise<Uint8Array> {
  return format === 'pdf' ? renderResumePdf(saved.resume) : renderResumeDocx(saved.resume);
}

/** SEEK-10: the saved resume as a PDF or Word file. */
export async function downloadResume(
  db: Db,
  seekerId: string,
  format: ResumeFormat,
): Promise<FileReply> {
  const saved = await loadResume(db, seekerId);
  if (!saved) throw notFound('job seeker');
  return new FileReply(
    await render(saved, format),
    RESUME_CONTENT_TYPES[format],
    resumeFileName(saved, format),
  );
}

/**
 * SEEK-10: the seeker emails the resume to themselves. The message is queued in the same
 * transaction as its audit row and sent by the mail job, so a crash loses neither.
 */
export async function emailOwnResume(
  ctx: RequestContext,
  format: ResumeFormat,
): Promise<EmailResumeResult> {
  const { seekerId } = ctx.requireSeeker();
  const [seeker] = await ctx.db
    .select({ email: seekers.email, placeholder: seekers.emailIsPlaceholder })
    .from(seekers)
    .where(eq(seekers.id, seekerId));
  if (!seeker) throw notFound('record');
  if (!seeker.email || seeker.placeholder) {
    throw new AppError(
      'RULE_VIOLATION',
      'Your account has no email address we can send to. Add your email address to your profile, or download the resume instead.',
      { rule: 'SEEK-10' },
    );
  }
  const saved = await loadResume(ctx.db, seekerId);
  if (!saved?.updatedAt) {
    throw new AppError(
      'RULE_VIOLATION',
      'Save your resume first; then you can email it to yourself.',
      { rule: 'SEEK-10' },
    );
  }
  const bytes = await render(saved, format);
  const to = seeker.email;
  await ctx.mutate(async (tx, audit) => {
    await queueEmail(tx, {
      to,
      seekerId,
      subject: 'Your resume from OneStop',
      text: [
        `Hello ${saved.resume.contact.firstName},`,
        '',
        'Your resume is attached, as you asked. You can change it at any time in OneStop.',
        '',
        'If you did not ask for this email, sign in and change your password.',
      ].join('\n'),
      attachment: {
        fileName: resumeFileName(saved, format),
        contentType: RESUME_CONTENT_TYPES[format],
        bytes,
      },
    });
    await audit.record({
      action: 'resume.emailed',
      entityType: 'seeker',
      entityId: seekerId,
      after: { format },
    });
  });
  return { sentTo: to };
}
