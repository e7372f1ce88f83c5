// Matching a question to facts. Everything here errs towards "no match": a question the facts cannot
// answer exactly must fall through to retrieval, so each matcher also measures what of the question it
// did NOT explain (the residue) and the intents refuse when too much is left over.
import { bigrams } from '../../knowledge/facts/text.ts';
import { QUESTION_SYNONYMS } from '../../knowledge/facts/vocab.ts';
import type { Area, PlanFacts, Speaker } from '../../knowledge/facts/plan.ts';
import { normalizeQuery } from '../../text/normalize.ts';
import { NUM_PATTERN, parseNumber } from '../../text/numerals.ts';

/** Normalised question with colloquial short forms expanded to the plan's own wording. */
export function prepareQuestion(raw: string): string {
  let q = normalizeQuery(raw).replace(/\s+/g, '');
  for (const [re, to] of QUESTION_SYNONYMS) q = q.replace(re, to);
  return q;
}

// Question scaffolding that carries no content. Longest first so `怎么做` goes before `怎么`.
export const FILLERS = [
  '我想知道', '想知道', '想了解', '告诉我', '请问', '一下', '介绍', '说说', '讲讲', '这份', '这个', '这项', '这几项',
  '专项方案', '行动方案', '方案', '文件', '里面', '当中', '其中', '提到', '提出', '明确', '包括', '包含', '具体',
  '内容', '讲的', '说的', '讲', '怎么做', '怎么样', '怎么', '如何', '怎样', '安排', '主要', '重点', '一共', '总共', '哪些', '哪个', '哪位',
  '哪项', '哪几', '什么', '多少', '分别', '都是', '叫做', '叫', '请', '哪', '几', '是', '的', '了', '吗', '呢', '啊',
  '呀', '吧', '么', '都', '有', '要', '共', '里', '中', '该', '本', '做', '项', '个', '第', '谁', '和', '及', '与',
  '是啥', '干啥', '干嘛', '干吗', '干什么', '啥', '咋样', '咋', '行动计划', '实施方案', '实施意见',
  // The genre's words for its own lists and for the text itself (`任务清单按顺序第3条`, `所解读文件的标题`),
  // and the asker's courtesy (`烦请告知`): none names a fact.
  '清单', '列表', '单子', '按顺序数', '按顺序', '顺序', '依次', '原文', '所解读', '告知', '烦请', '请告诉', '本次', '这次',
  // Words that total (`共分几个方面、合计多少项`).
  '合计', '总计', '共计', '共分', '加起来', '加一块',
  // How a place in a list is counted (`从头往下数，排第十三的那条`).
  '从头往下数', '从头数', '往下数', '从前往后数', '排在', '那一项', '那条', '那项', '那块',
  // …and one entry after another (`一条条往下数`, `一项项对`): a measure said twice counts, it names nothing.
  '一条条', '一项项', '一个个', '一件件', '一块块',
].sort((a, b) => b.length - a.length);

/**
 * Content characters left after removing the explained parts and the scaffolding. A facts answer
 * is only right when the question asks nothing beyond what it matched.
 */
export function residue(q: string, explained: readonly string[] = [], extraFillers: readonly string[] = []): string {
  // Cut parts leave a gap, so what stood apart in the question is not read as one word.
  let r = q;
  for (const part of [...explained, ...extraFillers].filter(Boolean).sort((a, b) => b.length - a.length)) {
    r = r.split(part).join('|');
  }
  for (const f of FILLERS) r = r.split(f).join('|');
  // What is left may be only the asker's grammar (`设了…来着`, `那项说的是啥`): with a tagger, words that
  // cannot name a fact — particles, pronouns, adverbs, numerals, single characters — are not residue.
  return contentOnly(r);
}

/**
 * The runs of the question (two characters or more) that stand in a title: how the asker names the
 * document (`盘锦工业三年行动` of 盘锦市工业增长三年行动专项方案), which says which paper, not what about it.
 */
export function titleRuns(q: string, title: string | null | undefined): string[] {
  if (!title) return [];
  const runs: string[] = [];
  for (let i = 0; i < q.length; ) {
    let n = 0;
    while (i + n < q.length && title.includes(q.slice(i, i + n + 1))) n++;
    if (n >= 2) runs.push(q.slice(i, i + n));
    i += Math.max(n, 1);
  }
  return runs;
}

/** Parts of speech that name a thing: nouns, verbal and adjectival nouns, abbreviations, set phrases. */
const NOMINAL_TAG = /^(?:n\w*|vn|an|j|l|i)$/u;

/**
 * The residue's words that name a thing. Around an ordinal the verbs only say how the list is counted
 * (`第二个出现的`, `依次排下来，位列第十二`, `列出的先后`): a noun left over (`资金`, `考核`) still asks
 * something the ordinal does not answer. Returns those nouns and the other words apart.
 */
export function nominalResidue(q: string, explained: readonly string[] = [], extraFillers: readonly string[] = []): { nouns: string[]; others: string[] } {
  const r = residue(q, explained, extraFillers);
  if (!r) return { nouns: [], others: [] };
  if (!tagger) return { nouns: [r], others: [] };
  const words = tagger(r);
  return { nouns: words.filter((w) => NOMINAL_TAG.test(w.tag)).map((w) => w.word), others: words.filter((w) => !NOMINAL_TAG.test(w.tag)).map((w) => w.word) };
}

/** The words of a leftover that could name a fact (all of it without a tagger); runs apart stay apart. */
export function contentOnly(r: string): string {
  const runs = r.split(/[^\p{Script=Han}A-Za-z0-9]+/u).filter(Boolean);
  if (!tagger) return runs.join('');
  // Plain loops: the tagger's lists are empty or of words by run, and the chained filter/map of them
  // made residue's optimised code bail out (wrong map) and be compiled again, three times in the first rounds.
  let out = '';
  for (const run of runs) for (const w of tagger(run)) if (w.word.length >= 2 && !GRAMMAR_TAG.test(w.tag)) out += w.word;
  return out;
}

/** `前面一项`, `上一条`, `后头那项`, `下一个`, counted in the given measure words. */
const neighbourAsk = (units: string) => new RegExp(`([前上后下])(?:面|头|边)(?:的)?(?:那|一)(?:一)?(?:${units})|([前上后下])一(?:${units})`, 'u');
/** …of a plan's tasks (项, 条, 个), and of a document's items (also 点 and 款). */
export const NEIGHBOUR_TASK = neighbourAsk('项|条|个');
export const NEIGHBOUR_ITEM = neighbourAsk('项|条|个|点|款');

/** A step to the item before (-1) or after (1) the one in focus, as `ask` reads it; 0 when none is asked. */
export function neighbourStep(q: string, ask: RegExp): -1 | 0 | 1 {
  const m = ask.exec(q);
  return !m ? 0 : /[前上]/u.test(m[1] ?? m[2]!) ? -1 : 1;
}

/** The question's words that may name something (two characters or more, no grammar), as the tagger cuts them. */
export function namingWords(q: string): string[] {
  if (!tagger) return [];
  return tagger(q).filter((w) => w.word.length >= 2 && /^\p{Script=Han}+$/u.test(w.word) && !GRAMMAR_TAG.test(w.tag)).map((w) => w.word);
}

/** Parts of speech that never name a fact: particles, pronouns, adverbs, prepositions, conjunctions, numerals, measures, locatives, modals. */
const GRAMMAR_TAG = /^(?:u\w*|r\w*|d\w*|p|c|m\w*|q\w*|f|y|e|o|zg|x|w)$/u;

let tagger: ((text: string) => { word: string; tag: string }[]) | null = null;

/**
 * Runs `work` with the knowledge base's tagger for residue(): intents are synchronous, so the tagger
 * is the one of the index answering this question for exactly the length of the call.
 */
export function withTagger<T>(tag: (text: string) => { word: string; tag: string }[], work: () => T): T {
  const before = tagger;
  tagger = tag;
  try {
    return work();
  } finally {
    tagger = before;
  }
}

/** Bigrams that never distinguish one fact from another. */
const STOP_CHARS = /[的是了吗呢么什哪多少几要有在排啊请问个]/;
export function contentBigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (const b of bigrams(s)) {
    if (/^\d{1,2}$/.test(b) || STOP_CHARS.test(b) || /^(目标|指标|方案|方面|任务|具体)$/.test(b)) continue;
    out.add(b);
  }
  return out;
}

/** Length of the longest common substring (for area titles against a question). */
export function longestCommon(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best.length + 1; j <= a.length; j++) {
      if (b.includes(a.slice(i, j))) best = a.slice(i, j);
      else break;
    }
  }
  return best;
}

// Words every area title shares (`推动X的Y`) do not identify an area.
const AREA_NOISE = /^(推动|推进|加快|强化|的|发展|建设)$/;

/** The single area the question names (`数据要素方面`), or null when none or several fit. */
export function matchArea(q: string, f: PlanFacts): { area: Area; matched: string } | null {
  const scored = f.areas
    .map((area) => ({ area, matched: longestCommon(q.replace(/方面/g, ''), area.title.replace(/^(推动|推进)/, '')) }))
    .filter((s) => s.matched.length >= 2 && !AREA_NOISE.test(s.matched))
    .sort((a, b) => b.matched.length - a.matched.length);
  if (scored.length === 0) return null;
  if (scored.length > 1 && scored[1]!.matched.length === scored[0]!.matched.length) return null;
  return scored[0]!;
}

/** An ordinal of a question: the number, the noun after it (任务/措施/方面/目标, or ''), the words that said it. */
export interface Ordinal {
  n: number;
  noun: string;
  text: string;
  /** Counted from the end (`倒数第二项`, `最后那块`): entry `n` from the last. */
  fromEnd?: true;
  /** Several in a row (`最后三项`, `前两项`): this many entries from the place on, towards the list's end. */
  span?: number;
  /** The middle one (`当中那项`, `排中间的那块`): of a list with a middle, its entry; else none. */
  middle?: true;
  /** The middle one's neighbour (`正当中那项的前一项`): this many places from it, towards the list's end. */
  step?: number;
}

/** `块`, `大块`, `板块` of a plan's tasks are its aspects. */
// (…and so is a 组 of tasks, `排第六的那组任务`: NOUN_AFTER reads 组 only before 任务 or 工作, a group of the tasks.)
const nounOf = (w: string | undefined) => (w && /块|组/u.test(w) ? '方面' : (w ?? ''));

/**
 * A list of names (`名单`), not a 白名单/黑名单 of firms; a family name asked (`姓王的`), not 老百姓 or 姓名.
 */
export const NAME_LIST = '(?<![白黑红灰])名单';
export const SURNAME_ASK = '(?<!百)姓(?!名)\\p{Script=Han}';
/** How the first of a list is said without a number (`头一项`, `最前面的那位`, `打头的任务`, a list read downwards: `名单最上面那个`). */
// (`排前面那个`: the place in the list, said of two as `排后面那个` is.)
export const FIRST_WORDS = '头一|最前面|最前头|最开头|最开始|最先|打头阵|打头|排头|开头|最上面|最上头|最上边|最顶上|排在?前面|排在?前头';
/** …and the last (`最后那块`, `最末尾的一项`, `最下面那个`, `排后面那个`). */
export const LAST_WORDS = '最后面|最后头|最后|最末尾|最末|末尾|压轴|垫底|最下面|最下头|最下边|最底下|排在?后面|排在?后头';
/**
 * How counting from the end is said before the ordinal (`倒数第二`, `从后往前倒着数，第七个`, `从尾巴往前倒第六个`,
 * `从最后一项往前数第二个`): from the back (后, 后面, 最后, 尾巴, 末尾 — the last item itself, `最后一项`), towards the
 * front or not, then counting or 倒.
 */
export const FROM_END_WORDS = '(?:倒数|[从由](?:清单|列表|名单|任务)?的?(?:后|后面|后头|最后|最后面|尾巴|尾部|末尾|最末尾)(?:(?:那?一|那)(?:项|个|条|件))?(?:往前|向前|往回|朝前)?(?:倒着数|倒过来数|倒着|倒|数|点|算)|倒着数|倒过来数)[，,]?';

/** How the place was given in the list (`最先列出的那个方面`, `最后写上的那项`): the listing, not what is asked. */
const LISTED = '(?:(?:列|排|写|提|摆|放)[出在到上]?)';

/** The first of a list said without a number: `头一项`, `最前面的那块`, `打头的任务`, `排头那个方面`, `头一个板块`. */
// (Said twice over, `排在最前面打头阵的那一条`.)
const FIRST_PLACE = new RegExp(`(?:从头数[，,]?)?(?:排在)?(?:${FIRST_WORDS}){1,2}${LISTED}?(?:的)?(?:那|一)?(?:一)?(?:项|个|条|件|位|名|大?块|板块)?(?:重点)?(任务|措施|方面|目标|板块|大?块)?`, 'gu');
// (`压轴的是哪项`: the place, then the ask for what stands there.)
const LAST_PLACE = new RegExp(`(?:排在)?(?:${LAST_WORDS})${LISTED}?(?:的)?(?:是哪|那|一)?(?:一)?(?:项|个|条|件|大?块|板块)?(?:重点)?(任务|措施|方面|目标|板块|大?块)?`, 'gu');

/** `倒数第二项`, `倒着数第三个方面`: the number counted from the end and the noun after it. */
const FROM_END_PLACE = new RegExp(`${FROM_END_WORDS}第?(${NUM_PATTERN})(?:项|个|条)?(?:重点)?(任务|措施|方面|目标|大?块|板块)?`, 'u');

/**
 * `第10项`, `第十项任务`, `任务10`, `排第十三的那条`; from the end `倒数第二项`, `最后那块`, `最末尾的一项`:
 * the number and the noun after it.
 */
export function ordinalIn(q: string): Ordinal | null {
  const ord = placeSaid(q);
  return ord ? neighbourOf(q, ord) : null;
}

/**
 * `6号前头挨着的那项`, `第6项的后一项`, `倒数第二项的前一项`: the place next to the one said. The neighbour
 * before is one nearer the list's start (one further from its end when counted from the end).
 */
const NEIGHBOUR = /^(?:任务|措施)?的?(?:(前|上|后|下)一(?:项|个|条)|(前|后)(?:头|面|边)(?:挨着|紧挨着|紧跟着)?的?那?一?(?:项|个|条))/u;

function neighbourOf(q: string, ord: Ordinal): Ordinal {
  const at = q.indexOf(ord.text);
  const m = at >= 0 && !ord.span ? NEIGHBOUR.exec(q.slice(at + ord.text.length)) : null;
  if (!m) return ord;
  const before = /[前上]/u.test(m[1] ?? m[2]!);
  // (`正当中那项的前一项`: the middle is known only with the list, a step from it is kept until then.)
  if (ord.middle) return { ...ord, step: before ? -1 : 1, text: ord.text + m[0] };
  const n = ord.n + (before === !ord.fromEnd ? -1 : 1);
  return n >= 1 ? { ...ord, n, text: ord.text + m[0] } : ord;
}

/**
 * The place the question says first: in `第五个方面里最后一项任务`, the aspect; the task within it is the
 * place said after it (byOrdinal reads the rest of the question for it).
 */
function placeSaid(question: string): Ordinal | null {
  // (Counting from the first, `从第一条往下数，第九条`, says where counting starts, not the place asked: blanked out,
  // positions kept.)
  const q = question.replace(COUNTED_FROM_START, (m) => '　'.repeat(m.length));
  const found = [fromEndPlace, runPlace, lastPlace, firstPlace, middlePlace, numberedOrdinal]
    .map((f) => f(q))
    .filter((o): o is { ord: Ordinal; at: number } => o?.ord != null);
  if (!found.length) return null;
  return found.reduce((a, b) => (b.at < a.at ? b : a)).ord;
}

/** `从第一条往下数`, `从头开始数`: where counting starts. */
const COUNTED_FROM_START = /从(?:第[一1]|头|开头|最前面)(?:条|项|个)?(?:开始)?(?:往下|往后|向下|顺着|依次)?(?:数|算)(?:起|下去|下来)?/u;

type Said = { ord: Ordinal | null; at: number } | null;

function fromEndPlace(q: string): Said {
  const back = FROM_END_PLACE.exec(q);
  if (!back) return null;
  // (`倒数第一位` counts people or ranks, as `第三位` does below.)
  if (!back[2] && /[位名]/u.test(q[back.index + back[0].length] ?? '')) return { ord: null, at: back.index };
  const n = parseNumber(back[1]!);
  return { ord: n && n > 0 ? { n, noun: nounOf(back[2]), text: back[0], fromEnd: true } : null, at: back.index };
}

// (`最前头两项`, `打头三个方面`: the first words of a single place say the first few as well.)
const RUN_PLACE = new RegExp(`(?:(${LAST_WORDS})|(?:${FIRST_WORDS})|(?<=^|[，,。？?、\\s的里中是说数列])前)(${NUM_PATTERN})(?:项|个|条|大?块|板块)(?:重点)?(任务|措施|方面|目标)?`, 'u');

function runPlace(q: string): Said {
  // `最后三项`, `前两个方面`: the first or last few, in the list's order.
  // (`前` on its own, not the end of 提前, 之前, 以前: `任务的前两项`, `前三个方面`.)
  const run = RUN_PLACE.exec(q);
  const k = run ? parseNumber(run[2]!) : null;
  if (!run || !k || k < 2 || k > 10) return null;
  const noun = nounOf(run[3] ?? /块/u.exec(run[0])?.[0]) || nounBefore(q, run.index);
  return { ord: run[1] ? { n: k, noun, text: run[0], fromEnd: true, span: k } : { n: 1, noun, text: run[0], span: k }, at: run.index };
}

/**
 * The first match of a place said without a number that says what it counts (`最后一件`, not the bare `压轴的` of
 * `压轴的最后一件` before it). (件 counts the plan's tasks as 项 does: `21件事`.)
 */
// (FIRST_PLACE and LAST_PLACE are global for matchAll, which reads a copy: no lastIndex is left behind.)
function placeWord(re: RegExp, q: string): RegExpExecArray | null {
  for (const m of q.matchAll(re)) if (/[项个条件块]|任务|措施|方面|目标/u.test(m[0])) return m as RegExpExecArray;
  return null;
}

function lastPlace(q: string): Said {
  const last = placeWord(LAST_PLACE, q);
  if (!last) return null;
  return { ord: { n: 1, noun: nounOf(last[1] ?? /块/u.exec(last[0])?.[0]) || nounBefore(q, last.index), text: last[0], fromEnd: true }, at: last.index };
}

/** `当中那项`, `排中间的那块`, `居中的任务`: the middle of the list. */
// (Placed in the middle, `夹在中间的叫什么`, says the place without a measure word.)
const MIDDLE_PLACE = /(?:排在?)?(?:正?当中|正?中间|居中)(?:的)?(?:那|一)?(?:一)?(?:项|个|条|大?块|板块)(?:重点)?(任务|措施|方面|目标)?|(?:夹|排)在?(?:正?当中|正?中间)的?(?=是|叫|那(?![几两二三四五六七八九十]))/u;

function middlePlace(q: string): Said {
  const mid = MIDDLE_PLACE.exec(q);
  if (!mid) return null;
  return { ord: { n: 0, noun: nounOf(mid[1] ?? /块/u.exec(mid[0])?.[0]) || nounBefore(q, mid.index), text: mid[0], middle: true }, at: mid.index };
}

function firstPlace(q: string): Said {
  const first = placeWord(FIRST_PLACE, q);
  if (!first) return null;
  return { ord: { n: 1, noun: nounOf(first[1] ?? /块/u.exec(first[0])?.[0]) || nounBefore(q, first.index), text: first[0] }, at: first.index };
}

/**
 * `第二十位的那条任务`, `任务表排在第14位的是哪一项`: a place (位) on the list of tasks or measures — an entry
 * follows, or is asked for (哪一项) — not a rank among places or people.
 */
const PLACE_OF_ENTRY = /^位(?:的)?(?:(?:那|这)?(?:一)?(?:项|个|条)?(?:重点)?(任务|措施)|(?:是)?哪一?[项条])/u;

const NUMBERED_PLACE = new RegExp(`第(${NUM_PATTERN})(?:项|个|条)?(?:重点)?(任务|措施|方面|目标|大?块|板块)?`, 'g');
/**
 * `全省第三位` is a rank, not an ordinal of the plan's lists; `第二款`, `第三章` number a law's parts; `第一次授衔`, `第二批试点`,
 * `第三届`, `第一期` count a time or a round — unless a list's entry follows the 位 (`排在第二十位的那条任务`).
 */
const NOT_A_PLACE = /^[位款章节编次回届批期轮代名]/u;
const isPlace = (after: string) => PLACE_OF_ENTRY.test(after) || !NOT_A_PLACE.test(after);

function numberedOrdinal(q: string): Said {
  // (The first 第N that is a place: `第二批改革举措的第5项` asks the fifth.)
  const m =
    [...q.matchAll(NUMBERED_PLACE)].find((x) => isPlace(q.slice(x.index! + x[0].length))) ??
    // (`任务10`, `编号19的`, `序号为7的那项`; not the 一 of `任务一共`.)
    /(任务|编号|序号)(?:为|是)?(\d{1,3})(?![项个\d%.])/u.exec(q);
  if (!m) {
    const place = numberedPlace(q);
    return place ? { ord: place, at: q.indexOf(place.text) } : null;
  }
  const labelled = m[1] === '任务' || m[1] === '编号' || m[1] === '序号';
  const [num, noun] = labelled ? [m[2]!, m[1] === '任务' ? '任务' : nounBefore(q, m.index)] : [m[1]!, nounOf(m[2]) || nounAfter(q.slice(m.index + m[0].length)) || nounBefore(q, m.index)];
  const n = parseNumber(num);
  // (NOT_A_PLACE: a rank, a law's part, a round.)
  const after = q.slice(m.index + m[0].length);
  const entry = labelled ? null : PLACE_OF_ENTRY.exec(after);
  const rank = !labelled && !isPlace(after);
  return { ord: n === null || n < 1 || rank ? null : { n, noun: entry?.[1] ?? noun, text: m[0] }, at: m.index };
}

/**
 * A place said without 第: as its number on the list (`19号任务`, `清单上19号、20号`) — not a date's
 * `30号`, a document's `117号`, a 号 of an address — or as a sibling's rank (`排老二的`, `排行老三`).
 */
const NUMBERED = /(?<![\d月〕\]）)】年第一二三四五六七八九十])(\d{1,2}|[一二三四五六七八九十]{1,3})号(?![文令线楼院室])(?:的)?(?:重点)?(任务|措施|方面|大?块|板块)?/u;
const SIBLING_RANK = /排(?:行)?老([大二三四五六七八九十])(?:的)?(?:那|一)?(?:项|个|条)?(?:重点)?(任务|措施|方面)?/u;

function numberedPlace(q: string): Ordinal | null {
  const tag = NUMBERED.exec(q);
  const k = tag ? parseNumber(tag[1]!) : null;
  // (`四号板块`: the aspect numbered four.)
  if (tag && k) return { n: k, noun: nounOf(tag[2]) || nounBefore(q, tag.index), text: tag[0] };
  const sib = SIBLING_RANK.exec(q);
  if (!sib) return null;
  const n = sib[1] === '大' ? 1 : parseNumber(sib[1]!);
  return n ? { n, noun: nounOf(sib[2]) || nounBefore(q, sib.index), text: sib[0] } : null;
}

/** The list named after the place with a word between (`第七的那块`, `第3号任务`, `第六的那组任务`): 块 of a plan's tasks is an aspect. */
const NOUN_AFTER = /^号?(?:的)?(?:那|这)?(?:一)?(?:(大?块|板块|组(?=任务|工作))|(?:项|个|条)?(?:重点)?(任务|措施|方面|目标))/u;
function nounAfter(rest: string): string {
  const m = NOUN_AFTER.exec(rest);
  return m ? nounOf(m[1] ?? m[2]) : '';
}

/** The list a place is counted in when the question names it just before (`八个方面里打头那个`, `任务中最后两项`). */
function nounBefore(q: string, at: number): string {
  // (`八块里排第七的`: 块 of a plan's tasks are its aspects.)
  // (`任务表排在第14位`: the list's table, and where on it.)
  const before = q.slice(0, at);
  const adjacent = /(任务|措施|方面|目标|大?块|板块)(?:表格|表|清单|列表|单子)?(?:里头|里面|当中|之中|里|中|上)?(?:的)?(?:排在?)?$/u.exec(before);
  if (adjacent) return nounOf(adjacent[1]);
  // (`八个板块按顺序排，排第六的`: a list said with its size earlier in the question is the one counted in —
  // the last such before the place.)
  const counted = [...before.matchAll(COUNTED_LIST)].at(-1);
  return nounOf(counted?.[1]);
}

/** A list said with its size: `八个板块`, `二十一条任务`, `21项重点任务`. */
const COUNTED_LIST = new RegExp(`(?:${NUM_PATTERN})(?:个|项|条|大)?(?:重点)?(任务|措施|方面|目标|大?块|板块)`, 'gu');

/** The ordinal as a place in a list of `length` entries, 1-based (`倒数第二` of 21 is 20). */
export function placeIn(ord: Ordinal, length: number): number {
  // (A list of even length has no middle: no place, which no entry holds — nor has a step from the middle off its ends.)
  if (ord.middle) {
    const at = length % 2 === 1 ? (length + 1) / 2 + (ord.step ?? 0) : 0;
    return at >= 1 && at <= length ? at : 0;
  }
  return ord.fromEnd ? length - ord.n + 1 : ord.n;
}

// Unit names end in an office word: 局, 委, 办, 中心, 海关, 分行…
const UNIT_END = '局委会办厅院行部处心司所关站队社校馆';
/** What 口 begins when it is no line of government (`口径`, `口岸`, `口号`). */
const SECTOR_NOT = /^[岸径头气碑罩号令诀吻音才味感语述试算粮腔袋红]/u;

export function isSubsequence(short: string, long: string): boolean {
  // By code unit: a string iterator made a string of each character of `long`, for every speaker's unit
  // and every stretch of a question tried (matchUnit). Read as the iterator read it: a surrogate pair is
  // one character, which no single code unit of `short` equals; a lone surrogate is a character of its own.
  let i = 0;
  for (let k = 0; k < long.length; k++) {
    const u = long.charCodeAt(k);
    if (u >= 0xd800 && u <= 0xdbff && k + 1 < long.length) {
      const v = long.charCodeAt(k + 1);
      if (v >= 0xdc00 && v <= 0xdfff) {
        k++;
        continue;
      }
    }
    if (u === short.charCodeAt(i)) i++;
  }
  return i === short.length;
}

/**
 * Speakers whose unit the question names, abbreviations included (人社局 = 人力资源和社会保障局, 发改委 =
 * 发展和改革委员会): the longest question fragment ending in a unit suffix that is a subsequence of the
 * unit's name. Several units matching equally is ambiguity, and ambiguity answers nothing.
 */
export function matchUnit(q: string, speakers: Speaker[]): { speakers: Speaker[]; text: string } | null {
  let best: { speakers: Speaker[]; text: string } | null = null;
  for (let end = 0; end < q.length; end++) {
    // (`商务口派来的那位`, `科技口领导`, `工信口`: a line of government said by its field and 口, the unit whose name
    // holds the field word, or its characters in order from the name's first word on (工信 of 工业和信息化局) — not
    // `口径`, `口岸`.)
    if (q[end] === '口' && !SECTOR_NOT.test(q.slice(end + 1))) {
      for (let len = Math.min(6, end); len >= 2; len--) {
        const stem = q.slice(end - len, end);
        const hits = speakers.filter((s) => {
          const name = s.unit.replace(/^市/u, '');
          return s.unit.includes(stem) || (name.startsWith(stem[0]!) && isSubsequence(stem, name));
        });
        if (hits.length === 0) continue;
        if (!best || stem.length + 1 > best.text.length) best = { speakers: hits, text: `${stem}口` };
        break;
      }
      continue;
    }
    if (!UNIT_END.includes(q[end]!)) continue;
    for (let len = Math.min(12, end + 1); len >= 2; len--) {
      const cand = q.slice(end - len + 1, end + 1);
      const hits = speakers.filter((s) => isSubsequence(cand, s.unit));
      if (hits.length === 0) continue;
      if (!best || cand.length > best.text.length) best = { speakers: hits, text: cand };
      break;
    }
  }
  // Two characters name a unit only as its whole last word (`海关`, `分行`), never as scattered letters.
  if (!best || (best.text.length < 3 && !best.speakers.every((s) => s.unit.endsWith(best!.text)))) return null;
  const units = new Set(best.speakers.map((s) => s.unit));
  return units.size === 1 ? best : null;
}

/** How the question names this plan (`鞍山市`, or its title), if it does. */
export function planMention(q: string, f: PlanFacts): string | null {
  if (f.fullTitle && q.includes(f.fullTitle)) return f.fullTitle;
  if (f.title && q.includes(f.title)) return f.title;
  const short = f.title ? shortTitle(q, f.title) : null;
  if (short) return short;
  const place = /^(.{2,6}?[省市县区])/.exec(f.title ?? '')?.[1];
  if (!place) return null;
  // Staff drop the suffix (`X的保障措施` for X市's plan); two characters still name the place.
  const bare = place.slice(0, -1);
  return q.includes(place) ? place : bare.length >= 2 && q.includes(bare) ? bare : null;
}

/** What a title is called by: the noun it ends in. */
const TITLE_NOUN = /(?:方案|计划|规划|意见|措施|办法)$/u;

/**
 * The plan called by a short form of its title (`工业三年方案` for 盘锦市工业增长三年行动专项方案): the
 * longest run of the question ending in the title's noun whose characters stand in the title in order,
 * with at least four of its own before the noun.
 */
function shortTitle(q: string, title: string): string | null {
  const noun = TITLE_NOUN.exec(title)?.[0];
  if (!noun) return null;
  for (let at = q.indexOf(noun); at >= 0; at = q.indexOf(noun, at + 1)) {
    let from = at;
    while (from > 0 && isSubsequence(q.slice(from - 1, at + noun.length), title)) from--;
    if (at - from >= 4) return q.slice(from, at + noun.length);
  }
  return null;
}

/** Loose lexical score with rare bigrams weighing more, over a set of candidate texts. */
export function rankByOverlap<T>(q: string, items: T[], textOf: (t: T) => string): { item: T; score: number }[] {
  const qb = contentBigrams(q);
  const sets = items.map((i) => bigrams(textOf(i)));
  const df = new Map<string, number>();
  for (const b of qb) df.set(b, sets.filter((s) => s.has(b)).length);
  return items
    .map((item, k) => {
      let score = 0;
      for (const b of qb) if (sets[k]!.has(b)) score += 1 / df.get(b)!;
      return { item, score };
    })
    .sort((a, b) => b.score - a.score);
}

/** The share of the question's matchable weight the best candidate covers (0..1). */
export function knownWeight<T>(q: string, items: T[], textOf: (t: T) => string): number {
  const qb = contentBigrams(q);
  const sets = items.map((i) => bigrams(textOf(i)));
  let w = 0;
  for (const b of qb) if (sets.some((s) => s.has(b))) w += 1 / sets.filter((s) => s.has(b)).length;
  return w;
}
