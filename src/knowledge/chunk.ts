// 公文-aware chunking. A plan is written as headings (《方案》重点任务), enumerations (一是…八是,
// 第X条, (一)) and sentences; a chunk never crosses a section and keeps its section path, so a
// citation can say where in the document the passage stands.
import { ASSIGNING } from './annotations.ts';
import { headingLevelOf, INLINE_LEVEL, itemChain, markerAt, outline, type Item } from './structure.ts';
import type { Chunk, KnowledgeDocument } from './types.ts';

export const MAX_CHUNK_CHARS = 300;
const MAX_LABEL_CHARS = 24;

const CN_NUM = '一二三四五六七八九十百零〇两';
const ENUM_SHI = new RegExp(`^([${CN_NUM}]{1,3}是)(.*)$`, 'u');
const ARTICLE = new RegExp(`^(第[${CN_NUM}\\d]{1,6}条)\\s*(.*)$`, 'u');
const PAREN_ITEM = new RegExp(`^([(（][${CN_NUM}\\d]{1,3}[)）])\\s*(.*)$`, 'u');
const ORDINAL_ITEM = new RegExp(`^([${CN_NUM}]{1,3}、)(.*)$`, 'u');
// Single characters spaced apart (`肖 像 权`), not words side by side (`局长 孙丽`).
const SPACED_OUT = /(?<!\p{Script=Han})\p{Script=Han}(?:\s+\p{Script=Han}(?!\p{Script=Han}))+/gu;
const CHAPTER = new RegExp(`^第[${CN_NUM}\\d]{1,4}[编章节]\\s*\\S*`, 'u');

/** Sentence ends in Chinese prose; `；` separates the clauses of an enumerated target list. */
export function splitSentences(text: string): string[] {
  const parts = sentenceParts(text);
  // The annotation that closes a measure after its full stop (`…给予全额贴息。（责任单位：市人力社保局）为符合条件的…`)
  // is the measure's, not the next one's: it ends the sentence before it.
  for (let k = 1; k < parts.length; k++) {
    const m = parts[k]!.startsWith('(') || parts[k]!.startsWith('（') ? CLOSING_ANNOTATION.exec(parts[k]!) : null;
    if (!m || /[；;]$/u.test(parts[k - 1]!)) continue;
    parts[k - 1] += m[0];
    const rest = parts[k]!.slice(m[0].length).trim();
    if (rest) parts[k] = rest;
    else parts.splice(k--, 1);
  }
  return parts;
}

/** A sentence's stretch: up to a sentence end (and the quote or bracket closing on it), a line's end, or the text's. */
const SENTENCE = /[^。！？；!?;\n]+(?:[。！？；!?;]+[”’」)）]?|(?=\n)|$)/gu;
/** A stretch that ends a sentence, not a line. */
const ENDS_SENTENCE = /[。！？；!?;][”’」)）]?$/u;

/**
 * The text's sentences, trimmed. A full stop inside brackets ends none (`（牵头单位：市规划资源局。配合单位：…）`): the
 * stretches up to the closing bracket are one — when it comes soon and on the same line (a bracket a typo left
 * open does not swallow the paragraph).
 */
function sentenceParts(text: string): string[] {
  const plain = text.match(SENTENCE) ?? [];
  // (Most texts have no bracket left open at a sentence end: their stretches are the sentences, no positions needed.)
  if (!plain.some(opensBracket)) return plain.map((x) => x.trim()).filter(Boolean);
  const found = [...text.matchAll(SENTENCE)];
  const parts: string[] = [];
  for (let k = 0; k < found.length; k++) {
    let part = found[k]![0];
    if (opensBracket(part)) {
      let joined = part;
      let end = found[k]!.index + part.length;
      let j = k + 1;
      while (j < found.length && j - k <= BRACKET_PARTS && bracketDepth(joined) > 0 && ENDS_SENTENCE.test(joined) && !text.slice(end, found[j]!.index).includes('\n')) {
        joined += text.slice(end, found[j]!.index) + found[j]![0];
        end = found[j]!.index + found[j]![0].length;
        j++;
      }
      if (bracketDepth(joined) === 0) {
        part = joined;
        k = j - 1;
      }
    }
    const trimmed = part.trim();
    if (trimmed) parts.push(trimmed);
  }
  return parts;
}

/** Whether a stretch ends a sentence inside a bracket it opened. */
function opensBracket(part: string): boolean {
  return /[(（]/u.test(part) && ENDS_SENTENCE.test(part) && bracketDepth(part) > 0;
}

/** How many stretches a bracketed one may run over before its bracket counts as left open. */
const BRACKET_PARTS = 3;

/** Brackets opened and not closed in `s` (round, full- or half-width). */
function bracketDepth(s: string): number {
  let d = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') d++;
    else if ((ch === '）' || ch === ')') && d > 0) d--;
  }
  return d;
}

/** A parenthesis naming who is responsible (`（责任单位：市科技局）`, `（市商务局牵头）`), a unit's own short one inside. */
const CLOSING_ANNOTATION = new RegExp(`^[(（](?:[^()（）]|[(（][^()（）]{1,20}[)）]){0,120}?(?:${ASSIGNING}|责任部门)(?:[^()（）]|[(（][^()（）]{1,20}[)）]){0,200}?[)）]`, 'u');

/**
 * A heading: a markdown `#` line; in plain text also a short line that is not a sentence. In a
 * markdown document that marks its headings (`markdown`), a plain line is a heading only when it is a
 * chapter (第X章): its short unpunctuated lines are datelines (`2021年1月1日 施行`), signatures and table
 * cells, not sections.
 */
export const DOC_NUMBER_LINE = /^[(（]?\S{0,12}[〔［[]\d{4}[〕］\]]\S{0,4}号[)）]?$/u;
export const DATE_LINE = /^[(（]?\d{4}年\d{1,2}月\d{1,2}日[)）]?$/u;

/** A formula: an equals sign, or a figure multiplied or divided by a figure. */
const FORMULA = /[=＝]|\d\s*[×÷]\s*\d/u;

export function isHeading(line: string, markdown = false): boolean {
  if (/^#{1,6}\s/.test(line)) return true;
  if (line.length > 30) return false;
  if (CHAPTER.test(line)) return true;
  // A table's row (cells between tabs, pipe-tables.ts) is content, however short; so is a formula
  // (`贷款额度=…×20倍×缴存时间系数`) — not a name that joins words by ×, `数据要素×工业制造`.
  if (line.includes('\t') || FORMULA.test(line)) return false;
  // A document number (`（皖开放办〔2022〕6号）`) or a date line under the title heads nothing: every item
  // would otherwise stand "under" it.
  if (DOC_NUMBER_LINE.test(line) || DATE_LINE.test(line)) return false;
  return !markdown && !/[。，；：、！？,;:!?]/.test(line);
}

/** True for a markdown document that marks its headings with `#`: only those (and chapters) are sections. */
export function marksHeadings(doc: Pick<KnowledgeDocument, 'id' | 'text'>): boolean {
  return /\.(md|markdown)$/i.test(doc.id) && /^#{1,6}\s/m.test(doc.text);
}

function headingLevel(line: string): number {
  const m = /^(#{1,6})\s/.exec(line);
  if (m) return m[1]!.length;
  if (CHAPTER.test(line)) return 2;
  return 2;
}

/** `《方案》总体目标` → `总体目标`: the short book-title prefix only repeats the document's name. */
export function stripTitlePrefix(heading: string): string {
  return heading.replace(/^《[^》]{1,8}》(?=\S)/u, '');
}

function cleanHeading(line: string): string {
  return (
    stripTitlePrefix(line.replace(/^#{1,6}\s+/, ''))
      // `第四章 肖 像 权`: laws space out short titles for print; the words are `肖像权`.
      .replace(SPACED_OUT, (m) => m.replace(/\s+/g, ''))
      .trim()
  );
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + '…' : s;
}

/** The label an enumerated paragraph contributes to the section path, or null. */
export function enumerationLabel(para: string): string | null {
  for (const re of [ENUM_SHI, ARTICLE, PAREN_ITEM, ORDINAL_ITEM]) {
    const m = re.exec(para);
    if (!m) continue;
    const head = (m[2] ?? '').split(/[。：；:;，,]/u)[0]?.trim() ?? '';
    if (re === ARTICLE) return m[1]!;
    return head ? `${m[1]} ${clip(head, MAX_LABEL_CHARS)}` : m[1]!;
  }
  return null;
}

interface Paragraph {
  section: string[];
  text: string;
  /** The outline item the paragraph belongs to (innermost shown), when it belongs to one. */
  item?: number;
}

/** A date line (`2023年8月9日`) or a document number (`国办发〔2020〕43号`) is not a section. */
const NOT_A_HEADING = /^(?:\d{4}年\d{1,2}月\d{1,2}日|\S{0,20}〔\d{4}〕\d+号)$/u;

/** The heading test the chunker and the outline share. */
export function headingTest(doc: Pick<KnowledgeDocument, 'id' | 'text'>): (line: string) => boolean {
  const markdown = marksHeadings(doc);
  const values = markdown ? new Set<string>() : slotValues(doc.text);
  return (line) => isHeading(line, markdown) && !NOT_A_HEADING.test(line) && !values.has(line);
}

/**
 * Lines that read as headings but are an item's whole body: a guide's `三、受理单位` / `广州市社保经办窗口` /
 * `四、基本流程` — a short line right under an item's bare title and right before the next item of its kind
 * heads nothing (nothing stands under it); it is what that item says.
 */
function slotValues(text: string): Set<string> {
  const out = new Set<string>();
  const lines = text.split('\n');
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!isHeading(line) || markerAt(line)) continue;
    const before = markerAt(lines[i - 1]!);
    const after = markerAt(lines[i + 1]!);
    // (The title line holds the marker and a short title only: `三、受理单位`, not a sentence.)
    if (before && after && before.kind === after.kind && after.no === before.no + 1 && isHeading(lines[i - 1]!.slice(before.length))) out.add(line);
  }
  return out;
}

/**
 * Walks the lines keeping a heading stack; each paragraph gets its section path: the headings, then
 * the numbered items it stands in (structure.ts), outermost first. Sub-items of an article (第X条 ›
 * (一)) belong to the article: a law is cited by article.
 */
export function paragraphs(doc: KnowledgeDocument, items: Item[] = outline(doc.text, headingTest(doc))): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: { level: number; title: string }[] = [];
  const heading = headingTest(doc);
  const labels = new Map<number, string>();
  const labelOf = (it: Item) => {
    let l = labels.get(it.index);
    if (l === undefined) {
      const eol = doc.text.indexOf('\n', it.start);
      l = enumerationLabel(doc.text.slice(it.start, eol < 0 ? undefined : eol)) ?? it.label;
      labels.set(it.index, l);
    }
    return l;
  };
  let next = 0; // first item not yet started
  let cur = -1; // last item started
  let offset = 0;
  // A box or caption inside an item's part (`专栏1 …工程`): heads the lines after it, up to the next item.
  let inline = '';
  for (const line of doc.text.split('\n')) {
    const at = offset;
    offset += line.length + 1;
    while (next < items.length && items[next]!.start <= at) cur = next++;
    const starts = cur >= 0 && items[cur]!.start === at;
    if (starts) inline = '';
    let it = cur >= 0 ? items[cur] : undefined;
    while (it && !(at >= it.start && at < it.subtreeEnd)) it = it.parent >= 0 ? items[it.parent] : undefined;
    if (!starts && heading(line)) {
      const title = cleanHeading(line);
      // The document's own title is not a section of itself.
      if (title === doc.title || line.replace(/^#+\s*/, '') === doc.title) continue;
      if (it && headingLevelOf(line) === INLINE_LEVEL) {
        inline = title;
        continue;
      }
      inline = '';
      const level = headingLevel(line);
      while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
      stack.push({ level, title });
      continue;
    }
    const chain = it ? itemChain(items, it) : [];
    const article = chain.findIndex((x) => x.kind === 'article');
    const shown = article >= 0 ? chain.slice(0, article + 1) : chain;
    const own = shown.at(-1);
    out.push({ section: [...stack.map((s) => s.title), ...shown.map(labelOf), ...(inline ? [inline] : [])], text: line, ...(own ? { item: own.index } : {}) });
  }
  return out;
}

function isArticle(label: string | null): boolean {
  return label !== null && /^第.+条$/u.test(label);
}

/** Consecutive paragraphs of one section, cut into sentences: what a chunk may hold. */
interface Unit {
  section: string[];
  /** Sentences (never longer than a chunk), per paragraph. */
  paras: string[][];
  /** Characters as one chunk: the sentences plus a newline between paragraphs. */
  len: number;
  /** The outline item all its paragraphs belong to; undefined when none, or several (packed articles). */
  item?: number;
}

const sameSection = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function units(doc: KnowledgeDocument, items?: Item[]): Unit[] {
  const out: Unit[] = [];
  let unit: Unit | null = null;
  for (const para of paragraphs(doc, items)) {
    const pieces = splitSentences(para.text).flatMap((s) => (s.length > MAX_CHUNK_CHARS ? hardSplit(s) : [s]));
    // A chunk follows one item: two items are never in one chunk, even under equal section labels.
    if (!unit || !sameSection(unit.section, para.section) || unit.item !== para.item) {
      unit = { section: para.section, paras: [], len: 0, ...(para.item !== undefined ? { item: para.item } : {}) };
      out.push(unit);
    }
    if (!pieces.length) continue;
    unit.len += (unit.paras.length ? 1 : 0) + pieces.reduce((n, p) => n + p.length, 0);
    unit.paras.push(pieces);
  }
  return out.filter((u) => u.paras.length);
}

/**
 * Consecutive short articles of one chapter share a chunk (`第一章 总则 › 第一条–第三条`): a law is
 * mostly one- and two-sentence articles, and a chunk each would make tens of thousands of slivers
 * whose BM25 length bonus lets them outrank the passages that actually answer. An article longer
 * than a chunk keeps its own section.
 */
function packArticles(list: Unit[]): Unit[] {
  const out: Unit[] = [];
  let run: Unit[] = [];
  let len = 0;
  const flush = () => {
    if (run.length === 1) out.push(run[0]!);
    else if (run.length > 1) {
      const parent = run[0]!.section.slice(0, -1);
      out.push({ section: [...parent, `${run[0]!.section.at(-1)}–${run.at(-1)!.section.at(-1)}`], paras: run.flatMap((u) => u.paras), len });
    }
    run = [];
    len = 0;
  };
  for (const u of list) {
    if (!isArticle(u.section.at(-1) ?? null) || u.len > MAX_CHUNK_CHARS) {
      flush();
      out.push(u);
      continue;
    }
    const first = run[0];
    if (first && (!sameSection(first.section.slice(0, -1), u.section.slice(0, -1)) || len + 1 + u.len > MAX_CHUNK_CHARS)) flush();
    len += (run.length ? 1 : 0) + u.len;
    run.push(u);
  }
  flush();
  return out;
}

/**
 * Packs sentences into chunks of at most MAX_CHUNK_CHARS, never crossing a section. `items`: the
 * document's outline when the caller has it (load.ts made it for the document's facts), the same
 * one this would make.
 */
export function chunkDocument(doc: KnowledgeDocument, firstId = 0, items?: Item[]): Chunk[] {
  const chunks: Chunk[] = [];
  for (const unit of packArticles(units(doc, items))) {
    let parts: string[] = [];
    let len = 0;
    const flush = () => {
      if (len > 0) {
        chunks.push({
          id: firstId + chunks.length,
          docId: doc.id,
          source: doc.title,
          section: unit.section,
          text: parts.join(''),
          ...(unit.item !== undefined ? { item: unit.item } : {}),
        });
      }
      parts = [];
      len = 0;
    };
    // Short lines of one section (a list of speakers, say) share a chunk; a new paragraph of
    // running prose starts on a new line so sentences from two paragraphs never fuse.
    for (const pieces of unit.paras) {
      pieces.forEach((piece, i) => {
        const sep = i === 0 && len > 0 ? '\n' : '';
        if (len > 0 && len + piece.length > MAX_CHUNK_CHARS) {
          flush();
          parts.push(piece);
          len = piece.length;
          return;
        }
        parts.push(sep + piece);
        len += sep.length + piece.length;
      });
    }
    flush();
  }
  return chunks;
}

/** A sentence longer than a chunk is cut at commas, else at the limit. */
function hardSplit(s: string): string[] {
  const out: string[] = [];
  let buf = '';
  for (const part of s.match(/[^，,]+[，,]?/gu) ?? [s]) {
    if (buf.length + part.length > MAX_CHUNK_CHARS && buf) {
      out.push(buf);
      buf = '';
    }
    buf += part;
    while (buf.length > MAX_CHUNK_CHARS) {
      out.push(buf.slice(0, MAX_CHUNK_CHARS));
      buf = buf.slice(MAX_CHUNK_CHARS);
    }
  }
  if (buf) out.push(buf);
  return out;
}

export function sectionLabel(section: string[]): string {
  return section.join(' › ');
}
