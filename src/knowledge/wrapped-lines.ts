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
import { DATE_LINE, DOC_NUMBER_LINE } from './chunk.ts';
import { markerAt } from './structure.ts';

/** An item's number alone on its line: `(五)`, `一、`, `3.`, `第十二条` (widths are folded before this). */
const BARE_MARKER = /^(?:\([一二三四五六七八九十百零〇两]{1,4}\)|\(\d{1,3}\)|[一二三四五六七八九十百零〇两]{1,4}、|\d{1,3}[.、]|第[一二三四五六七八九十百零〇两\d]{1,6}条)$/u;
/** A line that breaks off inside a sentence. */
const MID_SENTENCE = /[，、]$/u;
/** What the heading test (chunk.ts isHeading) would take for a heading: short, no punctuation. */
const HEADING_LIKE = /^[^。，；：、！？,;:!?\t|]{1,30}$/u;
/** Lines that are headings wherever they stand: markdown's, a chapter's, a box's or an annex's. */
const REAL_HEADING = /^(?:#{1,6}\s|第[一二三四五六七八九十百零〇两\d]{1,4}(?:[章节编]|部分)|专栏|附件|附表)/u;
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
    // A web page's information block sets each label on a line of its own and its value on the next
    // (`统一编号：` / `GZ0220210007`, `失效日期：` / `2023年06月01日`): one field, read as one line.
    if (next && FIELD_LABEL.test(line) && fieldValue(next, lines[0]?.trim())) {
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

/** A field's label alone on its line: a few words and a colon (`文 号：`, `发布机关：`). */
const FIELD_LABEL = /^\p{Script=Han}[\p{Script=Han} ]{0,8}[：:]$/u;
/** How long a field's value may be (a number, a date, an office's name — not a paragraph after `各区人民政府：`). */
const FIELD_VALUE_MAX = 40;

/** Whether a line reads as a field's value: short, no sentence, no label or item of its own, not the title again. */
function fieldValue(line: string, title: string | undefined): boolean {
  return line.length > 0 && line.length <= FIELD_VALUE_MAX && !/[。；;：:]/u.test(line) && !markerAt(line) && !REAL_HEADING.test(line) && line !== title;
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
/** The share of a text's long lines that must be mostly Han: an English page ends its lines between words. */
const HAN_LINES = 0.5;
/** How a line that finishes something ends: a sentence, a clause that introduces, a parenthesis, a quote. */
const LINE_DONE = /[。；;！？!?：:)”」』]$/u;
/** A line closed by a quote or parenthesis alone, with no sentence ending inside it. */
const SOFT_DONE = /(?<![。；;！？!?：:])[)”」』]$/u;
/**
 * How long a paragraph may grow: the genre's longest paragraphs are a few hundred characters; a text
 * that never ends a sentence (an unpunctuated list) is not one paragraph.
 */
const PARAGRAPH_MAX = 2000;

/**
 * Lines that are never part of a paragraph: a table's rows (tab-separated or markdown `| … |`), a document
 * number, a date, and a page number a text kept from its PDF (`— 3 —`, `第3页`).
 */
const TABLE_ROW = /\t|^\|.*\|$/u;
const PAGE_NUMBER = /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?)$/u;
function standsAlone(line: string): boolean {
  if (TABLE_ROW.test(line) || PAGE_NUMBER.test(line)) return true;
  // (A PDF's text may space a date out: `2023 年5 月11 日`.)
  const tight = line.replace(/\s+/gu, '');
  return DOC_NUMBER_LINE.test(tight) || DATE_LINE.test(tight);
}

/**
 * Whether the text keeps a page's line breaks: most of its long lines (tables' rows aside) end in the
 * middle of a sentence. A web page's paragraphs end with their sentences.
 */
function hardWrapped(text: string): boolean {
  let long = 0;
  let open = 0;
  let han = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length <= PAGE_LINE || TABLE_ROW.test(line)) continue;
    long++;
    if (!LINE_DONE.test(line)) open++;
    if ((line.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 >= line.length) han++;
  }
  return long >= HARD_WRAP_MIN_LINES && open >= long * HARD_WRAP_SHARE && han >= long * HAN_LINES;
}

/**
 * The width of the page the text was broken at: the length most of its long lines share (less one, for a
 * page that breaks before a closing mark); none when no length is shared by enough of them.
 */
function pageWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const raw of lines) {
    const n = raw.trim().length;
    if (n > PAGE_LINE) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let seen = 0;
  for (const [n, c] of counts) if (c > seen || (c === seen && n > best)) [best, seen] = [n, c];
  return seen >= WIDTH_MIN_LINES ? best - 1 : Number.POSITIVE_INFINITY;
}
/** Lines of one length enough to call it the page's width. */
const WIDTH_MIN_LINES = 5;

/**
 * The lines of a hard-wrapped text as paragraphs: a line that ends no sentence runs on into the next,
 * unless the next opens an item or a real heading, or stands alone (standsAlone). Before the first item
 * (the title, the document number, the date) a short line stays a line of its own; in the body a short line
 * without punctuation is a piece of a spaced-out line, since the genre numbers the headings of its body.
 */
function reflow(lines: string[]): string[] {
  const out: string[] = [];
  const width = pageWidth(lines);
  let body = false;
  // The paragraph being read: its pieces and its first line as written; whether that line may be run on
  // at all (`opens`: it neither stands alone nor is a real heading) and whether it opens an item (`marked`),
  // both read once; its length, and whether it still reads as a heading.
  let pieces: string[] = [];
  let firstRaw = '';
  let opens = false;
  let marked = false;
  let length = 0;
  let short = false;
  const close = () => {
    // A line that joined nothing stays as it was written.
    if (pieces.length) out.push(pieces.length === 1 ? firstRaw : pieces.join(''));
    pieces = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (pieces.length) {
      const last = pieces.at(-1)!;
      // A quote or parenthesis closes a line but not always its sentence: in the body, a piece that reads as a
      // heading (`积极推广运用国际贸易“单一窗口”` / `拓展的服务功能，`, `…开发区(投资区)` / `管委会`) is a piece of a
      // spaced-out line, on whichever side of the break it stands, since the genre numbers its body's headings.
      // So does a line that fills the page's width (`…规模达到50 个标准展位（9 平方米）` / `以上的，给予…`): the page broke it.
      const piece = body && SOFT_DONE.test(last) && ((short && !marked) || (HEADING_LIKE.test(line) && line.length <= PAGE_LINE) || last.length >= width);
      const runsOn =
        line &&
        opens &&
        (!LINE_DONE.test(last) || piece) &&
        !standsAlone(line) &&
        !REAL_HEADING.test(line) &&
        !markerAt(line) &&
        length + line.length <= PARAGRAPH_MAX &&
        (!short || (body && !marked));
      if (runsOn) {
        pieces.push(line);
        length += line.length;
        short = short && length <= PAGE_LINE && HEADING_LIKE.test(line);
        continue;
      }
      close();
    }
    const opensItem = markerAt(line) !== null;
    if (opensItem) body = true;
    if (!line) {
      out.push(raw);
      continue;
    }
    pieces = [line];
    firstRaw = raw;
    opens = !standsAlone(line) && !REAL_HEADING.test(line);
    marked = opensItem;
    length = line.length;
    short = HEADING_LIKE.test(line);
  }
  close();
  return out;
}
