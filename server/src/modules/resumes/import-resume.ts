import { extractResumeText } from './extract-text';
import { parseResume, type ParsedResume } from './parse-resume';
import type { ResumeFileType } from './resume-file';

/**
 * SEEK-7/SEEK-8: an uploaded file → a draft to review. Throws UnreadableResumeError (with a message
 * for the job seeker) when the file cannot be read; the route shows its message.
 */
export async function importResume(
  bytes: Uint8Array,
): Promise<ParsedResume & { fileType: ResumeFileType }> {
  const { fileType, text } = await extractResumeText(bytes);
  return { fileType, ...parseResume(text) };
}
