// PDF through pdf.js (the unpdf build: no canvas, no native code). The text layer gives positioned
// pieces; pdf-layout.ts puts them in reading order. A PDF without a text layer (a scan) is not a
// document but a warning that says so: an empty document would only make the bot refuse silently.
import { unifyRadicals } from './cjk-radicals.ts';
import { layoutText, type PageText, type TextPiece } from './pdf-layout.ts';
import { UnreadableDocument, type DocumentReader, type ReadResult } from './types.ts';

/** Fewer visible characters per page than this, on average, and the PDF is taken for a scan. */
const SCANNED_CHARS_PER_PAGE = 20;

export const SCANNED_WARNING = 'scanned PDF: no text layer (扫描件，没有文字层；请上传文字版 PDF 或先做文字识别 OCR)';

export const pdfReader: DocumentReader = {
  type: 'pdf',
  extensions: ['.pdf'],
  async read(bytes) {
    const pages = await textPages(bytes);
    return fromPages(pages);
  },
};

/** The layout step and the scan check, apart from pdf.js (tests give pages directly). */
export function fromPages(pages: PageText[]): ReadResult {
  const visible = pages.reduce((n, p) => n + p.pieces.reduce((m, q) => m + q.str.replace(/\s/g, '').length, 0), 0);
  if (visible < SCANNED_CHARS_PER_PAGE * Math.max(1, pages.length)) {
    return { text: '', warnings: [`${SCANNED_WARNING}, ${pages.length} page(s)`] };
  }
  // Some pages scanned among pages with text (an appendix, a stamped signature page): their text is missing.
  const blank = pages.flatMap((p, i) => (p.pieces.reduce((m, q) => m + q.str.replace(/\s/g, '').length, 0) < SCANNED_CHARS_PER_PAGE ? [i + 1] : []));
  const warnings = blank.length && blank.length < pages.length ? [`pages without a text layer (扫描页，未读出文字): ${blank.join(', ')} of ${pages.length}`] : [];
  return { text: layoutText(pages).text, warnings };
}

async function textPages(bytes: Buffer): Promise<PageText[]> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the array it is given: a copy, so the caller's buffer stays intact.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { stopAtErrors: false, verbosity: 0 });
  } catch (err) {
    throw new UnreadableDocument(`cannot read PDF: ${(err as Error).message}`);
  }
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        // Horizontal text only carries its size in d; rotated text in the other terms.
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        pieces.push({ str: unifyRadicals(item.str), x: e - x0, y: f - y0, width: item.width, size });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, pieces });
      page.cleanup();
    }
    return pages;
  } finally {
    // Releases the document, its pages and fonts (a reload reads every PDF again).
    await pdf.loadingTask.destroy();
  }
}
