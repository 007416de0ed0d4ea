// Writers for the resume test corpus (scripts/resume-corpus.ts): a small layout model drawn as a
// PDF with pdf-lib or as a Word file with docx. Deliberately separate from the product renderers
// in server/src/modules/resumes, so that the parser is not only tested on its own output.
import { Document, HeadingLevel, Packer, Paragraph, TabStopType, TextRun } from 'docx';
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type Block =
  | { kind: 'name'; text: string }
  | { kind: 'line'; text: string; right?: string; bold?: boolean; italic?: boolean }
  | { kind: 'heading'; text: string }
  /** `mark` null: a real Word list (in a PDF, a "•"). Otherwise the mark is typed as text. */
  | { kind: 'bullet'; text: string; mark: string | null }
  | { kind: 'gap' };

export interface Layout {
  blocks: Block[];
  font: 'helvetica' | 'times';
  /** Word heading styles for section names, or bold body text as many home-made resumes have. */
  wordHeadings: boolean;
}

const FONTS = {
  helvetica: [StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.HelveticaOblique],
  times: [StandardFonts.TimesRoman, StandardFonts.TimesRomanBold, StandardFonts.TimesRomanItalic],
} as const;

const WIDTH = 612;
const HEIGHT = 792;
const MARGIN = 60;

class Pdf {
  private page: PDFPage;
  private y = HEIGHT - MARGIN;

  constructor(
    private readonly document: PDFDocument,
    private readonly fonts: PDFFont[],
  ) {
    this.page = document.addPage([WIDTH, HEIGHT]);
  }

  private font(bold?: boolean, italic?: boolean): PDFFont {
    return (bold ? this.fonts[1] : italic ? this.fonts[2] : this.fonts[0]) as PDFFont;
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        lines.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    if (line) lines.push(line);
    return lines;
  }

  private advance(size: number): void {
    if (this.y - size * 1.4 < MARGIN) {
      this.page = this.document.addPage([WIDTH, HEIGHT]);
      this.y = HEIGHT - MARGIN;
    }
    this.y -= size * 1.4;
  }

  draw(block: Block): void {
    if (block.kind === 'gap') {
      this.y -= 6;
      return;
    }
    const size = block.kind === 'name' ? 18 : block.kind === 'heading' ? 12 : 10.5;
    const bold =
      block.kind === 'name' || block.kind === 'heading' || (block.kind === 'line' && block.bold);
    const font = this.font(bold, block.kind === 'line' && block.italic);
    if (block.kind === 'heading') this.y -= 8;
    const indent = block.kind === 'bullet' ? 22 : 0;
    const right = block.kind === 'line' ? block.right : undefined;
    const rightWidth = right ? this.font().widthOfTextAtSize(right, size) + 16 : 0;
    this.wrap(block.text, font, size, WIDTH - 2 * MARGIN - indent - rightWidth).forEach(
      (line, index) => {
        this.advance(size);
        if (block.kind === 'bullet' && index === 0) {
          this.page.drawText(block.mark ?? '•', {
            x: MARGIN + 8,
            y: this.y,
            size,
            font: this.font(),
          });
        }
        this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font });
        if (right && index === 0) {
          const x = WIDTH - MARGIN - this.font().widthOfTextAtSize(right, size);
          this.page.drawText(right, { x, y: this.y, size, font: this.font() });
        }
      },
    );
  }
}

export async function writePdf(layout: Layout): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  // Fixed dates keep the checked-in files unchanged when the generator runs again.
  document.setCreationDate(new Date('2025-01-01T00:00:00Z'));
  document.setModificationDate(new Date('2025-01-01T00:00:00Z'));
  const fonts = await Promise.all(FONTS[layout.font].map((name) => document.embedFont(name)));
  const pdf = new Pdf(document, fonts);
  for (const block of layout.blocks) pdf.draw(block);
  return document.save();
}

function docxParagraph(block: Block, layout: Layout): Paragraph | null {
  switch (block.kind) {
    case 'gap':
      return null;
    case 'name':
      return new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 36 })] });
    case 'heading':
      return layout.wordHeadings
        ? new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })
        : new Paragraph({ children: [new TextRun({ text: block.text, bold: true, size: 24 })] });
    case 'bullet':
      return block.mark === null
        ? new Paragraph({ text: block.text, bullet: { level: 0 } })
        : new Paragraph({ text: `${block.mark} ${block.text}` });
    case 'line':
      return new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: 9000 }],
        children: [
          new TextRun({
            text: block.text,
            bold: block.bold ?? false,
            italics: block.italic ?? false,
          }),
          ...(block.right ? [new TextRun({ text: `\t${block.right}` })] : []),
        ],
      });
  }
}

export async function writeDocx(layout: Layout): Promise<Uint8Array> {
  const children = layout.blocks.flatMap((block) => docxParagraph(block, layout) ?? []);
  const document = new Document({
    creator: 'OneStop test corpus',
    styles: {
      default: {
        document: {
          run: { font: layout.font === 'times' ? 'Times New Roman' : 'Arial', size: 21 },
        },
      },
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP file with stored (uncompressed) entries: enough for a "zip that is not a .docx" fixture. */
export function writeZip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
