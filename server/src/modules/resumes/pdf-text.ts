/** Text from a PDF with its lines rebuilt from the positions of the text pieces (pdf.js). */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Resumes are short; past this the rest is ignored, which also bounds the work on a hostile file. */
const MAX_PAGES = 20;

export interface PositionedText {
  text: string;
  /** Left edge and baseline, in PDF points (y grows upward). */
  x: number;
  y: number;
  width: number;
  /** Font size, roughly. */
  size: number;
}

/**
 * Rebuilds lines: pieces whose baselines are within half a font size share a line, lines run top
 * to bottom, pieces left to right. A wide horizontal gap (a right-aligned date, a tab stop) becomes
 * two spaces, which the parser reads as a column break.
 */
export function linesFromPositionedText(pieces: PositionedText[]): string[] {
  const sorted = pieces
    .filter((piece) => piece.text.trim().length > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PositionedText[][] = [];
  for (const piece of sorted) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (
      line &&
      first &&
      Math.abs(first.y - piece.y) <= Math.max(1, Math.min(first.size, piece.size) / 2)
    ) {
      line.push(piece);
    } else {
      lines.push([piece]);
    }
  }
  return lines.map((line) => {
    let text = '';
    let rightEdge: number | null = null;
    for (const piece of line.sort((a, b) => a.x - b.x)) {
      if (rightEdge !== null) {
        const gap = piece.x - rightEdge;
        const size = piece.size || 10;
        if (gap > size * 1.2) text += '  ';
        else if (gap > size * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
      }
      text += piece.text;
      rightEdge = piece.x + piece.width;
    }
    return text.trim();
  });
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

/** Loads pdf.js once, with its worker in this thread: no worker file is fetched, no thread started. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/** The text of a PDF, one line per line of print. Throws pdf.js's own errors; the caller translates them. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const task = getDocument({
    // pdf.js may take over the buffer it is given, so it gets a copy.
    data: bytes.slice(),
    // Treat the file as data: no eval for fonts, no font loading, no external resources.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    for (let number = 1; number <= Math.min(document.numPages, MAX_PAGES); number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                text: item.str,
                x: Number(item.transform[4]),
                y: Number(item.transform[5]),
                width: item.width,
                size:
                  Math.hypot(Number(item.transform[2]), Number(item.transform[3])) || item.height,
              },
            ]
          : [],
      );
      pages.push(linesFromPositionedText(pieces).join('\n'));
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}
