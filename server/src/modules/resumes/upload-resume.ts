import crypto from 'node:crypto';
import type { ResumeUpload, ResumeUploadResult } from '@onestop/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { resumeFiles, seekers, staff } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/errors';
import type { UploadedFile } from '../../platform/http/define-route';
import { FileReply } from '../../platform/http/define-route';
import { UnreadableResumeError } from './extract-text';
import { importResume } from './import-resume';
import { RESUME_CONTENT_TYPES } from './export-resume';

/** The most recent uploads kept per seeker; older files are removed when a new one arrives. */
export const KEPT_UPLOADS_PER_SEEKER = 10;

const uploadColumns = {
  id: resumeFiles.id,
  fileName: resumeFiles.fileName,
  fileType: resumeFiles.fileType,
  sizeBytes: resumeFiles.sizeBytes,
  uploadedAt: resumeFiles.uploadedAt,
  staffName: staff.displayName,
};

type UploadRow = {
  id: string;
  fileName: string;
  fileType: 'pdf' | 'docx';
  sizeBytes: number;
  uploadedAt: Date;
  staffName: string | null;
};

function toUpload(row: UploadRow): ResumeUpload {
  return {
    id: row.id,
    fileName: row.fileName,
    fileType: row.fileType,
    sizeBytes: row.sizeBytes,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedByStaff: row.staffName,
  };
}

export async function listUploads(db: Db, seekerId: string): Promise<ResumeUpload[]> {
  const rows = await db
    .select(uploadColumns)
    .from(resumeFiles)
    .leftJoin(staff, eq(staff.id, resumeFiles.uploadedByStaffId))
    .where(eq(resumeFiles.seekerId, seekerId))
    .orderBy(desc(resumeFiles.uploadedAt));
  return rows.map(toUpload);
}

/** The original file as it was uploaded, as a download. */
export async function downloadUpload(db: Db, seekerId: string, fileId: string) {
  const [file] = await db
    .select()
    .from(resumeFiles)
    .where(and(eq(resumeFiles.seekerId, seekerId), eq(resumeFiles.id, fileId)));
  if (!file) throw notFound('file');
  return new FileReply(file.content, RESUME_CONTENT_TYPES[file.fileType], file.fileName);
}

/** The upload keeps its name but always the extension its content proves. */
function storedName(fileName: string, fileType: 'pdf' | 'docx'): string {
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').trim() || 'resume';
  return `${base}.${fileType}`;
}

/**
 * SEEK-8: reads an uploaded PDF or Word resume into a draft for review. The file is kept with the
 * seeker; the saved resume is not touched (the seeker or staff confirm the draft with a save).
 * An unreadable file is refused with a message the person can act on, and nothing is stored.
 */
export async function uploadResume(
  ctx: RequestContext,
  seekerId: string,
  file: UploadedFile,
): Promise<ResumeUploadResult> {
  let parsed: Awaited<ReturnType<typeof importResume>>;
  try {
    parsed = await importResume(file.bytes);
  } catch (error) {
    if (error instanceof UnreadableResumeError) {
      throw new AppError('RULE_VIOLATION', error.message, {
        rule: 'SEEK-8',
        fields: [{ path: 'file', message: error.message }],
      });
    }
    throw error;
  }
  const staffId = ctx.actor?.staffId ?? null;
  const sha256 = crypto.createHash('sha256').update(file.bytes).digest('hex');
  const fileName = storedName(file.fileName, parsed.fileType);
  const id = await ctx.mutate(async (tx, audit) => {
    const [seeker] = await tx
      .select({ id: seekers.id })
      .from(seekers)
      .where(eq(seekers.id, seekerId));
    if (!seeker) throw notFound('job seeker');
    const [row] = await tx
      .insert(resumeFiles)
      .values({
        seekerId,
        fileName,
        fileType: parsed.fileType,
        sizeBytes: file.bytes.length,
        sha256,
        content: file.bytes,
        uploadedByStaffId: staffId,
      })
      .returning({ id: resumeFiles.id });
    if (!row) throw new Error('insert returned no row');
    const older = await tx
      .select({ id: resumeFiles.id })
      .from(resumeFiles)
      .where(eq(resumeFiles.seekerId, seekerId))
      .orderBy(desc(resumeFiles.uploadedAt), desc(resumeFiles.id))
      .offset(KEPT_UPLOADS_PER_SEEKER);
    for (const stale of older) await tx.delete(resumeFiles).where(eq(resumeFiles.id, stale.id));
    await audit.record({
      action: 'resume.file_uploaded',
      entityType: 'seeker',
      entityId: seekerId,
      after: { fileName, fileType: parsed.fileType, sizeBytes: file.bytes.length, sha256 },
    });
    return row.id;
  });
  const [upload] = await ctx.db
    .select(uploadColumns)
    .from(resumeFiles)
    .leftJoin(staff, eq(staff.id, resumeFiles.uploadedByStaffId))
    .where(eq(resumeFiles.id, id));
  if (!upload) throw notFound('file');
  return { upload: toUpload(upload), draft: parsed.draft, warnings: parsed.warnings };
}
