// Text normalisation shared by documents and questions, so both land in the same form.
// Raw press releases scraped from the web carry pinyin glosses after each traditional character
// (`實(shí)施`), mixed full-width/half-width forms and stray white space; the index and the display
// both want clean simplified Chinese.
import { hongKongToSimplified, simplifiedToHongKong, simplifiedToHongKongChar } from './script-convert.ts';

export interface Anomaly {
  /** Offset in the raw text where the damaged gloss starts. */
  position: number;
  /** 1-based line number in the raw text. */
  line: number;
  /** The raw fragment that was removed, e.g. `?lián)`. */
  fragment: string;
  /** A little raw text around it, for the load report. */
  context: string;
  reason: string;
}

export interface Normalized {
  text: string;
  glossesRemoved: number;
  anomalies: Anomaly[];
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const PINYIN_LETTERS = `a-zü${TONED}`;
// One syllable: optional initial, a vowel cluster, optional nasal/rhotic ending. Loose on purpose
// (it accepts a few non-syllables) but it rejects English words such as `draft` or `policy`.
const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouü${TONED}]{1,4}(?:ng|n|r)?$`);

const HAN = '\\p{Script=Han}';
// A Han character followed by a parenthesised gloss, or a gloss whose character and opening
// parenthesis were lost together (only a `?`/U+FFFD or nothing is left before the syllable).
const GLOSS = new RegExp(
  `(?<han>[${HAN}])[(（](?<py>[${PINYIN_LETTERS}]{1,7})[)）]` +
    `|(?<lost>[?？\\uFFFD])(?<stray>[${PINYIN_LETTERS}]{1,7})[)）]`,
  'gu',
);

/** Where a character of the text was lost (stripGlosses). */
export const LOST = '□';

function isPinyin(s: string): boolean {
  return SYLLABLE.test(s);
}

/** Removes pinyin glosses; reports glosses whose Han character was lost. Works on raw text. */
export function stripGlosses(raw: string): Normalized {
  let glossesRemoved = 0;
  const anomalies: Anomaly[] = [];
  const text = raw.replace(GLOSS, (match, ...args) => {
    const offset = args[args.length - 3] as number;
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    if (groups.han !== undefined) {
      if (!isPinyin(groups.py!)) return match;
      glossesRemoved++;
      return groups.han;
    }
    if (!isPinyin(groups.stray!)) return match;
    const line = raw.slice(0, offset).split('\n').length;
    anomalies.push({
      position: offset,
      line,
      fragment: match,
      context: raw.slice(Math.max(0, offset - 12), offset + match.length + 12).replace(/\n/g, ' '),
      reason: 'lost character: a pinyin gloss without its character and opening parenthesis',
    });
    // The character is gone, not the place it held: □, as printed texts mark an illegible one, so the words
    // around it are not read as one (`体现新□□、彰显新作为`, not `体现新、彰显`) and a quote of the whole can still be found.
    return LOST;
  });
  return { text, glossesRemoved, anomalies };
}

// One pass with phrase tables: a second pass over already simplified text would turn 显著 into 显着.
// Each converter is made on its first use (main.ts warms them once the server listens); they are
// opencc-js's hk2s and s2hk in flat tables (script-convert.ts), not its tries of Maps.
let t2sConverter: ((s: string) => string) | null = null;
let s2tConverter: ((s: string) => string) | null = null;
const t2s = (s: string): string => (t2sConverter ??= hongKongToSimplified())(s);
const s2tFull = (): ((s: string) => string) => (s2tConverter ??= simplifiedToHongKong());
const s2t = (s: string): string => s2tFull()(s);
// One character at a time, for the leaning of a question's characters: without the phrase tables,
// which only a traditional answer needs (made on its first use, or by main.ts a while after the start).
let s2tCharConverter: ((ch: string) => string) | null = null;
const s2tChar = (ch: string): string => (s2tCharConverter ??= simplifiedToHongKongChar(s2tFull))(ch);

export function toSimplified(s: string): string {
  return t2s(s);
}

export function toTraditional(s: string): string {
  return s2t(s);
}

/**
 * Which way a single Han character leans: 1 traditional-only, -1 simplified-only, 0 both or
 * neither. Remembered per character (a few thousand in practice, bounded by Unicode): converting
 * the whole question with opencc on every request was the costliest step of a cached answer.
 */
const leaning = new Map<string, number>();
const HAN_CHAR = /\p{Script=Han}/u;

function leanOf(ch: string): number {
  let v = leaning.get(ch);
  if (v === undefined) {
    v = HAN_CHAR.test(ch) ? (t2s(ch) !== ch ? 1 : s2tChar(ch) !== ch ? -1 : 0) : 0;
    leaning.set(ch, v);
  }
  return v;
}

/**
 * leanOf of each UTF-16 code unit that is a character of its own, by code (UNKNOWN until first asked):
 * every question's script is told from its characters, and a Map lookup per character by a one-character
 * string made for it was 2% of a distinct question's time.
 */
const UNKNOWN = 2;
let leaningByCode: Int8Array | null = null;

/** True when the text is written in traditional characters (more traditional-only than simplified-only). */
export function isTraditional(s: string): boolean {
  const table = (leaningByCode ??= new Int8Array(0x10000).fill(UNKNOWN));
  let balance = 0;
  // Code points, as `for (const ch of s)`: a surrogate pair is one character, a lone surrogate one of its own.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        balance += leanOf(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    let v = table[c]!;
    if (v === UNKNOWN) table[c] = v = leanOf(String.fromCharCode(c));
    balance += v;
  }
  return balance > 0;
}

const CN_PUNCT: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };

/**
 * The characters foldWidth may change: small form variants, full-width forms other than the sentence
 * punctuation it keeps (！，：；？ — the parentheses are folded), the ideographic space, and ASCII
 * sentence punctuation. A question (`…是多少？`) usually has none: five regular expressions over it
 * changed nothing, on every normalisation of every question.
 */
const WIDTH_WORK = /[\uFE50-\uFE6B\uFF02-\uFF0B\uFF0D-\uFF19\uFF1C-\uFF1E\uFF20-\uFF5E\u3000,:;!?]/;

/** Full-width letters, digits and symbols → ASCII; ASCII sentence punctuation inside Chinese → Chinese. */
export function foldWidth(s: string): string {
  if (!WIDTH_WORK.test(s)) return s;
  // Small form variants (`1﹒`, `﹐`, `﹙一﹚`, as some legal databases export 公文) are the ASCII forms.
  let out = s.replace(/[\uFE50-\uFE6B]/g, (c) => c.normalize('NFKC'));
  out = out.replace(/[\uFF01-\uFF5E]/g, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    // Keep Chinese sentence punctuation full-width: it is how 公文 is written and how users read it.
    return /[,:;!?()]/.test(ascii) ? c : ascii;
  });
  out = out.replace(/\u3000/g, ' ');
  // `,` between a Han character (or closing quote/digit) and a following Han character is a
  // half-width slip in Chinese prose; `1,000` stays as it is.
  out = out.replace(/([\p{Script=Han}”’）)》\d%])[^\S\n]*([,:;!?])[^\S\n]*(?=[\p{Script=Han}“‘《(（\d]|$)/gmu, (m, a, p, offset, whole) => {
    if (p === ',' && /\d/.test(a) && /\d/.test(whole[offset + m.length] ?? '')) return m;
    if (p === ':' && /\d/.test(a) && /\d/.test(whole[offset + m.length] ?? '')) return m;
    return a + CN_PUNCT[p];
  });
  // Parentheses around Chinese text read better full-width, but ASCII is what people type;
  // fold both to ASCII so `（一）` and `(一)` index alike.
  out = out.replace(/（/g, '(').replace(/）/g, ')');
  return out;
}

const NEEDS_SPACE_FOLD = /[\s\u200B-\u200D]/;

/**
 * Collapses runs of spaces, trims each line, drops empty lines and control characters. A tab stays
 * (one per run): it is how readers keep a table's cells apart, and a division-of-labour table's
 * columns say who leads each row (knowledge/tables.ts).
 */
export function foldSpace(s: string): string {
  // Nothing to collapse, trim or drop (no white space, no zero-width character): the text as it is —
  // a Chinese question seldom has any, and the pipeline below would rebuild it line by line.
  if (!NEEDS_SPACE_FOLD.test(s)) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[^\S\n]*\t[^\S\n]*/g, '\t')
    .replace(/[^\S\n\t]+/g, ' ')
    .split('\n')
    .map((l) => l.replace(/^[^\S\t]+|[^\S\t]+$/gu, ''))
    .filter((l) => l.trim().length > 0)
    .join('\n');
}

/**
 * Spaces a PDF's line wrapping left inside prose (`战略新 兴`, `引导 资金`, `第 1 7 条`, `不少于5 个工作日`):
 * in a line that reads as sentences (it has Chinese sentence punctuation), a space between two Han
 * characters, between a figure and the Han beside it, or inside an article number joins nothing. Lines without such punctuation (a title with two issuers,
 * a table's header row) keep theirs.
 */
export function joinWrappedWords(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const numbered = line.replace(/第\s*(\d[\d ]*?)\s*条/gu, (_, n: string) => `第${n.replace(/ /g, '')}条`);
      // (Not the space after an article's number: `第一条 为了…` is how laws are set.)
      // (…nor a space between a figure and its unit or the word before it, `不少于5 个工作日`, `2023 年5 月`.)
      return /[。，；]/u.test(numbered)
        ? numbered.replace(/(?<!第[\p{Script=Han}\d]{1,8}条)(?:(?<=[\p{Script=Han}，。；、：”]) (?=[\p{Script=Han}，。；、：“])|(?<=\d) (?=[\p{Script=Han}%])|(?<=[\p{Script=Han}]) (?=\d))/gu, '')
        : numbered;
    })
    .join('\n');
}

/**
 * The labels of a law database's or a portal's header fields (`发文字号`, `施行日期`, `效力级别`), in simplified and
 * traditional forms: a copy of such a page often loses the separator between label and value.
 */
const FIELD_LABEL = new RegExp(
  // Dates take a figure, numbers a code (`MD-TM-2021-01`, `〔2023〕`), the others a word — never a conjunction or a
  // copula after the label (`实施日期和过渡期安排`, `发布日期为…`, `文号管理规定` are prose).
  '^(?:(?:发文|發文|发布|發布|成文|公布|施行|实施|實施|生效|失效)日期(?=[\\d〇○一二])' +
    '|(?:发文字号|發文字號|文号|文號|索引号|索引號)(?=[A-Za-z\\d〔［\\[（(])' +
    '|(?:发文机关|發文機關|发布机关|發布機關|制定机关|制定機關|时效性|時效性|效力级别|效力級別|主题分类|主題分類|公文种类|公文種類)(?![\\s:：，,。、（(和及与或的为是]|管理))',
  'u',
);
/** The same at the start of any line: most documents have no such field, and their lines are not split to look. */
const FIELD_LABEL_ANY_LINE = new RegExp(FIELD_LABEL.source, 'mu');
/** Longest a header field's line runs. */
const FIELD_LINE_MAX = 60;

/**
 * `发文字号MD-TM-2021-01`, `施行日期2021年08月13日`: a header field copied without its separator reads as one word
 * (`发文字号MD`), and its value as no date or number the question's words can find — the label and its value
 * are set apart again, as the page showed them. Only a short line that begins with such a label and is no sentence.
 */
export function separateFieldLabels(text: string): string {
  if (!FIELD_LABEL_ANY_LINE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => (line.length <= FIELD_LINE_MAX && !/[，。；]/u.test(line) ? line.replace(FIELD_LABEL, (label) => `${label}：`) : line))
    .join('\n');
}

/** A line that is a piece of a sentence only: a number, brackets, punctuation (`2021`, `〔`, `）`, `；`, `83608057`). */
const FRAGMENT = /^[\d.．%+\-–—~～·/〔〕［］\[\]()（）《》“”"'，。；、：:;,!?！？…]+$/u;
/** What only continues a line: a comma, a stop, a closing bracket. */
const CONTINUES = /^[，。；、：）)〕」”的]/u;
/** What a line cannot end with unless the sentence goes on: a comma, an opening bracket. */
const CONTINUED = /[，、（(〔《“「]$/u;
/** A sentence's end: a line that ends so is whole whatever follows. */
const LINE_END = /[。；！？!?]$/u;
/** A heading on its line (`七、保障措施`, `（二）用户参与条件`, `附录2：竞价指引`). */
const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|第\S{1,6}[章节条])[^。；，.…]{0,12}$/u;
/** Share of a document's lines that are fragments from which its lines are read as broken at every span. */
const BROKEN_SHARE = 0.15;
/** …and the fewest such lines: a page number or two is no broken text. */
const BROKEN_MIN = 12;

/**
 * A page copied from a PDF viewer may put every number and bracket on a line of its own (`依据《…
 * 通知》（津工信电力〔` / `2021` / `〕` / `2` / `号）等文件`): the sentence is broken wherever a figure stood,
 * and a figure read alone belongs to nothing. In a text where such fragments are a good share of the
 * lines, a fragment joins the line before it, and the line after a fragment that ends no sentence joins
 * it — so `2021` / `年春节期间…` reads `2021年春节期间…` again. Other texts are left as they are.
 */
export function joinBrokenLines(text: string): string {
  const lines = text.split('\n');
  const fragments = lines.filter((l) => FRAGMENT.test(l)).length;
  if (fragments < BROKEN_MIN || fragments < lines.length * BROKEN_SHARE) return text;
  const out: string[] = [];
  let last = '';
  for (const line of lines) {
    // (A fragment after a sentence's end or a heading opens the next line: `特此通知。` / `2021` / `年2月2日`.)
    const opens = LINE_END.test(last) || (out.length > 0 && HEADING_LINE.test(out[out.length - 1]!));
    // (…and a line never opens with a comma, a closing bracket or 的, nor ends with a comma or an opening
    // bracket: `以集中形式参与` / `，鼓励中小型用户…`; `首先，` / `需在规定的竞价时间内…`.)
    const joins =
      out.length > 0 && ((FRAGMENT.test(line) && !opens) || (FRAGMENT.test(last) && !LINE_END.test(last)) || ((CONTINUES.test(line) || CONTINUED.test(last)) && !LINE_END.test(last)));
    if (joins) out[out.length - 1] += line;
    else out.push(line);
    last = line;
  }
  return out.join('\n');
}

/** Full document normalisation: glosses, width, space, script. */
export function normalizeDocument(raw: string): Normalized {
  const stripped = stripGlosses(raw);
  const text = toSimplified(separateFieldLabels(joinWrappedWords(joinBrokenLines(foldSpace(foldWidth(stripped.text))))));
  return { ...stripped, text };
}

/**
 * The same normalisation for a user's question (no gloss report needed). One turn normalises the
 * same few strings again and again (small talk, the rewrite rules, the facts, the parse each do it):
 * the last QUERY_FORMS results are kept, a pure function's, so nothing but the time changes.
 */
/**
 * `啥` is the spoken 什么 (`啥时候发的`, `为啥`, `有啥要求`): one form, so every way of asking that reads 什么
 * reads it too — in the facts' patterns as in the ranking. (And a level said `省一级` is 省级.)
 */
export function spokenAsking(q: string): string {
  const asked = q.includes('啥') ? q.replace(/啥/gu, '什么') : q;
  // `省一级的呢`, `地市一级`: a level of government said as people say it is the text's 省级, 市级.
  return asked.includes('一级') ? asked.replace(/(?<=[省市县区乡镇村])一级/gu, '级') : asked;
}

export function normalizeQuery(q: string): string {
  let v = queryForms.get(q);
  if (v === undefined) {
    v = spokenAsking(toSimplified(foldSpace(foldWidth(stripGlosses(q).text))).replace(/\n/g, ' '));
    // Bounded: emptied when full (distinct questions never come back to a stale entry's harm).
    if (queryForms.size >= QUERY_FORMS) queryForms.clear();
    queryForms.set(q, v);
  }
  return v;
}

const QUERY_FORMS = 1024;
const queryForms = new Map<string, string>();

/** The characters foldWidth makes ASCII that a source may write full-width, with their full-width forms. */
const WIDE_FORMS: [string, string][] = [['(', '（'], [')', '）'], ['%', '％'], ['/', '／']];
const WIDE_CHARS = new Set(WIDE_FORMS.flat());

/** Which of them a source writes full-width more often than not (`（原粮）`, `100元／吨`): for asWritten. */
export function wideForms(raw: string): string {
  // One pass over the text (a law runs to hundreds of kilobytes), counting only these eight characters.
  const count = new Map<string, number>();
  for (const ch of raw) if (WIDE_CHARS.has(ch)) count.set(ch, (count.get(ch) ?? 0) + 1);
  return WIDE_FORMS.filter(([ascii, wide]) => (count.get(wide) ?? 0) > (count.get(ascii) ?? 0)).map(([ascii]) => ascii).join('');
}

/**
 * A quote from a document in the forms its source writes (`市级储备粮（原粮）保管费每年100元／吨`), the
 * `wide` characters back to full-width. A slash only between words (`元/吨`), never in an address.
 */
export function asWritten(text: string, wide: string): string {
  if (!wide) return text;
  let out = text;
  for (const [ascii, full] of WIDE_FORMS) {
    if (!wide.includes(ascii)) continue;
    out = ascii === '/' ? out.replace(/(?<=[\p{Script=Han}\d])\/(?=\p{Script=Han})/gu, full) : out.split(ascii).join(full);
  }
  return out;
}
