// A set named by its count — `“三篇大文章”`, `三个万亿级产业基地`, `“六个一体化”` — whose members the text
// never lists. Asked `分别是哪三篇`, the sentence that names the set is no answer: it says there are three,
// not which. A text that lists them writes them beside the name, before it (`储气、储碳、储能“三大储库”`,
// `…、…、…3项任务`) or after it (`三个万亿级产业基地：…、…、…`); a name standing alone everywhere in the
// document lists nothing the asker can be told.
import { parseNumber, toChineseNumber } from '../text/numerals.ts';

/** A set's count as said (`三`, `两`, `8`) and the measure words that count its members. */
const COUNT = '[两二三四五六七八九十]|\\d{1,2}';
const MEASURE = '个|篇|项|条|大|种|类|家|样|件';

/** The members of a counted set asked: `分别是哪三篇`, `这六个具体都是啥`, `哪三个行业`, `一条条列出来`. */
const MEMBERS_ASKED = new RegExp(`分别(?:是|为|叫|指)|(?:具体|都)(?:都)?(?:是|指|包括)(?:哪|啥|什么)|哪(?:${COUNT})(?:${MEASURE})|[一逐]条(?:一?条|条)?(?:地)?列|列(?:一下|出来|个清单)`, 'u');

/** A count and its measure word, then what is counted: `三篇大文章`, `六个一体化`, `3项任务` (not an article's `第九条`). */
const COUNTED = new RegExp(`(?<![第\\d一二三四五六七八九十百零两])(${COUNT})(${MEASURE})(\\p{Script=Han}{2,10})`, 'gu');
/** The count a question says it asks (`哪三篇`, `这六个`). */
const COUNT_ASKED = new RegExp(`(?:哪|这|那)(${COUNT})(?:${MEASURE})`, 'gu');

/** Members written out: two or more separators of a list within one clause. */
const LIST_SEPARATORS = /[、；;]/gu;

/** How far before or after a set's name its members are looked for, in characters. */
const BESIDE = 80;

/**
 * The set the question asks the members of (as the text names it), when the answer shown names it and the
 * document lists its members nowhere beside any mention of it; else null.
 */
export function unlistedSet(question: string, shown: string, documentText: string): string | null {
  if (!MEMBERS_ASKED.test(question)) return null;
  for (const m of shown.matchAll(COUNTED)) {
    const count = parseNumber(m[1]!);
    if (count === null || count < 2) continue;
    const name = namePart(m[3]!, question);
    if (!name || !asksCount(question, count)) continue;
    const mention = `${m[1]}${m[2]}${name}`;
    if (!listedBeside(documentText, mention, count) && !listedAfter(documentText, mention, count)) return mention;
  }
  return null;
}

/**
 * What is counted, as far as the question says it too: `大文章` of `大文章”，分别…`, `万亿级产业基地` of
 * `万亿级产业基地贡献更大力量` asked as `万亿级的产业基地` — two characters together at least; else none.
 */
function namePart(run: string, question: string): string {
  const said = question.replace(/的/gu, '');
  const quoted = run.replace(/[”"」』].*$/u, '');
  let end = 0;
  for (let i = 0; i + 2 <= quoted.length; i++) {
    if (!said.includes(quoted.slice(i, i + 2))) break;
    end = i + 2;
  }
  return end >= 2 ? quoted.slice(0, end) : '';
}

/** Whether the count the question asks (`哪三篇`, `这六个`), when it says one, is the set's. */
function asksCount(question: string, count: number): boolean {
  const said = [...question.matchAll(COUNT_ASKED)].map((m) => parseNumber(m[1]!));
  return !said.length || said.includes(count);
}

/** Whether some mention of the set has `count` members written beside it, in the clause before or after it. */
function listedBeside(text: string, mention: string, count: number): boolean {
  for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
    const preceding = text.slice(Math.max(0, at - BESIDE * 2), at);
    // (`…的困难残疾人生活补贴和重度残疾人护理补贴（以下简称残疾人两项补贴）`: the name stands for what it follows.)
    if (/(?:简称|统称|合称)[“"]?$/u.test(preceding)) return true;
    // (`…，…以及促进知识产权转化运用等六个方面`: the clauses before 等 are the members, commas and all.)
    if (/等$/u.test(preceding) && (preceding.slice(preceding.search(/[^。！？!?：:]*$/u)).match(/[，,、；;]|以及/gu)?.length ?? 0) >= count - 1) return true;
    const before = clause(text.slice(Math.max(0, at - BESIDE), at), 'before');
    const next = text.slice(at + mention.length, at + mention.length + BESIDE * 2);
    const after = clause(next.slice(0, BESIDE), 'after');
    // (`“两个允许”（允许…，允许…）`: the members in a parenthesis right after the name, by commas too.)
    const glossed = /^[”"」』]?[（(]([^）)]{4,}?)[）)]/u.exec(next)?.[1];
    if (separators(before) >= count - 1 || separators(after) >= count - 1 || (glossed && (glossed.match(/[、；;，,]/gu)?.length ?? 0) >= count - 1)) return true;
  }
  return false;
}

/** Most members a numbered series is read to. */
const MOST_NUMBERED = 10;
/**
 * Ordinals a text numbers members by — `一是`, `第一，`, `（1）`, `（一）`, `一、` or `1.` opening a line — each kind's
 * marks for one to MOST_NUMBERED (index k), made once.
 */
const MARKERS: RegExp[][] = [
  (n: string) => `${n}是`,
  (n: string) => `第${n}[，,、：:]`,
  (_: string, k: number) => `[（(]${k}[）)]`,
  (n: string) => `[（(]${n}[）)]`,
  (n: string) => `(?:^|\\n)\\s*${n}、`,
  (_: string, k: number) => `(?:^|\\n)\\s*${k}[.．、](?!\\d)`,
].map((mark) => Array.from({ length: MOST_NUMBERED + 1 }, (_, k) => new RegExp(k ? mark(toChineseNumber(k), k) : '(?!)', 'u')));
/** How soon after a set's name the first of its numbered members must come, in characters. */
const SERIES_NEAR = 100;

/**
 * Whether members numbered from one to `count` follow a mention of the set at once (`…8个方面：` then `一是…`
 * to `八是…`, and no `九是`): a series that starts further on, or runs to another length, lists other things
 * (the plan's `三篇大文章` is followed by its eight aspects).
 */
function listedAfter(text: string, mention: string, count: number): boolean {
  if (count > MOST_NUMBERED) return false;
  for (let at = text.indexOf(mention); at >= 0; at = text.indexOf(mention, at + 1)) {
    const rest = text.slice(at + mention.length);
    for (const marker of MARKERS) {
      const first = marker[1]!.exec(rest);
      if (!first || first.index > SERIES_NEAR) continue;
      if (seriesLength(rest.slice(first.index + first[0].length), marker) === count) return true;
    }
  }
  return false;
}

/** How many members a series numbered by `marker` has, its first just read: each next one before a restart. */
function seriesLength(rest: string, marker: RegExp[]): number {
  let n = 1;
  let text = rest;
  while (n < MOST_NUMBERED) {
    const next = marker[n + 1]!.exec(text);
    if (!next) break;
    const restart = marker[1]!.exec(text);
    if (restart && restart.index < next.index) break;
    n++;
    text = text.slice(next.index + next[0].length);
  }
  return n;
}

/**
 * The clause next to a mention: back over the two comma-clauses before it (members written before a name run up
 * to it, `储气、储碳、储能“三大储库”`), or up to the first full stop after it (`…基地：石化、冶金、…`).
 */
function clause(s: string, side: 'before' | 'after'): string {
  // (…or across one comma, `成果超过4000项、企业超过6000家，实现“两个翻两番”`.)
  if (side === 'before') {
    const sentence = s.slice(s.search(/[^。！？!?：:]*$/u));
    return sentence.split(/[，,]/u).slice(-2).join('，');
  }
  const end = s.search(/[。！？!?]/u);
  return end < 0 ? s : s.slice(0, end);
}

/** Separators of a list's members, and the 和 or 及 that joins its last two (`人道、公正…、统一和普遍`, `即申报和审核`). */
function separators(s: string): number {
  return (s.match(LIST_SEPARATORS)?.length ?? 0) + (/[和及与]/u.test(s) ? 1 : 0);
}
