// Low-level text helpers for fact extraction. Every fact must keep a source that occurs verbatim in the
// normalised document, so these helpers only ever slice the text; they never rewrite it.
import { CN_NUM_CHARS } from '../../text/numerals.ts';

/** `一是…`, `二是…`: the enumeration plans of this genre use most for target groups and task areas. */
export const ENUM_LINE = new RegExp(`^([${CN_NUM_CHARS}]+)是(.*)$`);

export type MarkStyle = 'shi' | 'paren' | 'dun' | 'arabic';

/** An enumerated line: its marking style, its number as written, and the text after the mark. */
export interface EnumMark {
  style: MarkStyle;
  no: string;
  rest: string;
}

// Writers of the genre number areas and groups in several ways (`一是`, `(一)`, `一、`, `1.`); widths are
// already folded, so `（一）` arrives as `(一)` and `１．` as `1.`.
const MARKS: [MarkStyle, RegExp][] = [
  ['shi', ENUM_LINE],
  ['paren', new RegExp(`^\\(([${CN_NUM_CHARS}]+|\\d{1,2})\\)\\s*(.*)$`)],
  ['dun', new RegExp(`^([${CN_NUM_CHARS}]+)、\\s*(.*)$`)],
  ['arabic', /^(\d{1,2})[.、](?!\d)\s*(.*)$/],
];

export function enumMark(line: string): EnumMark | null {
  for (const [style, re] of MARKS) {
    const m = re.exec(line);
    if (m) return { style, no: m[1]!, rest: m[2]! };
  }
  return null;
}

/**
 * Splits a line into sentences on 。！？ outside quotes. Each sentence is a slice of the line, so it
 * stays verbatim (a `。` inside “…” belongs to the quotation, not to the sentence).
 */
export function splitSentences(line: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '“' || c === '「') depth++;
    else if (c === '”' || c === '」') depth = Math.max(0, depth - 1);
    else if (depth === 0 && '。！？'.includes(c)) {
      const s = line.slice(start, i + 1).trim();
      if (s) out.push(s);
      start = i + 1;
    }
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Splits on a separator but keeps every piece a verbatim slice (no trimming of inner text). */
export function splitClauses(s: string, separators: RegExp): string[] {
  return s
    .split(separators)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * The readings of an enumeration, most likely first: `、` with glued names, plain `、`, and quoted names
 * side by side (`“A”“B”`). The caller keeps the one whose length agrees with the count the text states.
 */
export function enumerationReadings(list: string): string[][] {
  const quoted = list.match(/“[^“”]+”/g);
  const readings = [splitEnumeration(list), splitClauses(list, /、/)];
  if (quoted && quoted.length > 1 && quoted.join('') === list.trim()) readings.push(quoted);
  return readings;
}

/** The reading whose length is the stated count, else the first (the mismatch is then warned about). */
export function pickReading(readings: string[][], stated: number | null): string[] {
  return readings.find((r) => r.length === stated) ?? readings[0]!;
}

/**
 * Splits an enumeration `A、B、C`. Names that themselves contain `、` (`抓好标准、计量建设`) are glued back
 * when most items share a leading verb and a fragment does not start with it.
 */
export function splitEnumeration(list: string): string[] {
  const parts = splitClauses(list, /、/);
  if (parts.length < 3) return parts;
  const heads = new Map<string, number>();
  for (const p of parts) heads.set(p.slice(0, 2), (heads.get(p.slice(0, 2)) ?? 0) + 1);
  const [head, n] = [...heads.entries()].sort((a, b) => b[1] - a[1])[0]!;
  if (n < parts.length / 2 || n === parts.length) return parts;
  const out: string[] = [];
  for (const p of parts) {
    if (!p.startsWith(head) && out.length > 0) out[out.length - 1] += `、${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * A heading in the normalised text: a short line without sentence punctuation. Used only to label
 * citations, so a false positive costs nothing but a slightly odd section name.
 */
export function isHeading(line: string): boolean {
  return line.length <= 40 && !/[，。；：！？]/.test(line) && !ENUM_LINE.test(line) && !isHeadline(line);
}

/**
 * A news headline (`“…”主题新闻发布会召开`): the title of the press release, not a section of the plan,
 * so it must not label citations or be offered as a topic.
 */
export function isHeadline(line: string): boolean {
  return /(发布会|新闻发布|座谈会|会议)(\(第.{1,3}场\))?(召开|举行|举办|开幕)$/.test(line);
}

/** Leading verbs of task names (`抓好…`); stripped when matching a question to a task. */
const TASK_VERBS =
  /^(抓好|抓实|做好|做强|做大|做优|推进|推动|加快|加强|强化|实施|开展|打造|提升|促进|深化|完善|培育|建设|支持|扩大|积极扩大|拓展|发展|落实|引进|扶持|办好|布局|夯实|激活|优化|营造|引育)/;

/** The distinctive part of a task name: `抓好“专精特新”企业培育` → `专精特新企业培育`. */
export function taskCore(name: string): string {
  return name.replace(TASK_VERBS, '').replace(/[“”"‘’「」]/g, '');
}

/** Character bigrams of Han runs plus ASCII words: the unit of the loose lexical checks. */
export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.match(/[A-Za-z0-9&.]+/g) ?? []) out.add(w.toLowerCase());
  for (const run of s.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  }
  return out;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
