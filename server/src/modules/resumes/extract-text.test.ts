import { describe, expect, it } from 'vitest';
import { textFromMammothHtml } from './docx-text';
import { UNREADABLE_MESSAGES, UnreadableResumeError, extractResumeText } from './extract-text';
import { linesFromPositionedText } from './pdf-text';
import { MAX_RESUME_BYTES } from './resume-file';
import { corpusFile } from './resume-test-files';

async function failure(bytes: Uint8Array): Promise<UnreadableResumeError> {
  const error = await extractResumeText(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(UnreadableResumeError);
  return error as UnreadableResumeError;
}

describe('resume text extraction (SEEK-8)', () => {
  it('SEEK-8: reads a PDF line by line, with the right-hand dates on the job line', async () => {
    const { fileType, text } = await extractResumeText(
      corpusFile('files/01-warehouse-associate.pdf'),
    );
    expect(fileType).toBe('pdf');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Darnell Whitfield');
    expect(lines).toContain(
      'Warehouse Associate — Riverside Distribution Center, Groveport, OH  Mar 2019 – Present',
    );
  });

  it('SEEK-8: reads a Word file with its paragraphs as lines and list items as bullets', async () => {
    const { fileType, text } = await extractResumeText(corpusFile('files/06-welder.docx'));
    expect(fileType).toBe('docx');
    expect(text.split('\n')[0]).toBe('Travis McAllister');
    expect(text).toContain('• Weld structural steel beams and columns to AWS D1.1 code');
  });

  it('SEEK-8: a truncated PDF is refused with the plain "damaged" message', async () => {
    const error = await failure(corpusFile('broken/truncated.pdf'));
    expect(error.reason).toBe('damaged_or_protected');
    expect(error.message).toBe(
      'We could not read this file. It may be damaged or protected by a password. Try saving it again as PDF or Word (.docx).',
    );
  });

  it('SEEK-8: random bytes named .pdf are refused as neither PDF nor Word', async () => {
    const error = await failure(corpusFile('broken/random-bytes.pdf'));
    expect(error.reason).toBe('not_pdf_or_docx');
    expect(error.message).toBe(UNREADABLE_MESSAGES.not_pdf_or_docx);
  });

  it('SEEK-8: a ZIP that is not a Word file is refused', async () => {
    expect((await failure(corpusFile('broken/not-a-docx.docx'))).reason).toBe('not_pdf_or_docx');
  });

  it('SEEK-8: a password-protected PDF is refused, and the library error stays inside', async () => {
    const error = await failure(corpusFile('broken/password-protected.pdf'));
    expect(error.reason).toBe('damaged_or_protected');
    expect(error.message).not.toMatch(/password exception|pdf\.js|undefined/i);
    expect(error.cause).toBeDefined();
  });

  it('SEEK-8: a scan with no text layer is refused with advice to save it from the word processor', async () => {
    const error = await failure(corpusFile('broken/scanned-no-text.pdf'));
    expect(error.reason).toBe('no_text');
    expect(error.message).toContain('scanned picture');
  });

  it('SEEK-8: a damaged Word file (right ZIP, broken XML) is refused', async () => {
    const docx = corpusFile('files/06-welder.docx');
    // Overwrite the middle of the file: the directory survives, the compressed XML does not.
    const damaged = docx.slice();
    damaged.fill(0x41, 200, Math.min(docx.length - 2000, 6000));
    expect((await failure(damaged)).reason).toBe('damaged_or_protected');
  });

  it('SEEK-8: an old .doc or encrypted .docx container, and an oversized file, are refused', async () => {
    const ole = new Uint8Array(600).fill(0);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure(ole)).reason).toBe('damaged_or_protected');
    expect((await failure(new Uint8Array(MAX_RESUME_BYTES + 1))).reason).toBe('too_large');
  });

  it('SEEK-8: groups PDF text pieces into lines by baseline and marks wide gaps as columns', () => {
    const lines = linesFromPositionedText([
      { text: 'Mar 2019 – Present', x: 450, y: 670.4, width: 90, size: 11 },
      { text: 'Cashier — ', x: 72, y: 670, width: 50, size: 11 },
      { text: 'Kroger', x: 122, y: 670, width: 35, size: 11 },
      { text: '• Ran the register', x: 80, y: 655, width: 100, size: 11 },
      { text: 'Jane Doe', x: 72, y: 700, width: 80, size: 18 },
      { text: '   ', x: 200, y: 700, width: 10, size: 18 },
    ]);
    expect(lines).toEqual([
      'Jane Doe',
      'Cashier — Kroger  Mar 2019 – Present',
      '• Ran the register',
    ]);
  });

  it('SEEK-8: turns mammoth HTML into lines, keeping list bullets and decoding entities', () => {
    const html =
      '<h1>Experience</h1><p><strong>Cook &amp; Server</strong>\tJan 2020 – Present</p><ul><li>Made &lt;fresh&gt; food</li><li>Cleaned</li></ul><table><tr><td><p>2019</p></td><td><p>GED</p></td></tr></table>';
    expect(textFromMammothHtml(html).split('\n')).toEqual([
      'Experience',
      'Cook & Server\tJan 2020 – Present',
      '• Made <fresh> food',
      '• Cleaned',
      '2019',
      'GED',
    ]);
  });
});
