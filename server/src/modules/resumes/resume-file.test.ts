import { describe, expect, it } from 'vitest';
import {
  MAX_RESUME_BYTES,
  detectResumeFileType,
  isOleCompoundFile,
  zipEntryNames,
} from './resume-file';
import { corpusFile } from './resume-test-files';

describe('resume file type (SEEK-7, SEEK-8)', () => {
  it('SEEK-8: tells a PDF and a Word file by their bytes', () => {
    expect(detectResumeFileType(corpusFile('files/01-warehouse-associate.pdf'))).toBe('pdf');
    expect(detectResumeFileType(corpusFile('files/06-welder.docx'))).toBe('docx');
  });

  it('SEEK-8: a PDF renamed .docx is still a PDF: names and declared types are never consulted', () => {
    // The function takes bytes only; a file called "resume.docx" holding PDF bytes reads as a PDF.
    const renamed = corpusFile('files/01-warehouse-associate.pdf');
    expect(detectResumeFileType(renamed)).toBe('pdf');
  });

  it('SEEK-8: random bytes, an empty file, and a ZIP without word/document.xml are neither', () => {
    expect(detectResumeFileType(corpusFile('broken/random-bytes.pdf'))).toBeNull();
    expect(detectResumeFileType(new Uint8Array())).toBeNull();
    expect(detectResumeFileType(corpusFile('broken/not-a-docx.docx'))).toBeNull();
    expect(zipEntryNames(corpusFile('broken/not-a-docx.docx'))).toEqual([
      'notes.txt',
      'data/list.csv',
    ]);
  });

  it('SEEK-8: reads the ZIP central directory and refuses a damaged one', () => {
    const docx = corpusFile('files/06-welder.docx');
    expect(zipEntryNames(docx)).toContain('word/document.xml');
    // Cut off the end-of-directory record: no directory, so not a Word file.
    expect(detectResumeFileType(docx.subarray(0, docx.length - 30))).toBeNull();
  });

  it('SEEK-8: accepts the PDF header after a little junk, as PDF readers do', () => {
    const pdf = corpusFile('files/01-warehouse-associate.pdf');
    const padded = new Uint8Array([0x0a, 0x0a, ...pdf]);
    expect(detectResumeFileType(padded)).toBe('pdf');
  });

  it('SEEK-8: spots the OLE container of an old .doc or a password-protected .docx', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(isOleCompoundFile(ole)).toBe(true);
    expect(detectResumeFileType(ole)).toBeNull();
  });

  it('SEEK-8: the size limit is 5 MiB', () => {
    expect(MAX_RESUME_BYTES).toBe(5 * 1024 * 1024);
  });
});
