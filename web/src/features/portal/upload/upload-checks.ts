import type { TFunction } from 'i18next';
import { MAX_UPLOAD_BYTES } from '../resume/resume-api';

const EXTENSIONS = /\.(pdf|docx)$/i;

/** SEEK-8: what can be told before sending the file; the server reads its content to be sure. */
export function checkResumeFile(file: File | null, t: TFunction): string | null {
  if (!file) return t('portal.upload.errors.none');
  if (!EXTENSIONS.test(file.name)) return t('portal.upload.errors.type');
  if (file.size === 0) return t('portal.upload.errors.empty');
  if (file.size > MAX_UPLOAD_BYTES) return t('portal.upload.errors.tooLarge', { max: 5 });
  return null;
}
