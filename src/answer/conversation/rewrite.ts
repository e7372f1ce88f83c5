// Follow-up questions lean on the turn before ("那金融方面呢?", "它的目标呢?", "其中第二项具体怎么做?").
// Facts and retrieval want a standalone question, so a follow-up is rewritten first: by these rules
// in the default mode, by the rewrite prompt when an LLM is on.
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { normalizeQuery } from '../../text/normalize.ts';
import { parseNumber } from '../../text/numerals.ts';
import { isFollowUp } from './session.ts';
import { AREA_POINTER } from '../facts/intent.ts';

export interface RewriteContext {
  previous?: string;
  /** The previous answer's text, when it was grounded, and the document it came from. */
  answer?: string;
  docId?: string;
  /** Task numbers of the list the previous answer gave, if any. */
  lastTasks?: number[];
  planId?: string;
}

const QUESTION_TAIL = /(?:具体)?(?:是什么|是哪些|有哪些|有什么|是多少|多少|是谁|是哪位|怎么做|怎么办|如何做|如何|什么安排|吗|呢)*[?？。!！]*$/u;
// (`换成商务局的那位呢`: the same asked of another thing.)
const LEAD = /^(?:(?:那么?)?(?:要是|如果|假如)?(?:换成|换作|换到|改成|轮到)|请问|那么|那|还有|另外|然后|再问一下)/u;
// 其 and 该 only on their own: 其中, 其他, 其实, 其余, 尤其 and 应该 are ordinary words, and taking them for
// a pronoun rewrote "其中第二项…" with no list to resolve it into "其中第二项中第二项…".
const PRONOUN = /它们|它|(?<!尤)其(?![中他它实余次])|这个|该项|(?<!应)该|这些|上述/u;
/**
 * The facts' pointer at the aspect just spoken of (`这块`, `该方面`), where it is one: at the head of the question or a
 * clause, or after a preposition (`那粮油加工这块呢` names its own topic, 粮油加工), and not counting in it (`这块有几项`,
 * which the facts answer).
 */
const AREA_POINTED = new RegExp(`(?<=^|^那么?|[，,。；;？?\\s在跟和对把从])(?:${AREA_POINTER.source})(?![里中内的]?(?:一共|共|有)?(?:几|多少))`, 'u');
const ORDINAL = /(?:其中|这其中|上面的?|刚才的?)?第([一二三四五六七八九十两\d]{1,3})(?:项|个|条|点)(?:任务)?/u;

/** The subject of a question: the question with its question words taken off. */
export function subjectOf(question: string): string {
  return question.replace(/^请问/u, '').replace(QUESTION_TAIL, '').trim();
}

/** The previous question's most specific phrase (highest idf), extended to the longest one around it. */
function topicOf(index: KnowledgeIndex, question: string): string | null {
  const concepts = index.parse(question).concepts.filter((c) => question.toLowerCase().includes(c.text));
  if (!concepts.length) return null;
  let best = concepts[0]!;
  for (const c of concepts) if (index.conceptIdf(c) > index.conceptIdf(best)) best = c;
  const around = concepts.filter((c) => c.text.includes(best.text)).sort((a, b) => b.text.length - a.text.length)[0];
  return nounRun(index, question, (around ?? best).text);
}

/** Nouns that frame a topic rather than make it (`人才方面`, `补贴政策`): a follow-up swaps the topic inside them. */
const FRAME_NOUN = /^(?:方面|领域|板块|部分|问题|政策|方案|文件|规定|办法|情况|条件|要求|标准|内容|措施|目标|任务)$/u;
/** Tags of the words a compound noun is made of (`光伏` `电站`, `海上` `风电`). */
const NOUN_TAG = /^(?:n|nz|ns|nt|vn|s|j)$/u;

/**
 * The compound noun a topic word stands in (`光伏电站` of 电站, `海上风电` of 风电): the words beside it that are nouns,
 * so that `那分布式光伏呢` replaces the whole thing, not the half of it that weighs most.
 */
function nounRun(index: KnowledgeIndex, question: string, word: string): string {
  const words = index.tag(question);
  let at = 0;
  const spans = words.map((w) => ({ ...w, from: (at += w.word.length) - w.word.length }));
  const start = question.indexOf(word);
  const first = spans.findIndex((w) => w.from === start);
  const last = spans.findIndex((w) => w.from + w.word.length === start + word.length);
  if (start < 0 || first < 0 || last < first) return word;
  let a = first;
  let b = last;
  // (Words of two characters or more: a measure word read as a noun, `哪9项指标`, is no part of one.)
  const part = (w: { word: string; tag: string }) => w.word.length >= 2 && NOUN_TAG.test(w.tag) && !FRAME_NOUN.test(w.word);
  while (a > 0 && part(spans[a - 1]!)) a--;
  while (b + 1 < spans.length && part(spans[b + 1]!)) b++;
  return question.slice(spans[a]!.from, spans[b]!.from + spans[b]!.word.length);
}

export function rewriteByRules(question: string, ctx: RewriteContext, index: KnowledgeIndex): string | null {
  const q = normalizeQuery(question).trim();
  const previous = ctx.previous ? normalizeQuery(ctx.previous).trim() : '';
  if (!previous) return null;
  // `这块说要突出哪两样东西的带动作用` after a task or an aspect's tasks: the aspect they stand in, by its title.
  const pointer = AREA_POINTED.exec(q);
  if (pointer && ctx.lastTasks?.length) {
    const plan = index.facts.find((f) => !ctx.planId || f.docId === ctx.planId);
    const area = plan?.areas.find((a) => ctx.lastTasks!.every((no) => a.taskNos.includes(no)));
    if (area) return q.replace(pointer[0], area.title);
  }
  if (!isFollowUp(q)) return null;

  // 其中第二项 → the task it points at in the list just given.
  const ord = ORDINAL.exec(q);
  if (ord && ctx.lastTasks?.length) {
    const n = parseNumber(ord[1]!);
    const taskNo = n ? ctx.lastTasks[n - 1] : undefined;
    const plan = index.facts.find((f) => !ctx.planId || f.docId === ctx.planId);
    const task = plan?.tasks.find((t) => t.no === taskNo);
    if (task) return q.replace(ord[0], task.name);
  }
  // 其中第二项 with no task list to resolve it: of the previous question's subject (重点任务第二项…).
  if (ord && /^(?:这)?其中/u.test(q)) {
    const subject = subjectOf(previous).split(' ')[0];
    if (subject && !subject.includes('第')) return q.replace(/^(?:这)?其中/u, subject);
  }

  const named = withPointedThing(q, ctx, index);
  if (named) return named;

  // 它的目标呢 → <previous subject>的目标.
  if (PRONOUN.test(q)) {
    const subject = subjectOf(previous);
    if (subject) return q.replace(PRONOUN, subject).replace(/呢([?？]?)$/u, '$1');
  }

  // 那金融方面呢 → the previous question with its topic replaced.
  const bare = q.replace(LEAD, '').replace(/呢[?？]?$/u, '').trim();
  // (…not a clause that opens pointing back at the part just spoken of, `那这一块具体由哪个部门牵头`: no topic of its own
  // — while `那粮油加工这块呢` names one.)
  if (bare && bare !== q && bare.length <= 20 && AREA_POINTER.exec(bare)?.index !== 0) {
    const newTopic = bare.replace(/方面$/u, '');
    // A year for a year (`那2035年呢` after `到2025年…`): the previous question's word of the same shape.
    const year = /^\d{4}年?$/u.test(newTopic) ? /\d{4}年?/u.exec(previous)?.[0] : undefined;
    if (year) return previous.replace(year, newTopic.endsWith('年') || !year.endsWith('年') ? newTopic : `${newTopic}年`);
    // A grade for a grade (`那社区(村)级的呢` after `街道(镇)级…`, `那B类呢` after `A类…`): the previous
    // question's word of the same length and the same last character.
    const shaped = sameShape(previous, newTopic.replace(/的$/u, '')) ?? sameHead(previous, newTopic.replace(/的$/u, '')) ?? sameOffice(previous, newTopic) ?? sameFigure(previous, newTopic.replace(/的$/u, ''));
    if (shaped) return replaceLast(previous, shaped.old, shaped.new);
    const topic = topicOf(index, previous);
    if (topic && newTopic && !previous.includes(newTopic)) return previous.replace(topic, newTopic);
  }

  // Otherwise the previous question is the context the follow-up needs: its topic, which is the first
  // part of a question that was itself rewritten this way (so a chain of follow-ups does not grow) —
  // without its own ask (`…住房租赁补贴能领多久` → `…住房租赁补贴`): `那每个月补多少钱` asks a sum, not a period too.
  const topic = withoutAsk(subjectOf(previous).split(' ')[0]!);
  if (!topic || topic.includes(subjectOf(q))) return null;
  return `${topic} ${q}`;
}

/**
 * `那这个证是哪个部门发的` after an answer that said `必须持有采药证`: the question with the thing the answer named by
 * that noun in place of the pointer, or null.
 */
export function withPointedThing(question: string, ctx: RewriteContext, index: KnowledgeIndex): string | null {
  if (!ctx.answer || !ctx.docId) return null;
  const q = normalizeQuery(question).trim();
  const named = pointedThing(q, ctx.answer, index.document(ctx.docId)?.text ?? '');
  return named ? q.replace(named.said, named.thing) : null;
}

/** A pointer and the noun after it (`这个证`, `该补贴`): the thing of that kind just spoken of. */
// (Not the 该 of 应该.)
const POINTED_NOUN = /(这个|那个|这种|这类|这项|这张|这本|这笔|这份|(?<!应)该)(\p{Script=Han})(\p{Script=Han})?/u;
/**
 * What a pointer points at when it points at a document or a part of one (`这个实施方案`, `该办法`, `这个方面`, `这项`), at
 * a situation or a matter (`这种情况`, `这个问题`), or at nothing it names (`这个要多久`: a verb or a modal after it).
 */
const NOT_A_THING = /^(?:实施方案|实施意见|实施细则|方案|办法|意见|通知|规定|条例|细则|文件|政策|措施|计划|规划|决定|解释|答记者问|问答|法规|法律|法|规章|方面|部分|板块|领域|环节|阶段|情况|问题|事情|事儿|时候|情形|做法|要求|条件|程序|流程|[是有要能会可需应在去怎什哪多几就还也都得该块项条款点章节类批期])/u;
/** Nouns of one character that stand for no kind of thing (`这个事`, `这个人`, `这个点`): the pointer alone is what they say. */
const NO_KIND = /[事人条款项点块样么时里些种类个次回份件边面]/u;

/**
 * The thing a pointed noun stands for: a compound the previous answer says that ends in the noun (`采药证` for `这个证`),
 * as long as the document's text writes it — read leftwards while the longer string stands as often in the text as
 * the shorter (`药证` 4 times, `采药证` 4 times, `有采药证` once), and twice at least. Of a noun of two characters
 * (`这个补贴`), first; then of its first character alone (`这个证` of `这个证是…`).
 */
function pointedThing(q: string, answer: string, text: string): { said: string; thing: string } | null {
  const m = POINTED_NOUN.exec(q);
  // (A document or a part of one is the focus's business; a situation no thing the answer named.)
  if (!m || !text || NOT_A_THING.test(q.slice(m.index + m[1]!.length))) return null;
  const count = (s: string) => text.split(s).length - 1;
  const nouns = [m[3] ? m[2]! + m[3] : '', NO_KIND.test(m[2]!) ? '' : m[2]!].filter(Boolean);
  for (const noun of nouns) {
    const at = answer.search(new RegExp(`\\p{Script=Han}${noun}`, 'u'));
    if (at < 0) continue;
    let from = at;
    let thing = answer.slice(from, at + 1 + noun.length);
    const times = count(thing);
    if (times < 2) continue;
    // (Longer strings stand no more often than shorter ones: as often as `thing` is as often as the first.)
    while (from > 0 && from > at - 4 && /\p{Script=Han}/u.test(answer[from - 1]!)) {
      const longer = answer.slice(from - 1, at + 1 + noun.length);
      if (count(longer) < times) break;
      thing = longer;
      from--;
    }
    // (A name in quotes right before it is part of it: `“千人助千企”专项行动`, not any 专项行动.)
    const opening = QUOTE_PAIRS[answer[from - 1] ?? ''];
    const quoted = opening ? answer.lastIndexOf(opening, from - 2) : -1;
    if (quoted >= 0 && from - quoted <= MAX_QUOTED) thing = answer.slice(quoted, at + 1 + noun.length);
    return { said: m[1]! + noun, thing };
  }
  return null;
}

/** The opening mark of each closing quote, and how far back a quoted name before a thing is looked for. */
const QUOTE_PAIRS: Record<string, string> = { '”': '“', '》': '《', '」': '「' };
const MAX_QUOTED = 16;

/** Where a question's own ask begins: a modal and a verb before the asking word (`能领多久`, `要交多少`, `由谁`). */
const ASK_AT = /(?:能|可以|可|要|得|需要|该|由)?\p{Script=Han}?(?:多久|多长时间|多少|几[个年月天项条次]|哪些|哪个|哪里|什么时候|什么|谁|怎么|如何|是否|能否|有没有|能不能|可不可以)/u;
/** Fewest characters a topic keeps before an ask is cut from it. */
const TOPIC_MIN = 4;

/** The topic of a question without its ask, when enough is left to name a thing. */
export function withoutAsk(subject: string): string {
  const m = ASK_AT.exec(subject);
  if (!m || m.index < TOPIC_MIN) return subject;
  return subject.slice(0, m.index).replace(/[的，,、\s]+$/u, '');
}

/** `那第13项呢`: a bare item number, and what it numbers. */
const BARE_ITEM = /^(?:那么?|还有)?(第[一二三四五六七八九十两\d]{1,3}(项|条|个问题|个方面|部分))(?:呢)?[?？]?$/u;
/** A question that names nothing but who or when (`责任单位是谁？`, `什么时候完成？`): an item's annotation. */
export const BARE_ASK = /^[^，,。]{0,8}(?:谁|哪个部门|哪些部门|哪个单位|哪些单位|牵头|负责|配合|什么时候|何时|时限|期限)[^，,。]{0,6}[?？]$/u;

/**
 * `那第13项呢` after `第12项由谁负责` (or after a bare `责任单位是谁？` about item 12): the previous
 * question of the other item — not item 13 alone, which would answer what it says instead of who leads it.
 */
export function itemSwap(question: string, previous: string | undefined): string | null {
  const m = BARE_ITEM.exec(normalizeQuery(question).trim());
  const prev = previous ? normalizeQuery(previous).trim() : '';
  if (!m || !prev) return null;
  const before = new RegExp(`第[一二三四五六七八九十两\\d]{1,3}${m[2]}`, 'u').exec(prev)?.[0];
  if (before) return before === m[1] ? null : prev.replace(before, m[1]!);
  return BARE_ASK.test(prev) && !prev.includes('第') ? `${m[1]}${prev}` : null;
}

/**
 * A thing of the same kind (`检测检验机构呢？` after `…安全评价机构的准入条件是什么`): the previous question's
 * last phrase ending in the same two-character head (机构), read back to a particle or punctuation.
 */
function sameHead(previous: string, topic: string): { old: string; new: string } | null {
  if (topic.length < 3 || !/^\p{Script=Han}+$/u.test(topic)) return null;
  const head = topic.slice(-2);
  const at = previous.lastIndexOf(head);
  if (at < 0) return null;
  let from = at;
  while (from > 0 && from > at - topic.length - 2 && /\p{Script=Han}/u.test(previous[from - 1]!) && !/[的之和与或及]/u.test(previous[from - 1]!)) from--;
  const old = previous.slice(from, at + head.length);
  return old.length > head.length && old !== topic && !old.includes(topic) && !topic.includes(old) ? { old, new: topic } : null;
}

/** The character an office's name ends in (`商务局`, `发改委`, `财政厅`). */
const OFFICE_END = /^\p{Script=Han}{1,6}[局委厅办]$/u;

/**
 * An office for an office (`那金融那个局呢`, `那管金融的那个局呢` after `…商务局来的领导叫什么`): the asker's words for the
 * other office without their pointers (`金融局`) in place of the previous question's office of the same ending, as
 * long as the asker's.
 */
function sameOffice(previous: string, topic: string): { old: string; new: string } | null {
  const t = topic.replace(/^管/u, '').replace(/(?:的)?(?:那|这)(?:个|家)?(?=[局委厅办]$)/u, '');
  if (!OFFICE_END.test(t)) return null;
  const at = previous.lastIndexOf(t.at(-1)!);
  if (at < t.length - 1) return null;
  const old = previous.slice(at - t.length + 1, at + 1);
  return /^\p{Script=Han}+$/u.test(old) && old !== t ? { old, new: t } : null;
}

/** A figure said of a word, with its unit and bound (`300万`, `在800万元以上`). */
const FIGURE_SAID = '(?:在|达|满|超过)?[\\d.]+(?:万|亿|千|百)?(?:元|块|人|家|年|个月|天)?(?:以上|以下|以内|左右)?';
/** A word and a figure said of it (`罚款300万`, `投资800万元以上`): the word, and the figure. */
const FIGURE_OF = new RegExp(`^(\\p{Script=Han}{2,4}?)${FIGURE_SAID}$`, 'u');

/**
 * A figure for a figure (`那罚款300万的呢` after `罚款15万以下的奖多少`): the previous question's same word with the figure
 * said of it, swapped for the asker's.
 */
function sameFigure(previous: string, topic: string): { old: string; new: string } | null {
  const m = FIGURE_OF.exec(topic);
  if (!m) return null;
  const said = new RegExp(`${m[1]}${FIGURE_SAID}`, 'u').exec(previous)?.[0];
  return said && said !== topic ? { old: said, new: topic } : null;
}

/** `s` with the last occurrence of `old` replaced (the ask sits at the end; a title may repeat the word before it). */
function replaceLast(s: string, old: string, by: string): string {
  const at = s.lastIndexOf(old);
  return at < 0 ? s : s.slice(0, at) + by + s.slice(at + old.length);
}

/** Characters that end a grade, class or level (级, 类, 档…): what a same-shape follow-up swaps. */
const GRADE_END = /[级类档型星批期层]$/u;

/**
 * The span of `previous` shaped like `topic`: as long, ending in the same grade character, and
 * alike in most other places (parentheses, digits). Null when none is, or when it is the topic itself.
 */
function sameShape(previous: string, topic: string): { old: string; new: string } | null {
  const t = topic.replace(/（/gu, '(').replace(/）/gu, ')');
  if (t.length < 2 || !GRADE_END.test(t)) return null;
  const prev = previous.replace(/（/gu, '(').replace(/）/gu, ')');
  let best: { at: number; same: number } | null = null;
  for (let at = 0; at + t.length <= prev.length; at++) {
    const span = prev.slice(at, at + t.length);
    if (span === t || span.at(-1) !== t.at(-1) || /[，。？！,?!]/u.test(span)) continue;
    let same = 0;
    for (let k = 0; k < t.length - 1; k++) if (span[k] === t[k]) same++;
    if (!best || same > best.same) best = { at, same };
  }
  if (!best || (t.length > 3 && best.same === 0)) return null;
  return { old: prev.slice(best.at, best.at + t.length), new: t };
}

