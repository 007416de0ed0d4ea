import { docxText } from './docx-text';
import { pdfText } from './pdf-text';
import {
  MAX_RESUME_BYTES,
  detectResumeFileType,
  isOleCompoundFile,
  type ResumeFileType,
} from './resume-file';

export type UnreadableReason = 'too_large' | 'not_pdf_or_docx' | 'damaged_or_protected' | 'no_text';

/** Messages a job seeker can act on; they name no library and no internal detail. */
export const UNREADABLE_MESSAGES: Record<UnreadableReason, string> = {
  too_large:
    'This file is larger than 5 MB. Save your resume again as PDF or Word (.docx) without pictures, then try again.',
  not_pdf_or_docx:
    'This file is not a PDF or Word (.docx) document. Save your resume as PDF or Word (.docx), then try again.',
  damaged_or_protected:
    'We could not read this file. It may be damaged or protected by a password. Try saving it again as PDF or Word (.docx).',
  no_text:
    'We found no text in this file. It may be a scanned picture of a resume. Save it from your word processor as PDF or Word (.docx), or type your resume into the resume builder.',
};

/** SEEK-7: the file cannot be read as a resume. `message` is safe to show to the job seeker. */
export class UnreadableResumeError extends Error {
  override readonly name = 'UnreadableResumeError';

  constructor(
    readonly reason: UnreadableReason,
    options?: { cause?: unknown },
  ) {
    super(UNREADABLE_MESSAGES[reason], options);
  }
}

/** Fewer letters and digits than this is not a resume: most likely a scan with no text layer. */
const MIN_TEXT_CHARACTERS = 20;

/**
 * A PDF ends with "%%EOF" (trailing junk aside). Without it the upload was cut short; pdf.js would
 * read what is there, and the seeker would get a draft that silently lacks the rest.
 */
function looksComplete(bytes: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  return tail.includes('%%EOF');
}

/**
 * SEEK-7: text from an uploaded resume, typed by its content. Every failure, including any error
 * from the PDF or Word libraries, comes out as an UnreadableResumeError.
 */
export async function extractResumeText(
  bytes: Uint8Array,
): Promise<{ fileType: ResumeFileType; text: string }> {
  if (bytes.length > MAX_RESUME_BYTES) throw new UnreadableResumeError('too_large');
  const fileType = detectResumeFileType(bytes);
  if (!fileType) {
    throw new UnreadableResumeError(
      isOleCompoundFile(bytes) ? 'damaged_or_protected' : 'not_pdf_or_docx',
    );
  }
  if (fileType === 'pdf' && !looksComplete(bytes))
    throw new UnreadableResumeError('damaged_or_protected');
  let text: string;
  try {
    text = fileType === 'pdf' ? await pdfText(bytes) : await docxText(bytes);
  } catch (error) {
    throw new UnreadableResumeError('damaged_or_protected', { cause: error });
  }
  if ((text.match(/[\p{L}\p{N}]/gu) ?? []).length < MIN_TEXT_CHARACTERS) {
    throw new UnreadableResumeError('no_text');
  }
  return { fileType, text };
}
