// The numbering of the genre, read by shape for any document. Policy texts differ in how they number
// (第X条; 一、（一）1.（1）①; 一是…二是; 问/答; markdown headings), in whether a heading stands on its
// own line or runs into its text (`6.金融高级人才开发项目。围绕…`), and in whether the text has line
// breaks at all (a State Council plan may be one 14,000-character line). Two steps:
//   segment()  — puts every item marker at the start of a line, so the rest of the pipeline (chunks,
//                citations) sees one item per paragraph whatever the source's layout;
//   outline()  — the items: number, label, title, own text (without its sub-items), nesting, and the
//                annotations that belong to it (lead and support units, deadline).
// An item's annotations are read from its own text only: a fact is never assembled from two items.
import { ANNOTATION_LINE, closedMeasures, leadConvention, readAnnotation, type Annotation, type Measure } from './annotations.ts';
import { cnToNumber } from './numbering.ts';

export type MarkerKind =
  | 'article' // 第X条
  | 'cn' // 一、
  | 'pcn' // (一)
  | 'num' // 1. 1、
  | 'pnum' // (1)
  | 'circled' // ①
  | 'shi' // 一是
  | 'qa' // 问：
  | 'row'; // a row of a division-of-labour table (knowledge/tables.ts), not a marker in running text

export interface Marker {
  kind: MarkerKind;
  no: number;
  /** The marker as written, e.g. `(一)`, `第三条`, `1.`, `一是`. */
  label: string;
  /** Characters of the marker at the line's start (label plus any space after it). */
  length: number;
}

export interface Item {
  /** Position in the document's outline. */
  index: number;
  kind: MarkerKind;
  no: number;
  label: string;
  /** Depth below the headings: 0 for the outermost numbered level. */
  depth: number;
  /** Index of the enclosing item, or -1. */
  parent: number;
  /** Headings (not numbered) the item stands under, outermost first. */
  headings: string[];
  /** The item's first sentence without its marker (`载体建设`, `研究将财政资金直达机制…`). */
  title: string;
  /** Character offsets of the item's own text in the document (its marker line up to its first sub-item). */
  start: number;
  end: number;
  /** Offset where the item and all its sub-items end. */
  subtreeEnd: number;
  annotation: Annotation | null;
  /**
   * Annotation lines that close the item after its sub-items (`（一）… 1.行动目标… 2.主要任务…（2）… 牵头单位：X`):
   * part of the item's own text though not next to its marker line. Offsets in the document.
   */
  tail?: { start: number; end: number };
  /** Measures of the item's own text each closed by units of its own (annotations.ts closedMeasures); offsets in the document. */
  measures?: Measure[];
}

const CN = '一二三四五六七八九十百零〇两';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Marker at the very start of a string (a line, or the text right after a split point). */
const MARKERS: { kind: MarkerKind; re: RegExp }[] = [
  { kind: 'article', re: new RegExp(`^第([${CN}\\d]{1,6})条(?![款项])\\s*`, 'u') },
  { kind: 'pcn', re: new RegExp(`^\\(([${CN}]{1,4})\\)\\s*`, 'u') },
  { kind: 'pnum', re: /^\((\d{1,3})\)\s*/u },
  { kind: 'shi', re: new RegExp(`^([${CN}]{1,3})是(?=[^是])`, 'u') },
  { kind: 'cn', re: new RegExp(`^([${CN}]{1,4})、\\s*`, 'u') },
  // `1.` but not a decimal `1.5`; `3.2020年底前` is item 3 (a year follows, not a fraction).
  { kind: 'num', re: /^(\d{1,3})(?:[.、](?!\d)|\.(?=\d{4}年))\s*/u },
  { kind: 'circled', re: new RegExp(`^([${CIRCLED}])\\s*`, 'u') },
  { kind: 'qa', re: /^()问[：:]\s*/u },
];

export function markerAt(s: string): Marker | null {
  for (const { kind, re } of MARKERS) {
    const m = re.exec(s);
    if (!m) continue;
    const raw = m[1] ?? '';
    const no = kind === 'circled' ? CIRCLED.indexOf(raw) + 1 : kind === 'qa' ? 0 : /^\d+$/.test(raw) ? Number(raw) : cnToNumber(raw);
    if (kind !== 'qa' && !(no > 0)) continue;
    const label = m[0].trim();
    return { kind, no, label, length: m[0].length };
  }
  return null;
}

/**
 * Where a marker may start inside a line: after a sentence end, a closing parenthesis or quote, or a
 * colon that introduces a list (`具体措施：1.`). A parenthesised Chinese numeral (`(二)`) also starts
 * an item right after a heading that has no full stop (`…精准性(一)研究…`), but not in a reference
 * (`第三条第(一)项`).
 */
const SPLIT_BEFORE = new RegExp(
  `(?<=[。；;：:！？)”])(?=第[${CN}\\d]{1,6}条|\\([${CN}\\d]{1,4}\\)|[${CN}]{1,4}、|[${CN}]{1,3}是|\\d{1,3}[.、]|[${CIRCLED}]|问[：:]|\\d{1,2}\\.\\s*问[：:])` +
    `|(?<=[\\p{Script=Han}”])(?<![第条款项])(?=\\([${CN}]{1,4}\\)\\S)` +
    // A text with no line breaks (`…管理办法第一章  总    则第一条  为加强…`): a chapter heading, and an
    // article label set off by spaces as published, start where they stand after a word.
    `|(?<=[\\p{Script=Han}。；)”])(?=第[${CN}]{1,3}章|第[${CN}\\d]{1,6}条\\s)`,
  'gu',
);
/** An inline chapter heading (`第二章  计    划`): a line of its own, in order (第一章 first, then 第二章…). */
// (The heading is short and the chapter's first article follows it, or the line ends: `第二章  计    划第十条  按照…`.)
const CHAPTER_AT = new RegExp(`^第([${CN}]{1,3})章[\\p{Script=Han}\\s]{1,16}?(?=第[${CN}\\d]{1,6}条\\s|$)`, 'u');

/**
 * Puts item markers at the start of lines. A marker found inside a line is taken only when it
 * continues the numbering seen so far (`(二)` after `(一)`, `1.` opening a list): inline references
 * and numbers in prose do not match that sequence, so they stay where they are.
 */
export function segment(text: string): string {
  const last = new Map<MarkerKind, number>();
  const out: string[] = [];
  let chapterNo = 0;
  for (const line of text.split('\n')) {
    const heading = CHAPTER_AT.exec(line);
    if (heading) chapterNo = cnToNumber(heading[1]!);
    const head = markerAt(line);
    if (head) last.set(head.kind, head.no);
    if (line.length < 40 || !SPLIT_BEFORE.test(line)) {
      SPLIT_BEFORE.lastIndex = 0;
      out.push(line);
      continue;
    }
    SPLIT_BEFORE.lastIndex = 0;
    let from = 0;
    for (const m of line.matchAll(SPLIT_BEFORE)) {
      const at = m.index!;
      if (at <= from) continue;
      const chapter = CHAPTER_AT.exec(line.slice(at));
      if (chapter) {
        const no = cnToNumber(chapter[1]!);
        if (no !== chapterNo + 1) continue;
        out.push(line.slice(from, at));
        from = at;
        chapterNo = no;
        continue;
      }
      const mk = markerAt(line.slice(at));
      if (!mk || !continues(mk, last)) continue;
      // `一是` inside prose is a list only when a `；`/`。`/`：` precedes it (checked by SPLIT_BEFORE).
      out.push(line.slice(from, at));
      from = at;
      last.set(mk.kind, mk.no);
    }
    out.push(line.slice(from));
  }
  return out.map((l) => l.trim()).filter(Boolean).join('\n');
}

function continues(mk: Marker, last: Map<MarkerKind, number>): boolean {
  if (mk.kind === 'qa') return true;
  const prev = last.get(mk.kind);
  return mk.no === 1 || (prev !== undefined && mk.no === prev + 1);
}

/** A line that is a heading rather than text: markdown `#`, a chapter, or a short line without punctuation. */
export type HeadingTest = (line: string) => boolean;

const SENTENCE_END = /[。；;！？\n]/u;
const CLAUSE_END = /[，,：:]/u;

/** The text before the first match of `stop` (all of it when none): `s.split(stop)[0]` without the other pieces. */
function upTo(s: string, stop: RegExp): string {
  const at = s.search(stop);
  return at < 0 ? s : s.slice(0, at);
}

/** First sentence of an item without its marker, clipped: what the item is called. */
export function itemTitle(rest: string): string {
  // Up to the first stop (found, not split: an article's line is its whole text, every sentence of it).
  const first = upTo(rest, SENTENCE_END);
  // `载体建设。被香港…` — a short lead phrase is the title; a long first sentence is clipped at a comma.
  const clause = first.length > 40 ? upTo(first, CLAUSE_END) : first.replace(/[：:]$/u, '');
  return clause.length > 60 ? clause.slice(0, 60) : clause;
}

/**
 * The outline of a segmented document. Nesting follows the order in which kinds of numbering first
 * appear (一、 above (一) above 1. in one text, (一) at the top in another); a marker of a kind already
 * open closes everything below it. A heading line closes all open items.
 */
export function outline(
  text: string,
  isHeading: HeadingTest,
  cleanHeading: (l: string) => string = (l) => l,
  /** false: leave every annotation null — a reader of numbering and titles only skips reading them (most of the work). */
  annotations = true,
): Item[] {
  const items: Item[] = [];
  const open: number[] = []; // indices of open items, outermost first
  const headings: { level: number; title: string }[] = [];
  // The heading titles items stand under, one array shared by every item until the headings change
  // (a law's hundred items made a copy each; nothing changes an item's headings afterwards).
  let titles: string[] | null = null;
  const headingTitles = () => (titles ??= headings.map((h) => h.title));
  let offset = 0;
  let qaNo = 0;
  const closeOwn = (i: number, at: number) => {
    const it = items[i]!;
    if (it.end < 0) it.end = at;
  };
  const closeTo = (depth: number, at: number) => {
    while (open.length > depth) {
      const i = open.pop()!;
      closeOwn(i, at);
      items[i]!.subtreeEnd = at;
    }
  };
  // Kinds of numbering in the order they first appear: their rank, outermost first.
  const rank = new Map<MarkerKind, number>();
  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const at = offset;
    offset += line.length + 1;
    const mk = markerAt(line);
    if (!mk) {
      if (isHeading(line)) {
        const level = headingLevelOf(line);
        // A box inside the numbered body (`专栏1 工业互联网网络互联互通工程` between items 2 and (二))
        // ends the item before it, not the parts that item stands in: the numbering goes on after it.
        // A heading after which the numbering starts afresh (an annex's table) closes everything.
        if (level === INLINE_LEVEL && open.length && continuesAfter(lines, k + 1, open.map((i) => items[i]!))) {
          closeTo(open.length - 1, at);
          continue;
        }
        closeTo(0, at);
        while (headings.length && headings.at(-1)!.level >= level) headings.pop();
        headings.push({ level, title: cleanHeading(line) });
        titles = null;
      }
      continue;
    }
    // `一是` enumerates within one paragraph: the item is that paragraph.
    if (mk.kind === 'shi') {
      const parent = open.at(-1) ?? -1;
      const i = items.length;
      items.push(newItem(i, mk, line, parent, parent < 0 ? 0 : items[parent]!.depth + 1, headingTitles(), at, at + line.length));
      items[i]!.subtreeEnd = at + line.length;
      continue;
    }
    const no = mk.kind === 'qa' ? ++qaNo : mk.no;
    // (A copy only where the number is not the marker's own: a question's, counted.)
    const marker = no === mk.no ? mk : { ...mk, no };
    if (!rank.has(mk.kind)) rankNew(rank, mk.kind, open.map((i) => items[i]!.kind));
    const r = rank.get(mk.kind)!;
    // `三、` after item `24.` closes 24. and its part: a kind of an outer rank is never nested in an inner one.
    const level = open.findIndex((i) => rank.get(items[i]!.kind)! >= r);
    if (level >= 0) closeTo(level, at);
    else if (open.length) closeOwn(open.at(-1)!, at);
    const parent = open.at(-1) ?? -1;
    const i = items.length;
    items.push(newItem(i, marker, line, parent, open.length, headingTitles(), at, -1));
    open.push(i);
  }
  closeTo(0, text.length);
  lastLikeSiblings(items, text, annotations);
  // Where the document says who of the units listed leads (`列第一位者为牵头单位，下同`, `列逗号之前的为牵头
  // 单位`), it holds for the item that says so and every item after it (for all, when said before them).
  const convention = annotations ? leadConvention(text) : null;
  for (const it of items) {
    if (it.end < 0) it.end = it.subtreeEnd;
    const under = convention && it.end > convention.at ? convention.kind : undefined;
    if (!annotations) continue;
    const own = text.slice(it.start, it.end);
    it.annotation = readAnnotation(own, under);
    const at = it.title ? own.indexOf(it.title) : -1;
    const measures = at >= 0 ? closedMeasures(own, own.slice(0, at + it.title.length)) : [];
    if (measures.length) it.measures = measures.map((m) => ({ ...m, start: it.start + m.start, end: it.start + m.end }));
  }
  if (annotations) closingLines(items, text, (from, to) => readAnnotation(text.slice(from, to), convention && to > convention.at ? convention.kind : undefined));
  return items;
}

/**
 * Annotation lines after the last sub-item of an item close the item, when nothing else in it names units: in
 * `（一）数字创业创新 / 1.行动目标… / 2.主要任务 / （1）… / （2）… / 牵头单位：区科技局` the units lead (一), not
 * its (2) — the lines stand after all of its parts, and no part names units of its own. Where a part before does
 * (`（1）…牵头单位：X / （2）…牵头单位：Y`), each line closes its own part. The lines move from the last part's
 * own text to the item's tail.
 */
function closingLines(items: Item[], text: string, read: (from: number, to: number) => Annotation | null): void {
  for (const leaf of items) {
    // (Lines before the item's own sub-items stand before them: they close nothing but the item.)
    if (!leaf.annotation || leaf.parent < 0 || leaf.end !== leaf.subtreeEnd) continue;
    const lines = text.slice(leaf.start, leaf.end).trimEnd().split('\n');
    let k = lines.length;
    while (k > 1 && ANNOTATION_LINE.test(lines[k - 1]!.trim())) k--;
    if (k === lines.length) continue;
    const from = leaf.start + lines.slice(0, k).join('\n').length + 1;
    const to = leaf.start + lines.join('\n').length;
    // Climb while the item is the last part of the one it stands in and no other part of that one names units.
    let owner = leaf;
    for (let p = items[owner.parent]; p && owner.subtreeEnd === p.subtreeEnd && !p.annotation; p = items[owner.parent]) {
      const others = items.filter((x) => x !== leaf && x.start > p.start && x.start < p.subtreeEnd && x.annotation);
      if (others.length) break;
      owner = p;
      if (owner.parent < 0) break;
    }
    if (owner === leaf) continue;
    // Units named in the part's own text above the lines (`智慧医疗。… / 牵头单位：X / 智慧旅游。… / 牵头单位：Y`):
    // its paragraphs are closed each by its own, and the last lines are the last paragraph's.
    const rest = read(leaf.start, from);
    if (rest && (rest.lead || rest.responsible || rest.support)) continue;
    const annotation = read(from, to);
    if (!annotation) continue;
    for (let x: Item = leaf; x !== owner; x = items[x.parent]!) x.subtreeEnd = from;
    leaf.end = from;
    leaf.annotation = rest;
    owner.annotation = annotation;
    owner.tail = { start: from, end: to };
  }
}

/**
 * How official documents nest their numbering (GB/T 9704): 一、 holds （一）, which holds 1., which holds (1), which
 * holds ①.
 */
const NESTING: readonly MarkerKind[] = ['cn', 'pcn', 'num', 'pnum', 'circled'];

/**
 * Ranks a kind of numbering at its first appearance: after the kinds seen so far — unless a kind it holds by the
 * usual nesting was seen only in another branch (`二、…1.…` then `五、…(一)…1.`: the (一) is not inside a 1., none is
 * open): it ranks before that one, so the 1. after it nests in it and (二) closes both.
 */
function rankNew(rank: Map<MarkerKind, number>, kind: MarkerKind, openKinds: readonly MarkerKind[]): void {
  const at = NESTING.indexOf(kind);
  const held = at < 0 ? [] : [...rank].filter(([k]) => NESTING.indexOf(k) > at && !openKinds.includes(k)).map(([, r]) => r);
  if (!held.length) {
    rank.set(kind, rank.size);
    return;
  }
  const r = Math.min(...held);
  for (const [k, v] of rank) if (v >= r) rank.set(k, v + 1);
  rank.set(kind, r);
}

/** Siblings enough to say how long an item of their list is. */
const LIST_MIN = 3;

/**
 * The last item of a list whose items are one line each is one line too: the paragraphs after it
 * (`对真抓实干…具有重要意义。各有关部门要…于2018年12月31日前报送`, the signature) close the document, not
 * the item — nothing marks where it ends but the lines of its siblings.
 */
function lastLikeSiblings(items: Item[], text: string, readUnits: boolean): void {
  const lists = new Map<string, Item[]>();
  for (const it of items) {
    // (An article's 款 and an answer's paragraphs are lines of their own: a law's last article of a chapter
    // may well have two where the others have one.)
    if (it.kind === 'shi' || it.kind === 'article' || it.kind === 'qa') continue;
    const key = `${it.parent}:${it.kind}`;
    const list = lists.get(key);
    if (list) list.push(it);
    else lists.set(key, [it]);
  }
  const oneLine = (it: Item) => !text.slice(it.start, it.end).trimEnd().includes('\n');
  for (const list of lists.values()) {
    const last = list.at(-1)!;
    if (list.length < LIST_MIN || oneLine(last) || last.subtreeEnd !== last.end || !list.slice(0, -1).every(oneLine)) continue;
    const lineEnd = text.indexOf('\n', last.start);
    const end = lineEnd < 0 ? text.length : lineEnd;
    last.end = last.subtreeEnd = readUnits && lineEnd >= 0 ? continuedByUnits(list, text, lineEnd) ?? end : end;
  }
}

/**
 * Siblings each closed by their units, the last's own line by none and the line after it by some
 * (`15.…制定出台环城生态公园带建设技术规范。 / 在总结评估…后续建设目标任务。（牵头单位：市绿化市容局）`): that line goes on
 * with the item, which its units close — the item is never split from them. The end of that line, or null.
 */
function continuedByUnits(list: Item[], text: string, lineEnd: number): number | null {
  const last = list.at(-1)!;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = nextEnd < 0 || nextEnd > last.end ? last.end : nextEnd;
  if (next <= lineEnd || namesUnits(text.slice(last.start, lineEnd)) || !namesUnits(text.slice(lineEnd, next))) return null;
  return list.slice(0, -1).every((it) => namesUnits(text.slice(it.start, it.end))) ? next : null;
}

/** Whether a stretch of text closes with the units that lead or answer for it (`（牵头单位：X。配合单位：Y）`). */
function namesUnits(s: string): boolean {
  const a = readAnnotation(s);
  return a !== null && (a.lead !== null || a.responsible !== null);
}

/** Whether the next numbered line from `from` on goes on with one of the open items' numbering. */
function continuesAfter(lines: string[], from: number, open: Item[]): boolean {
  for (let k = from; k < lines.length; k++) {
    const mk = markerAt(lines[k]!);
    if (!mk) continue;
    return mk.kind !== 'qa' && mk.kind !== 'shi' && open.some((it) => it.kind === mk.kind && mk.no === it.no + 1);
  }
  return false;
}

/** Level of a heading line: markdown by its `#`s, 编/章 1, 节 2, any other short line INLINE_LEVEL. */
export function headingLevelOf(line: string): number {
  return /^#{1,6}\s/.test(line) ? line.indexOf(' ') : /^第.{1,4}[编章]/u.test(line) ? 1 : /^第.{1,4}节/u.test(line) ? 2 : INLINE_LEVEL;
}

/** A heading that is only a short line without punctuation (no `#`, no 章/节). */
export const INLINE_LEVEL = 3;

function newItem(
  index: number,
  mk: Marker,
  line: string,
  parent: number,
  depth: number,
  headings: string[],
  start: number,
  end: number,
): Item {
  return {
    index,
    kind: mk.kind,
    no: mk.no,
    label: mk.kind === 'qa' ? `问${mk.no}` : mk.label,
    depth,
    parent,
    headings,
    title: lineTitle(line, mk),
    start,
    end,
    subtreeEnd: end,
    annotation: null,
  };
}

/** The title of the item a line with this marker opens. */
function lineTitle(line: string, mk: Marker): string {
  return itemTitle(line.slice(mk.length).replace(/^问[：:]\s*/u, ''));
}

/**
 * The titles outline() gives the items of a text, in order, without building the outline (nesting,
 * offsets, annotations): every line with a marker opens one item, titled from that line alone. Lets a
 * caller that wants only items it can name by title skip the outline of a document that has none.
 */
export function itemTitles(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const mk = markerAt(line);
    if (mk) out.push(lineTitle(line, mk));
  }
  return out;
}

/** The item's own text (marker line to its first sub-item). */
export function itemText(text: string, it: Pick<Item, 'start' | 'end'>): string {
  return text.slice(it.start, it.end).trim();
}

/** The chain from the outermost item down to this one. */
export function itemChain(items: Item[], it: Item): Item[] {
  const chain: Item[] = [];
  for (let cur: Item | undefined = it; cur; cur = cur.parent >= 0 ? items[cur.parent] : undefined) chain.unshift(cur);
  return chain;
}
