// From positioned text pieces (as a PDF's text layer gives them) to paragraphs in reading order.
// A PDF has no paragraphs, only pieces of text at coordinates: lines wrap at the page edge, a
// two-column page interleaves its columns line by line, and every page repeats its header, footer
// and number. The structure stage reads numbering from the start of lines, so all three must be
// undone here: columns read one after the other, wrapped lines joined, repeated furniture dropped.
// Pure functions of the pieces, so they are tested without a PDF.

export interface TextPiece {
  str: string;
  /** Left edge and baseline, PDF units, y growing upwards. */
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text). */
  size: number;
}

export interface PageText {
  width: number;
  height: number;
  pieces: TextPiece[];
}

export interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** The left and right edge of the column the line sits in, for telling wrapped lines from short ones. */
  colLeft: number;
  colRight: number;
  /** Which column: the page's only one, the left or right of two, or a row across both. */
  column: Column;
}

export type Column = 'page' | 'left' | 'right' | 'span';

type Placed = Omit<Line, 'colLeft' | 'colRight' | 'column'>;

export interface LayoutResult {
  /** Paragraphs, one per line of the result. */
  text: string;
  /** Repeated header/footer lines and page numbers that were dropped. */
  furnitureRemoved: number;
}

const CJK = /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** Joins two pieces of a line: Chinese runs on without a space, Latin words get one. */
function joinText(a: string, b: string, gap: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a.at(-1)!;
  const first = b[0]!;
  if (/\s/.test(last) || /\s/.test(first)) return a + b;
  if (CJK.test(last) || CJK.test(first)) return a + b;
  return gap ? `${a} ${b}` : a + b;
}

/** Pieces on one baseline (within a third of the font size) form a line, left to right. */
export function groupLines(pieces: TextPiece[]): Placed[] {
  const lines: Placed[] = [];
  for (const row of rows(pieces)) {
    row.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const p of row) {
      text = joinText(text, p.str, p.x - end > p.size * 0.25);
      end = Math.max(end, p.x + p.width);
    }
    if (!text.trim()) continue;
    const size = Math.max(...row.map((p) => p.size));
    lines.push({ text: text.trim(), x: row[0]!.x, right: end, y: row[0]!.y, size });
  }
  return lines;
}

/**
 * The x of a gutter between two columns, or null: a band in the middle of the page that (almost) no
 * piece covers while there is text on both sides of it. A title across both columns covers the
 * band once or twice; the columns' own lines never do, so the band is found by counting coverage.
 */
export function findGutter(page: PageText): number | null {
  const pieces = page.pieces.filter((p) => p.str.trim());
  if (pieces.length < 8 || page.width <= 0) return null;
  const BINS = 200;
  const bin = page.width / BINS;
  const cover = new Array<number>(BINS).fill(0);
  for (const p of pieces) {
    const from = Math.max(0, Math.floor(p.x / bin));
    const to = Math.min(BINS - 1, Math.floor((p.x + p.width) / bin));
    for (let i = from; i <= to; i++) cover[i]!++;
  }
  const occupied = cover.filter((c) => c > 0).sort((a, b) => a - b);
  const median = occupied[Math.floor(occupied.length / 2)] ?? 0;
  const quiet = Math.max(2, Math.floor(median * 0.1));
  // The widest quiet run inside the middle 30–70% of the page.
  let best: { from: number; to: number } | null = null;
  let start = -1;
  for (let i = Math.floor(BINS * 0.3); i <= Math.ceil(BINS * 0.7); i++) {
    if (cover[i]! <= quiet && i < Math.ceil(BINS * 0.7)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (!best || i - start > best.to - best.from) best = { from: start, to: i };
      start = -1;
    }
  }
  if (!best || best.to - best.from < 2) return null;
  const gutter = ((best.from + best.to) / 2) * bin;
  // Real columns: a fair share of the text on each side.
  const left = pieces.filter((p) => p.x + p.width <= gutter).length;
  const right = pieces.filter((p) => p.x >= gutter).length;
  return left >= pieces.length * 0.2 && right >= pieces.length * 0.2 ? gutter : null;
}

/** The edges most lines of a column have: a centred title or a short last line must not move them. */
function edges(lines: { x: number; right: number }[]): { colLeft: number; colRight: number } {
  const lefts = lines.map((l) => l.x).sort((a, b) => a - b);
  const rights = lines.map((l) => l.right).sort((a, b) => a - b);
  return { colLeft: lefts[Math.floor(lefts.length * 0.1)]!, colRight: rights[Math.floor(rights.length * 0.9)]! };
}

function withColumn(lines: Placed[], column: Column): Line[] {
  const edge = lines.length ? edges(lines) : null;
  return lines.map((l) => ({ ...l, ...edge!, column }));
}

/**
 * Margins are the document's, not the page's: a last page with three short lines would otherwise
 * take its longest line for the right margin and join lines that merely come close to it.
 */
function documentEdges(lines: Line[]): Line[] {
  const byColumn = new Map<Column, Line[]>();
  for (const l of lines) {
    if (l.column === 'span') continue;
    const list = byColumn.get(l.column);
    if (list) list.push(l);
    else byColumn.set(l.column, [l]);
  }
  const shared = new Map([...byColumn].filter(([, ls]) => ls.length >= 5).map(([c, ls]) => [c, edges(ls)]));
  return lines.map((l) => ({ ...l, ...(shared.get(l.column) ?? {}) }));
}

/** Pieces on (about) one baseline, top to bottom. */
function rows(pieces: TextPiece[]): TextPiece[][] {
  const sorted = pieces.filter((p) => p.str.trim()).sort((a, b) => b.y - a.y);
  const out: TextPiece[][] = [];
  for (const p of sorted) {
    const row = out.at(-1);
    if (row && Math.abs(row[0]!.y - p.y) <= Math.max(row[0]!.size, p.size) / 3) row.push(p);
    else out.push([p]);
  }
  return out;
}

/** A page's lines in reading order: with a gutter, rows across it in place and each column's lines in turn between them. */
export function pageLines(page: PageText): Line[] {
  const gutter = findGutter(page);
  if (gutter === null) return withColumn(groupLines(page.pieces), 'page');
  const out: Line[] = [];
  let band: TextPiece[] = [];
  const flush = () => {
    if (!band.length) return;
    out.push(...withColumn(groupLines(band.filter((p) => p.x + p.width / 2 < gutter)), 'left'));
    out.push(...withColumn(groupLines(band.filter((p) => p.x + p.width / 2 >= gutter)), 'right'));
    band = [];
  };
  for (const row of rows(page.pieces)) {
    // A row with a piece across the gutter is a title over both columns: it ends the band above it.
    if (row.some((p) => p.x < gutter && p.x + p.width > gutter)) {
      flush();
      out.push(...withColumn(groupLines(row), 'span'));
    } else band.push(...row);
  }
  flush();
  return out;
}

/** Page numbers as printed: `3`, `- 3 -`, `3/12`, `第 3 页`, `第3页 共12页`, `Page 3 of 12`. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|\d+\s*\/\s*\d+|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|(?:page|p\.)\s*\d+(?:\s*(?:of|\/)\s*\d+)?)$/i;

/** A header or footer line with its numbers masked: `2024/3/1 … 第1页` and `… 第2页` are the same furniture. */
const shape = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, '');

/** How many lines at the top and bottom of each page may be header or footer. */
const EDGE_LINES = 2;

/** Headers and footers sit in the page's margins: the top and bottom eighth of its height. */
const MARGIN_SHARE = 0.125;

/**
 * Drops page furniture: page numbers at a page's top or bottom, and lines that open or close at
 * least half of the pages (two or more) in the same shape. Only lines among the first or last two
 * of a page and inside its top or bottom margin count: on a sparse page every line is "first or
 * last", and 第1条… / 第2条… on successive pages have the same shape.
 */
export function dropFurniture(pages: Line[][], heights: number[] = []): { pages: Line[][]; removed: number } {
  const edges = (lines: Line[], height: number | undefined) => {
    // Top and bottom by position, not by reading order (a column layout reorders lines).
    const byY = [...lines].sort((a, b) => b.y - a.y);
    const inMargin = (l: Line) => !height || l.y >= height * (1 - MARGIN_SHARE) || l.y <= height * MARGIN_SHARE;
    return [...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)].filter(inMargin);
  };
  const seen = new Map<string, number>();
  pages.forEach((lines, i) => {
    for (const s of new Set(edges(lines, heights[i]).map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  });
  const repeated = (l: Line) => pages.length >= 2 && (seen.get(shape(l.text)) ?? 0) >= Math.max(2, pages.length / 2);
  let removed = 0;
  const kept = pages.map((lines, i) => {
    const edge = new Set(edges(lines, heights[i]));
    return lines.filter((l) => {
      const drop = edge.has(l) && (PAGE_NUMBER.test(l.text.trim()) || repeated(l));
      if (drop) removed++;
      return !drop;
    });
  });
  return { pages: kept, removed };
}

/**
 * Joins wrapped lines into paragraphs: a line that reaches its column's right edge continues on the
 * next one, unless the next is indented (a new paragraph), opens a numbered item, is in another font
 * size (a heading), or is far below. A line ending in 。 at the margin is joined too: line breaking
 * puts sentence ends at the margin all the time, and a paragraph cut there would read as two.
 */
export function paragraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let current = '';
  let prev: Line | null = null;
  for (const line of lines) {
    if (prev && continues(prev, line)) current = joinText(current, line.text, true);
    else {
      if (current) out.push(current);
      current = line.text;
    }
    prev = line;
  }
  if (current) out.push(current);
  return out;
}

/** A line that opens an item of the genre (一是, （一）, 1., 第三条, 一、) starts its own paragraph. */
const ITEM_START = /^(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十百零\d]+[章节条款]|[一二三四五六七八九十]+、)/u;

/** Punctuation that may not open a line: line breaking carries the character before it along. */
const NO_BREAK_BEFORE = /^[、。，,；;：:）)」』”’》！？!?.…]+/u;

/**
 * About how wide the next line's first unbreakable piece is: a Chinese character (with the
 * punctuation that must follow it) at an em each, a Latin word at about half an em per letter.
 */
function firstWordWidth(line: Line): number {
  const latin = /^[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/u.exec(line.text)?.[0];
  if (latin) return latin.length * 0.55 * line.size;
  const tail = NO_BREAK_BEFORE.exec(line.text.slice(1))?.[0].length ?? 0;
  return (1 + tail) * line.size;
}

function continues(prev: Line, next: Line): boolean {
  const em = prev.size;
  // A line wraps early only when the next word did not fit in the space left at its end.
  const left = prev.colRight - prev.right;
  const full = left <= firstWordWidth(next) + em * 0.6;
  if (!full || ITEM_START.test(next.text)) return false;
  // A row across both columns (a title) does not run on into a column below it.
  if (prev.column === 'span' && next.column !== 'span') return false;
  if (Math.abs(next.size - prev.size) > em * 0.15) return false;
  const indented = next.x > next.colLeft + em * 0.8;
  if (indented) return false;
  // Same column, next line down (a page or column break resets the position: allowed).
  const below = prev.y - next.y;
  const sameColumn = Math.abs(prev.colLeft - next.colLeft) < em;
  return !sameColumn || below < 0 || below <= em * 2.2;
}

/** Pages of positioned pieces → the document's paragraphs in reading order, furniture dropped. */
export function layoutText(pages: PageText[]): LayoutResult {
  const { pages: kept, removed } = dropFurniture(pages.map(pageLines), pages.map((p) => p.height));
  return { text: paragraphs(documentEdges(kept.flat())).join('\n'), furnitureRemoved: removed };
}
