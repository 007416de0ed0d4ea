/**
 * SEEK-7: what kind of file an upload is, judged by its bytes. The file name and the declared MIME
 * type come from the browser and prove nothing. Files are only read, never run or stored here.
 */

/** 5 MiB. A resume of a few pages is far smaller; the upload route refuses anything larger. */
export const MAX_RESUME_BYTES = 5 * 1024 * 1024;

export type ResumeFileType = 'pdf' | 'docx';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_LOCAL_HEADER = 0x04034b50; // "PK\x03\x04"
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** PDF readers accept the header anywhere in the first 1,024 bytes; so do we. */
function isPdf(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024);
  for (let at = 0; at <= limit; at += 1) if (startsWith(bytes, PDF_MAGIC, at)) return true;
  return false;
}

/** The names in a ZIP file's central directory, or null when the directory is missing or broken. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22) return null;
  const data = view(bytes);
  // The end-of-directory record is the last 22 bytes, plus a comment of up to 65,535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (data.getUint32(at, true) === ZIP_END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const offset = data.getUint32(end + 16, true);
  if (offset + size > end) return null;
  const names: string[] = [];
  const decoder = new TextDecoder();
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || data.getUint32(at, true) !== ZIP_DIRECTORY_ENTRY) return null;
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > end) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** SEEK-7: "pdf" for a PDF, "docx" for a ZIP that holds word/document.xml, otherwise null. */
export function detectResumeFileType(bytes: Uint8Array): ResumeFileType | null {
  if (bytes.length >= 4 && view(bytes).getUint32(0, true) === ZIP_LOCAL_HEADER) {
    return zipEntryNames(bytes)?.includes('word/document.xml') ? 'docx' : null;
  }
  return isPdf(bytes) ? 'pdf' : null;
}

/**
 * An OLE compound file: an old Word .doc, or a .docx protected by a password (Word encrypts those
 * into this older container). Either way the person has to save the file again.
 */
export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}
