import type { StructuredResume } from '@onestop/contracts';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  contactLine,
  degreeLine,
  dutyLines,
  fullName,
  jobDates,
  jobHeading,
  licenseLine,
  place,
} from './render-shared';

const PAGE_WIDTH = 612; // US Letter, in points
const PAGE_HEIGHT = 792;
const MARGIN = 54;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const BODY_SIZE = 10.5;
const GREY = rgb(0.35, 0.35, 0.35);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/**
 * The standard fonts cover Windows-1252 only. Other characters lose their accents ("ễ" → "e") or
 * are left out, rather than failing the whole download; the Word download keeps every character.
 */
function encodable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) =>
    Array.from(text.replace(/[\t\r\n]+/g, ' '))
      .map((char) => {
        if (supported.has(char.codePointAt(0) ?? 0)) return char;
        const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
        return Array.from(base).every((c) => supported.has(c.codePointAt(0) ?? 0)) ? base : '';
      })
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim();
}

/** Writes top to bottom, wrapping words and starting a new page when the next line does not fit. */
class PageWriter {
  private page: PDFPage;
  private y = PAGE_HEIGHT - MARGIN;
  private readonly clean: (text: string) => string;

  constructor(
    private readonly document: PDFDocument,
    private readonly fonts: Fonts,
  ) {
    this.page = document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.clean = encodable(fonts.regular);
  }

  private room(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.document.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Splits text into lines no wider than `width`; a word longer than a line is cut. */
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (let word of this.clean(text).split(/\s+/).filter(Boolean)) {
      while (font.widthOfTextAtSize(word, size) > width) {
        let cut = word.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(word.slice(0, cut), size) > width) cut -= 1;
        if (line) lines.push(line);
        lines.push(word.slice(0, cut));
        line = '';
        word = word.slice(cut);
      }
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
      } else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  text(
    text: string,
    options: {
      font?: PDFFont;
      size?: number;
      indent?: number;
      right?: string;
      grey?: boolean;
    } = {},
  ): void {
    const font = options.font ?? this.fonts.regular;
    const size = options.size ?? BODY_SIZE;
    const indent = options.indent ?? 0;
    const right = options.right ? this.clean(options.right) : '';
    const rightWidth = right ? this.fonts.regular.widthOfTextAtSize(right, BODY_SIZE) + 12 : 0;
    const lines = this.wrap(text, font, size, TEXT_WIDTH - indent - rightWidth);
    lines.forEach((line, index) => {
      this.room(size * 1.35);
      this.y -= size * 1.35;
      const color = options.grey ? GREY : rgb(0, 0, 0);
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
      if (index === 0 && right) {
        const x = PAGE_WIDTH - MARGIN - this.fonts.regular.widthOfTextAtSize(right, BODY_SIZE);
        this.page.drawText(right, { x, y: this.y, size: BODY_SIZE, font: this.fonts.regular });
      }
    });
  }

  bullet(text: string): void {
    const lines = this.wrap(text, this.fonts.regular, BODY_SIZE, TEXT_WIDTH - 24);
    lines.forEach((line, index) => {
      this.room(BODY_SIZE * 1.35);
      this.y -= BODY_SIZE * 1.35;
      const font = this.fonts.regular;
      if (index === 0)
        this.page.drawText('•', { x: MARGIN + 10, y: this.y, size: BODY_SIZE, font });
      this.page.drawText(line, { x: MARGIN + 24, y: this.y, size: BODY_SIZE, font });
    });
  }

  heading(text: string): void {
    this.room(40);
    this.space(10);
    this.text(text, { font: this.fonts.bold, size: 12.5 });
    this.y -= 3;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: PAGE_WIDTH - MARGIN, y: this.y },
      thickness: 0.6,
      color: GREY,
    });
    this.space(2);
  }
}

/** SEEK-10: the resume as a plain, one-column PDF in standard fonts. */
export async function renderResumePdf(resume: StructuredResume): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
    italic: await document.embedFont(StandardFonts.HelveticaOblique),
  };
  const name = fullName(resume);
  document.setTitle(name ? `Resume – ${name}` : 'Resume');
  document.setProducer('OneStop');
  document.setCreator('OneStop');
  const out = new PageWriter(document, fonts);

  if (name) out.text(name, { font: fonts.bold, size: 20 });
  const contact = contactLine(resume);
  if (contact) out.text(contact, { size: 10 });
  if (resume.summary.trim()) {
    out.heading('Summary');
    for (const paragraph of resume.summary.split('\n')) out.text(paragraph);
  }
  if (resume.work.length > 0) {
    out.heading('Experience');
    for (const job of resume.work) {
      out.space(4);
      out.text(jobHeading(job), { font: fonts.bold, right: jobDates(job) });
      const where = place(job.city, job.state);
      if (where) out.text(where, { font: fonts.italic, grey: true });
      for (const duty of dutyLines(job.duties)) out.bullet(duty);
    }
  }
  if (resume.education.length > 0) {
    out.heading('Education');
    for (const entry of resume.education) {
      out.space(3);
      if (entry.institution) out.text(entry.institution, { font: fonts.bold });
      const degree = degreeLine(entry);
      if (degree) out.text(degree);
    }
  }
  if (resume.licenses.length > 0) {
    out.heading('Licenses and Certifications');
    for (const license of resume.licenses) out.bullet(licenseLine(license));
  }
  if (resume.skills.length > 0) {
    out.heading('Skills');
    out.text(resume.skills.join(', '));
  }
  return document.save();
}
