// Text taken from a PDF keeps the page's line breaks, and a reader's extraction breaks lines further
// wherever the typesetter spaced a line out (`补齐既有居住区养老服务设施短板，` / `各级人民政府应当` / `将具备
// 条件的…`), or sets an item's number apart from its words (`（五）` / `科学合理布局养老机构。`). A short line
// with no punctuation reads as a heading, and a heading closes the item it stands in: the item's own
// `（责任单位：…）` two lines on is then no longer its own, and an item whose number stands alone has no
// title. These joins put such lines back; everything else is left as it is.
//   - a line that holds only an item's number joins the line after it;
//   - a line that would read as a heading joins the line before it when that line broke off inside a
//     sentence (after `，` or `、`): a heading never continues a sentence;
//   - …and the line after it, when the lines up to the next item's number close with the units the item is
//     assigned to (`加强失智老年人社` / `区干预、…。（责任单位：…）`) and the item had named none before it:
//     a heading's own text does not end with its item's units;
//   - a line that opens a parenthesis joins the line after it that closes it.
// A text whose long lines mostly break off mid-sentence is the page's lines, not paragraphs (hardWrapped):
// there every line that ends no sentence runs on into the next (reflow), or a figure and its unit
// (`每人每月100元、200` / `元`) and a sentence's halves are read apart.
import { assignsInParens } from './annotations.ts';
import { markerAt } from './structure.ts';

/** An item's number alone on its line: `(五)`, `一、`, `3.`, `第十二条` (widths are folded before this). */
const BARE_MARKER = /^(?:\([一二三四五六七八九十百零〇两]{1,4}\)|\(\d{1,3}\)|[一二三四五六七八九十百零〇两]{1,4}、|\d{1,3}[.、]|第[一二三四五六七八九十百零〇两\d]{1,6}条)$/u;
/** A line that breaks off inside a sentence. */
const MID_SENTENCE = /[，、]$/u;
/** What the heading test (chunk.ts isHeading) would take for a heading: short, no punctuation. */
const HEADING_LIKE = /^[^。，；：、！？,;:!?]{1,30}$/u;
/** Lines that are headings wherever they stand: markdown's, a chapter's, a box's or an annex's. */
const REAL_HEADING = /^(?:#{1,6}\s|第[一二三四五六七八九十百零〇两\d]{1,4}[章节编]|专栏|附件|附表)/u;
/** How many lines on an item's units may stand from a line broken off inside it. */
const RUN_LINES = 60;

export function rejoinWrappedLines(text: string): string {
  const lines = hardWrapped(text) ? reflow(text.split('\n')) : text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const next = lines[i + 1]?.trim();
    if (BARE_MARKER.test(line) && next && !markerAt(next) && !REAL_HEADING.test(next)) {
      lines[i + 1] = line + next;
      continue;
    }
    // A parenthesis the next line closes is one phrase (`（责任` / `单位：省直相关单位）`, `…省自` / `然资源厅）`):
    // neither piece is a heading.
    if (next && opensParen(line) && closesParen(next) && !markerAt(next)) {
      lines[i + 1] = line + next;
      continue;
    }
    const prev = out.at(-1);
    if (prev !== undefined && MID_SENTENCE.test(prev) && readAsHeading(line)) {
      out[out.length - 1] = prev + line;
      continue;
    }
    if (next && readAsHeading(line) && !markerAt(next) && closesItem(lines, i, out)) {
      // (Read again as one line: `每年选树宣传一批` / `“最` / `美养老院院长”…` takes two joins.)
      lines[i + 1] = line + next;
      continue;
    }
    out.push(lines[i]!);
  }
  return out.join('\n');
}

/** A line the heading test would take for a heading that neither numbers an item nor is a heading wherever it stands. */
function readAsHeading(line: string): boolean {
  return HEADING_LIKE.test(line) && !REAL_HEADING.test(line) && !markerAt(line);
}

function opensParen(line: string): boolean {
  return line.lastIndexOf('(') > line.lastIndexOf(')');
}

function closesParen(line: string): boolean {
  const close = line.indexOf(')');
  const open = line.indexOf('(');
  return close >= 0 && (open < 0 || close < open);
}

/**
 * Whether the lines after line `i`, up to the next item's number, name the item's units while the item's
 * lines before it (`before`, as joined so far) named none: then line `i` stands inside that item.
 */
function closesItem(lines: string[], i: number, before: string[]): boolean {
  const after: string[] = [];
  for (let k = i + 1; k < lines.length && k <= i + RUN_LINES; k++) {
    const l = lines[k]!.trim();
    if (markerAt(l) || REAL_HEADING.test(l)) break;
    after.push(l);
  }
  if (!assignsInParens(after.join('\n'))) return false;
  const own: string[] = [];
  for (let k = before.length - 1; k >= 0 && own.length < RUN_LINES; k--) {
    const l = before[k]!.trim();
    own.unshift(l);
    if (markerAt(l)) return !assignsInParens(own.join('\n'));
  }
  return false;
}

/** A line the length of a page's: a heading or a short fragment is shorter. */
const PAGE_LINE = 30;
/** Long lines enough to judge a text by, and the share of them that must break off mid-sentence. */
const HARD_WRAP_MIN_LINES = 10;
const HARD_WRAP_SHARE = 0.4;
/** How a line that finishes something ends: a sentence, a clause that introduces, a parenthesis, a quote. */
const LINE_DONE = /[。；;！？!?：:)”」』]$/u;

/**
 * Whether the text keeps a page's line breaks: most of its long lines (tables' tab-separated rows aside)
 * end in the middle of a sentence. A web page's paragraphs end with their sentences.
 */
function hardWrapped(text: string): boolean {
  let long = 0;
  let open = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length <= PAGE_LINE || line.includes('\t')) continue;
    long++;
    if (!LINE_DONE.test(line)) open++;
  }
  return long >= HARD_WRAP_MIN_LINES && open >= long * HARD_WRAP_SHARE;
}

/**
 * The lines of a hard-wrapped text as paragraphs: a line that ends no sentence runs on into the next,
 * unless the next opens an item or a real heading. Before the first item (the title, the document number,
 * the date) a short line stays a line of its own; in the body a short line without punctuation is a piece
 * of a spaced-out line, since the genre numbers the headings of its body.
 */
function reflow(lines: string[]): string[] {
  const out: string[] = [];
  let body = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (markerAt(line)) body = true;
    const next = lines[i + 1]?.trim();
    const short = HEADING_LIKE.test(line);
    if (next && line && !LINE_DONE.test(line) && !line.includes('\t') && !next.includes('\t') && !markerAt(next) && !REAL_HEADING.test(next) && !REAL_HEADING.test(line) && (!short || (body && !markerAt(line)))) {
      lines[i + 1] = line + next;
      continue;
    }
    out.push(lines[i]!);
  }
  return out;
}
