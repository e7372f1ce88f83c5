// What a question asks for, beyond its topic: the thing in the slot of 多少 / 哪个 / 什么 (`平均月工资是多少`,
// `哪个网上平台`) and the year it asks about. Retrieval finds the topic; an answer that never names
// the slot or the year is not an answer to this question, however well it matches the rest.
import type { KnowledgeIndex, ParsedQuery } from '../retrieval/knowledge-index.ts';
import { askedAmountKinds, asksAmountItself, ASKS_AMOUNT, FIGURE_WORD, namedAtFigure, parseNumber, TIME_POINT, type AmountKind } from '../text/numerals.ts';
import { inWrittenRegister } from '../retrieval/lexical/register.ts';
import { LOST } from '../text/normalize.ts';
import { escapeRegExp } from '../text/regexp.ts';
import { onlyInSituation, situationClauses } from './situation.ts';

const HAN = '\\p{Script=Han}';

/**
 * Who leads or is responsible for something (`…的责任单位是哪些`, `归哪个部门`, `who leads task 6`) — not a 负责人, the
 * person in charge, of whom something else is asked (`卫健部门的负责人可以去公立医院兼个院领导吗`).
 */
export const OWNER_ASK = /牵头|负责(?!人)|责任单位|责任部门|主管部门|指导部门|指导单位|(?:单位|部门)(?:都)?(?:有|是)(?:哪些|哪几个|哪个|谁)(?=[？?，,。呢]|$)|哪个部门|哪些部门|哪几个部门|哪个单位|哪些单位|谁(?:来)?(?:管|抓|负责|牵头|落实|指导|配合|协助)|\bleads?\b|\bleading\b|in charge|responsible for/iu;
/** Interrogatives: a clause with one asks something of its own. */
export const INTERROGATIVE = /什么|啥|哪|几|多少|多久|多长|谁|吗|呢|怎么|怎样|如何|是否|能否|可否/u;
/** `收不收`, `能不能`, `有没有`: a choice put as a question. */
const A_NOT_A = new RegExp(`([${HAN}])[不没]\\1`, 'u');

/**
 * The asks of a question put as several (`全民健身日是哪一天？那天体育场馆收不收门票`, `…能申请复检吗？要在多少
 * 天内提出`): each clause closed by a question mark, or the last clause when it asks; a clause that asks
 * nothing (`我想先有个整体印象。`) is no ask. Null for a question of one ask and nothing beside it.
 */
export function asksOf(question: string): string[] | null {
  const clauses = question.split(/(?<=[？?])/u).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return null;
  const asks = clauses
    .filter((c) => /[？?]$/u.test(c) || INTERROGATIVE.test(c) || A_NOT_A.test(c))
    .map((c) => c.replace(/[？?]+$/u, '').trim())
    .filter((c) => c.length >= 2);
  return asks.length >= 2 || (asks.length === 1 && asks.length < clauses.length) ? asks : null;
}

/** `多少补助资金`: the words after it. */
const AFTER_AMOUNT = new RegExp(`多少(?:钱的)?([${HAN}]{2,6})`, 'u');
/** `哪个网上平台`: the kind of thing asked for (`什么` asks too loosely: 什么程度, 什么要求). */
const WHICH = new RegExp(`(?:哪个|哪些|哪几个|哪几家|哪家|哪一个)([${HAN}]{2,6})`, 'u');
const YEAR = /(20\d{2})年/gu;

export interface Slot {
  /** The phrase in the slot, as the question words it. */
  phrase: string;
  /** The question's concepts inside it (indices into query.concepts). */
  concepts: number[];
  /** Its first word (`产业` of `产业被称作`): named by the answer, the slot is filled. */
  head?: string;
}

/** The slots of a question: each a phrase whose concepts an answer must speak of (at least one of them). */
export function slotsOf(index: KnowledgeIndex, query: ParsedQuery): Slot[] {
  const q = query.normalized;
  const out: Slot[] = [];
  // The words before 多少 are too often the asking itself (`政府能帮我出多少`): only what follows it counts.
  for (const re of [AFTER_AMOUNT, WHICH]) {
    const m = re.exec(q);
    if (!m) continue;
    const phrase = m[1]!;
    // Its first word (`产业` of `产业被称作全`, six characters cut blindly into the verb).
    const first = index.tag(phrase)[0];
    const head = first?.word ?? '';
    const concepts = query.concepts.map((c, i) => (phrase.includes(c.text) || c.text.includes(phrase) ? i : -1)).filter((i) => i >= 0);
    // `多少比例确定`: a slot that names how much is asked (比例, 钱, 费用) is the typed checks' business —
    // and so is one that opens with a unit of time (`多少天能拿到`, `多少天后必须放人`): the span is asked.
    if (asksAmountItself(head) || (re === AFTER_AMOUNT && (COUNTED_UNIT.test(phrase) || (MEASURE_WORD.test(phrase) && (!NOUN_TAG.test(first?.tag ?? '') || COUNT_THEN_ENOUGH.test(phrase)))))) continue;
    // `哪些不用审`, `哪几类不能报`: the things are left unsaid, and what follows says what is denied of them.
    if (re === WHICH && NEGATED.test(phrase) && /^[vd]/u.test(first?.tag ?? '')) continue;
    // `哪些东西`, `什么事情`: the word for "a thing" is the asking; the answer names the things themselves.
    if (GENERIC_THING.test(head)) continue;
    // `往哪个方向推`, `守在哪个量级上`, `哪个行当`: a word for the kind of answer, which the text gives an instance of
    // in its own words (`向高端、优质发展`, `千万吨稳产`, `石化及精细化工`) and never calls by the kind.
    // (…with the 来 of purpose the tagger may glue to it: `哪些词来形容` cut 词来.)
    if (KIND_OF_ANSWER.test(head) || KIND_OF_ANSWER.test(head.replace(/[来去]$/u, ''))) continue;
    // (`哪个时间点截止`, `哪个时间节点`: a point in time is asked, which the typed checks see to.)
    if (re === WHICH && TIME_POINT.test(phrase)) continue;
    // A slot whose first word is no word asked about (`哪些人属于上门服`: 人 is too general a thing to
    // ask for) is the clause going on, not a thing the answer must name.
    if (!concepts.some((i) => query.concepts[i]!.text.startsWith(head))) continue;
    if (concepts.length) out.push({ phrase, concepts, ...(head.length >= 2 ? { head } : {}) });
  }
  return out;
}

/**
 * A unit of time opening what follows 多少 (`天能拿到`, `个工作日内`, `天后必须放人`): the span is asked, which the typed
 * checks see to. (Not `个点`, `周岁`: a share and an age asked in words the slot still holds the text to.)
 */
const COUNTED_UNIT = /^(?:个?工作日|天|日|个?月|年(?!龄|度|纪)|周(?!岁)|小时|分钟)/u;
/**
 * …or a measure word (`多少项才够`, `发了多少条才算`): a count is asked, which the typed checks see to — unless the tagger
 * reads a noun that begins with one (`多少家电`, `人均`, `名誉`): a thing the slot still holds the text to. (Not `个点`,
 * a share, as above.)
 */
const MEASURE_WORD = /^(?:个(?!点)|项|家|名|人|条|件|次|位)/u;
/**
 * A count, then what it takes (`多少人才能开`, `多少项才够`): the tagger reads 人才 or 项才 across the two, and the
 * count is asked all the same.
 */
const COUNT_THEN_ENOUGH = /^.才(?:能|可|算|够|行|会|有|让)/u;
/**
 * A clause that goes on with a negation (`不用审`, `没有纳入`, `无需备案`), read as a verb or an adverb: no thing named, a
 * thing denied (not a noun that opens with one, `非物质文化遗产`, `不动产`, `未成年人`).
 */
const NEGATED = /^(?:不|没|无|未|非)/u;
/** Tags of a noun or a noun's short form. */
const NOUN_TAG = /^(?:n\w*|j|vn)$/u;

/** The words an asker calls a body by (`哪个单位`, `哪个局`). */
const BODY = '单位|部门|机构|机关|局|委|厅';
/**
 * `谁来牵头`, `由谁负责`, `哪个单位主抓`, `哪个办牵头张罗的`: the word that asks who leads, right after the who (group 1).
 * (The who as a body of any kind the asker names it by, an office too; not a person asked of, `哪个负责人的电话`.)
 */
export const WHO_LEADS = new RegExp(`(?:谁|哪(?:个|家|一个)(?:${BODY}|办公室|办|处)?)(?:来)?(牵头|负责|主抓|抓总|主管)(?!谁|人)`, 'u');
/**
 * `哪个单位`, `哪个部门负责`, `哪个局派来的`: a slot asking for an organisation, which texts name rather than call a
 * 单位 (a bare 局 or 委 asked is named by the office it ends: `市金融发展局`).
 */
export const ORG_SLOT = new RegExp(`^(?:${BODY})`, 'u');
/** An organisation as texts name one (`市金融发展局`, `区委统战部`, `农发行安顺分行`). */
export const ORG_NAMED = /\p{Script=Han}{2,}(?:局|委员会|委|厅|办公室|管委会|统战部|组织部|宣传部|中心|政府|海关|银行|分行|公司|集团)/u;

/** `文号是多少`: a word asking for a document's number, which texts state rather than call a 文号. */
export const DOC_NUMBER_WORD = /^(?:文号|字号|发文号|发文字号|发文编号)$/u;
/** A document's year and serial in brackets, as texts write them after the issuer's abbreviation: `〔2022〕5号`, `[2024]3号`. */
export const NUMBER_IN_BRACKETS = '[〔\\[［(（]\\s*\\d{4}\\s*[〕\\]］)）]\\s*\\d{1,4}\\s*号';
/** A document's number as texts state it: `宿建指办〔2022〕5号`, `穗民规字[2024]3号`, `国家医疗保障局令第6号`. */
export const DOC_NUMBER_STATED = new RegExp(`${NUMBER_IN_BRACKETS}|令\\s*第\\s*[\\d一二三四五六七八九十百零〇]{1,6}\\s*号`, 'u');

/** `依据的是哪个文件`: a slot asking for a document, which texts name in 《》. */
const DOCUMENT_SLOT = /^(?:文件|规定|法规|政策文件|文)$/u;
/** `哪个名次`, `哪个位次`: a slot asking for a place in a ranking, which texts state as one (`稳居全省第三位`). */
const RANK_SLOT = /^(?:名次|位次|排名|排位)/u;
const RANK_STATED = /第[一二三四五六七八九十\d]{1,3}(?:位|名)/u;

/**
 * Words for the kind of an answer, not a thing of its own: a direction, a level or order, a line of work, a field, a
 * channel or way (`从哪些渠道来`: the text names where from — `全国性学术组织推荐的专家` —, never calls it a 渠道), or the
 * words it is put in (`方案用了哪些词来形容`: the text's words themselves, `权责清晰、管理科学`).
 */
const KIND_OF_ANSWER = /^(?:方向|层级|级别|量级|档次|行当|行业|领域|板块|渠道|途径|路子|路径|方式|形式|词|词语|词汇|字眼|说法|提法|表述)$/u;

/** Words for "a thing" (`哪些东西`, `哪些事情`). */
export const GENERIC_THING = /^(?:东西|事情|事儿|玩意)/u;

/** `险种`, `工种`, `车型`: kinds of a thing, named by its character and a word for kind. */
const KINDS_OF = /^(\p{Script=Han})(?:种|类|型)/u;

/**
 * Whether the text lists kinds of the thing the slot asks for (`哪些险种` of `专利代理责任险、专利执行险、
 * 专利被侵权损失险等保险产品`): two or more names ending in its character, listed together.
 */
function listsKinds(text: string, slot: string): boolean {
  const ch = KINDS_OF.exec(slot)?.[1];
  if (!ch) return false;
  return new RegExp(`\\p{Script=Han}${ch}(?:[、，,和及与或]\\p{Script=Han}{1,12}${ch}){1,}`, 'u').test(text);
}

/** A quoted name: two to twelve characters between quotation marks (not a whole quoted sentence). */
const QUOTED = /[“"「『‘]([^“”"「」『』‘’，。？！,?!]{2,12})[”"」』’]/gu;

/** Names the question puts in quotation marks (`“专精特新”`, `「候鸟式」`). */
export function quotedOf(question: string): string[] {
  return [...new Set([...question.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(Boolean))];
}

/**
 * Whether the text uses the quoted name: verbatim, or its characters in order within a short span —
 * a quote may sum the text up (`“确保到位”` for 确保层层落实到位) but never invents its words.
 */
export function usesQuoted(text: string, name: string): boolean {
  const n = name.toLowerCase();
  if (text.includes(n)) return true;
  if (withPlaceholder(text, n)) return true;
  if (countedAbbreviation(text, n)) return true;
  if (withLostCharacters(text, n)) return true;
  const span = n.length * 3;
  for (let at = text.indexOf(n[0]!); at >= 0; at = text.indexOf(n[0]!, at + 1)) {
    let k = 1;
    for (let i = at + 1; i < Math.min(text.length, at + span) && k < n.length; i++) if (text[i] === n[k]) k++;
    if (k === n.length) return true;
  }
  return false;
}

/**
 * A quote of words the text holds with characters lost (`“体现新担当”` of `体现新□□、彰显`): each lost one may
 * have been the quote's character there — though the quote must still meet the text's own characters.
 */
function withLostCharacters(text: string, name: string): boolean {
  if (!text.includes(LOST)) return false;
  const pattern = [...name].map((ch) => `[${ch.replace(/[\]^-]/g, '\\$&')}${LOST}]`).join('');
  return [...text.matchAll(new RegExp(pattern, 'gu'))].some((m) => m[0].split(LOST).join('').length * 2 >= name.length);
}

/**
 * A part of the quote the asker does not know, said as a placeholder (`“X个一体化”`, `“去什么化”`, `“多少家以上”`,
 * `“某某计划”`): it stands for the word the text has there, one to three characters of it.
 */
const PLACEHOLDER = /x|×|＊|\*|？|\?|某某|某|什么|啥|多少|几/iu;

/** An ellipsis (`“实施……三年行动”`): the asker left out a stretch of the text's words there, up to a short phrase. */
const ELLIPSIS = /…+|⋯+|\.{3,}/u;
const PLACEHOLDER_ALL = new RegExp(PLACEHOLDER.source, 'giu');

function withPlaceholder(text: string, name: string): boolean {
  if (!PLACEHOLDER.test(name) && !ELLIPSIS.test(name)) return false;
  // (split cuts at every placeholder, with or without the g flag.) An ellipsis at an end leaves nothing there to
  // find, and a quote that keeps one stretch says little (`“实施……”` would be any text that says 实施): with an
  // ellipsis, two stretches or more, each of two known characters or more.
  const kept = name.split(ELLIPSIS).filter((stretch) => stretch.length > 0);
  if (ELLIPSIS.test(name) && (kept.length < 2 || kept.some((stretch) => stretch.replace(PLACEHOLDER_ALL, '').length < 2))) return false;
  const stretches = kept.map((stretch) => stretch.split(PLACEHOLDER));
  // The rest of the quote must say something: two characters or more of it are known.
  if (stretches.flat().join('').length < 2) return false;
  const pattern = stretches.map((parts) => parts.map(escapeRegExp).join('[^，。；、\\s“”"]{1,3}')).join('[^，。；\\s“”"]{1,12}');
  return new RegExp(pattern, 'u').test(text);
}

/**
 * `三新` for 新品牌、新产业、新业态; `两高` for 高耗能、高排放: a count and the character each item shares — or the
 * word each ends in, counted with 个 (`三个到位` for 确保层层落实到位、确保项目引进到位、确保任务执行到位).
 */
const COUNTED = /^([一二两三四五六七八九十])个?([\p{Script=Han}]{1,2})$/u;

/** Whether the text lists as many items as the abbreviation counts, each with its character, close together. */
function countedAbbreviation(text: string, name: string): boolean {
  const m = COUNTED.exec(name);
  if (!m) return false;
  const n = parseNumber(m[1]!) ?? 0;
  const ch = m[2]!;
  const at: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) at.push(i);
  // n occurrences within a span of about a short word each (新品牌、新产业、新业态), or of a short phrase each for a
  // word of two characters (`明晰责任确保层层落实到位、`).
  for (let k = 0; k + n - 1 < at.length; k++) if (at[k + n - 1]! - at[k]! <= n * 8 * ch.length) return true;
  return false;
}

/** A year that sets when the clauses after it hold (`到2025年末，…`, `截至2022年底`), not a base (`较2022年`). */
const ANCHOR_YEAR = /(?:到|截至|截止|至|在)(20\d{2})年/gu;

/**
 * The year a paragraph anchors before `at` in the document (`到2025年，…。…甘蔗收获机械化率达到30%`): the
 * last anchor on the same line. A long paragraph is cut into passages at sentences, so a later passage no
 * longer holds the anchor its sentences stand under; the document still does.
 */
export function paragraphYear(documentText: string, at: number): string | undefined {
  if (at < 0) return undefined;
  let start = documentText.lastIndexOf('\n', at - 1) + 1;
  const own = [...documentText.slice(start, at).matchAll(ANCHOR_YEAR)].at(-1)?.[1];
  if (own || start === 0 || ITEM_OPENING.test(documentText.slice(start, start + 12))) return own;
  // An item whose opening paragraph anchors it (`1.…到2015年将广州建设成为…`) and whose figures follow in
  // paragraphs of their own, unnumbered (`科技创新投入大幅提升。…比重提高到2.5%以上`): the item's year holds
  // for them — up to the item's opening line, a few lines back at most.
  for (let k = 0; k < ITEM_REACH && start > 0; k++) {
    const end = start - 1;
    start = documentText.lastIndexOf('\n', end - 1) + 1;
    const line = documentText.slice(start, end);
    const year = [...line.matchAll(ANCHOR_YEAR)].at(-1)?.[1];
    if (year) return year;
    if (ITEM_OPENING.test(line)) return undefined;
  }
  return undefined;
}

/** A line that opens an item or a part (`1.`, `一、`, `（一）`, `第三条`): where the lines under it begin. */
const ITEM_OPENING = /^\s*(?:\d{1,2}[.．、]|[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+条)/u;
/** How many lines back an item's anchor is looked for. */
const ITEM_REACH = 8;

/**
 * Whether the passage's year `y` holds for the quoted answer: the last time anchor before the answer in
 * the passage is that year. A passage that anchors the answer in 2025 and names 2022 only as a base
 * (`到2025年末，…较2022年提高0.8个百分点。高新技术企业数量达到230家以上`) does not answer for 2022.
 * Without an anchor before the answer in the passage, the paragraph's in the document decides; without
 * either, the year anywhere in the passage holds. A year the document's title names
 * (`关于受理2017年…申报的通知`) holds for all of it.
 */
function yearHolds(passage: string, answerText: string, y: string, lowered: () => string, title: string): boolean {
  if (title.includes(`${y}年`)) return true;
  const at = passage.indexOf(answerText.slice(0, 12));
  const before = at >= 0 ? passage.slice(0, at + Math.min(answerText.length, 40)) : passage;
  const anchors = [...before.matchAll(ANCHOR_YEAR)];
  if (anchors.length) return anchors.at(-1)![1] === y;
  const documentText = lowered();
  const inParagraph = paragraphYear(documentText, documentText.indexOf(answerText.slice(0, 12).toLowerCase()));
  return inParagraph ? inParagraph === y : passage.includes(y);
}

/** Years the question names (`2023年底…实际有多少`). */
export function yearsOf(question: string): string[] {
  return [...new Set([...question.matchAll(YEAR)].map((m) => m[1]!))];
}

/**
 * What the answer leaves unanswered: a slot none of whose words it mentions, or a year it does not
 * name. Empty when it answers what was asked.
 */
/** `docId`: the answering document (its text is read in lower case, KnowledgeIndex.lowerText, only where a check needs it). */
/** `passage`: the whole passage the answer quotes — a year its heading sentence states (`到2025年，…`) holds for the clauses quoted. */
/** `title`: the answering document's title — a year it names holds for all the document says. */
export function unanswered(index: KnowledgeIndex, query: ParsedQuery, answerText: string, docId: string, passage = '', title = ''): string[] {
  const missing: string[] = [];
  // (Lower-casing a law costs more than most of these checks: only a year or a quoted name needs it.)
  const lowered = () => index.lowerText(docId);
  const figureAsked = ASKS_AMOUNT.test(query.normalized);
  // (The kinds a figure slot is held to: read from the question once, when a slot needs them.)
  let kinds: AmountKind[] | undefined;
  for (const s of slotsOf(index, query)) {
    if (s.concepts.some((i) => index.mentions(answerText, query.concepts[i]!))) continue;
    if (s.head && answerText.includes(s.head)) continue;
    // (`哪几个区县` of a text that lists `…等区、县（市）`: a short slot's characters in order, close together.)
    if (s.phrase.length <= 3 && usesQuoted(answerText, s.phrase)) continue;
    if (listsKinds(answerText, s.head ?? s.phrase)) continue;
    if (ORG_SLOT.test(s.head ?? s.phrase) && ORG_NAMED.test(answerText)) continue;
    if (DOCUMENT_SLOT.test(s.head ?? s.phrase) && /《[^》]{2,}》/u.test(answerText)) continue;
    if (RANK_SLOT.test(s.head ?? s.phrase) && RANK_STATED.test(answerText)) continue;
    // (`给多少奖金` of `给予每人800万元奖励`: the figure asked, named at it in the text's own word.)
    if (figureAsked && s.head && FIGURE_WORD.test(s.head) && namedAtFigure(s.head, answerText, (kinds ??= askedAmountKinds(query.normalized)))) continue;
    // Only a slot the answering document cannot fill at all: its weightiest word is nowhere in it
    // (`月工资`, `网上平台`). A slot worded differently from the text (`房租` for 租金) is not evidence enough.
    const heaviest = s.concepts.reduce((a, b) => (index.conceptIdf(query.concepts[b]!) > index.conceptIdf(query.concepts[a]!) ? b : a));
    // (…and no everyday verb or particle of the asker's, a word of no loaded text and not of the written register:
    // `跟哪个数比着定的`, `在哪几个环节多使劲` ask in their own words for what the text says in its own — as the gate weighs such
    // words (EVERYDAY_WEIGHT) — not for a thing it lacks. A thing named is one, everyday or not (`哪个会场开的`: no venue
    // stated); so is a slot of a kind the text names its own way (`哪家单位领头干`: an organisation), and the unit of a figure
    // asked (`多少个点`, `多少道题`).)
    const word = query.concepts[heaviest]!;
    const typed = ORG_SLOT.test(s.head ?? s.phrase) || DOCUMENT_SLOT.test(s.head ?? s.phrase) || RANK_SLOT.test(s.head ?? s.phrase);
    const everyday = !index.known(word) && !inWrittenRegister(word.text) && !index.isProperName(word.text);
    if (everyday && !typed && !figureAsked && !index.tag(word.text).some((t) => t.tag.startsWith('n'))) continue;
    if (!index.mentionsText(docId, word)) missing.push(s.phrase);
  }
  for (const y of yearsOf(query.normalized)) if (!answerText.includes(y) && !yearHolds(passage, answerText, y, lowered, title) && !ofAskerOnly(query.normalized, `${y}年`)) missing.push(`${y}年`);
  // A name the asker quotes (`“专精特新”企业`) is asked about word for word: a document that never uses
  // it is not speaking of it, however much of the rest of the question it shares.
  for (const name of quotedOf(query.normalized)) if (!usesQuoted(lowered(), name)) missing.push(name);
  // A place the question names (`上海市的最低工资`) that the answering document never mentions: the
  // text's rule is not that place's figure.
  for (const c of query.concepts) {
    const m = PLACE.exec(c.text);
    if (m && !GENERIC_PLACE.test(m[1]!) && !index.textIncludes(docId, m[1]!)) missing.push(c.text);
    // …and a place named bare (`成都的OPC行动计划…`) that another loaded document is titled by: the question
    // is about that place's document, not this one. (A place told only as the asker's situation, `我在广州上班，…`,
    // says where the asker is, not whose rule; and the tagger's place names include 东西 and 上市, which no
    // title is named by.)
    else if (!m && namesPlace(index, c.text) && !index.textIncludes(docId, c.text) && titles(index, c.text) && !toldOnlyInSituation(query.normalized, c.text)) missing.push(c.text);
  }
  return missing;
}

/** The asker speaking of themselves (`我们小区是2005年交付的`) — not of their country, province or city (`我市`, `我国`). */
const FIRST_PERSON = /我(?![国省市区县镇乡村])|咱(?![国省市区县])|俺|本人/u;

/**
 * Whether a word is told only in clauses of the asker's own story (`我们小区是2005年交付的商品房，算不算…老旧小区？`):
 * a year there is a fact about them the rule is held against, not the year whose figure is asked.
 * (`截至2022年底，…有多少家` frames what is asked: no one's story.)
 */
function ofAskerOnly(question: string, word: string): boolean {
  const situation = situationClauses(question);
  return onlyInSituation(question, situation, word) && situation.filter((c) => c.includes(word)).every((c) => FIRST_PERSON.test(c));
}

/** Whether a word is one place name to the tagger (`成都`, `望花区`): jieba tags place names ns. */
function namesPlace(index: KnowledgeIndex, word: string): boolean {
  const tags = index.tag(word);
  return tags.length === 1 && tags[0]!.tag === 'ns' && /^\p{Script=Han}{2,6}$/u.test(word);
}

/** Whether a loaded document's title names the word. */
function titles(index: KnowledgeIndex, word: string): boolean {
  return index.documents.some((d) => d.title.includes(word));
}

function toldOnlyInSituation(question: string, word: string): boolean {
  return onlyInSituation(question, situationClauses(question), word);
}

/** A place by its administrative suffix (`上海市`, `广东省`): the name before it must be in the document. */
const PLACE = /^([\p{Script=Han}]{2,6})(?:省|市|自治区|自治州|特别行政区)$/u;
/** Stems that name no particular place (`全市`, `城市`, `本省`, `各市`). */
// (…nor an interrogative the cutter joined to one, `哪次市` of `对照哪次市党代会`.)
const GENERIC_PLACE = /^(?:全|本|各|该|我|城|市|省|地|县|区|设区的?|直辖|所在|当地|外|两|上级)$|(?:城|都)$|^(?:哪|什么|啥|几|多少)/u;

/** Kinds of named things a list question may ask for (`试点县有哪些`, `选了哪几个城市`). */
const NAMED_KIND = /(城市|县|市|区|省|镇|乡|村|企业|公司|机构|学校|大学|医院|银行|网站)$/u;

/**
 * A place's level right after the asking (`哪几个省`, `哪个区`), not a body or a level of one (`区政府`, `省级`, `区域`), nor
 * a word that opens with one (`区间`, `市场`, `市民`, `村民`).
 */
const PLACE_LEVEL = '(城市|省份?|县|市|区|镇|乡|村)(?![级域政委局长内外属直辖间场民])';
const PLACE_ASKED = new RegExp(`^${PLACE_LEVEL}`, 'u');
// (`分别是哪些人`: the 哪些 after 分别是 is the asking a word follows; `建在哪个区`: one place asked by its level.)
const LIST_QUESTION = new RegExp(`哪些|哪几|名单|分别是哪(?![些几])|哪一?个(?=${PLACE_LEVEL})`, 'u');
const LIST_ASKING = new RegExp(LIST_QUESTION.source, 'gu');
/**
 * Words for a thing or an aspect asked after 哪些 (`哪些事`, `哪些方面`): no named thing is asked — nor people
 * (`分别是哪些人`), whom a text names by their roles (`1名团长、3名创业导师`) as often as by name.
 */
const GENERIC_ASKED = /^[个项类种]?(?:事|方面|东西|内容|工作|情况|问题|环节|地方|人|条件|要求|材料)/u;

/** The clause of the question around a position (between its commas and stops). */
function clauseAt(q: string, at: number): string {
  const stops = ['，', ',', '。', '；', '？', '?'];
  const start = Math.max(...stops.map((p) => q.lastIndexOf(p, at))) + 1;
  const ends = stops.map((p) => q.indexOf(p, at)).filter((k) => k >= 0);
  return q.slice(start, ends.length ? Math.min(...ends) + 1 : q.length);
}

/** A 市 that names a city: not 市场, 市民, 市值, nor the 市 of 上市, 超市, 门市, 股市, 地级市, 设区的市. */
const CITY = '(?<![上超门股级的])市(?![场民值])';
/** Three or more short names in a row (`富阳、临安、桐庐`). */
const BARE_NAMES = /\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4}){2,}/u;
/**
 * What a zone's name ends in before its 区 (`未来产业先导区`, `产业集聚区`, `自贸试验区`, `核心区`, `主城区`): a kind of area a
 * plan sets up, not the district asked by `哪几个区` — 东城区 and 鹿城区 are districts.
 */
const ZONE = /(?:先导|集聚|功能|开发|保税|自贸|试验|实验|核心|承载|园|片|辖|景|保护|服务|主城|老城)$/u;
/** Words that make a kind generic rather than name one (试点县, 首批城市, 各区). */
const GENERIC = /(?:试点|示范|首批|第一批|一批|重点|相关|有关|各|该|本|全国|全省|全市|全区|这些|哪些|若干|所在|其他)$/u;

/**
 * A list question asking for named things (`第一批试点县有哪些？`) — or one place by its level (`建在哪个区`) — is answered
 * only by a text that names at least one: a word ending in that kind (`XX县`) which is not just the kind with a generic
 * word before it, nor the question's own words. Returns what the text leaves out (`具体的县名单`, `具体是哪个区`) when the
 * answer names none.
 */
export function unnamedKind(query: ParsedQuery, answerText: string): string | null {
  const q = query.normalized;
  if (!LIST_QUESTION.test(q)) return null;
  // The kind is the thing the list asks for: the word right after the asking (`哪几个区县`, `哪些人才计划` —
  // no kind of named thing, though `望花区` before it ends in one), else the last one before it (`试点县有哪些`,
  // `试点城市最后选了哪几个`, `…综合保税区，有名单吗`).
  // (Of several askings, `名单里都有哪些公司`, the one a word follows.)
  // (…past the measure word: `哪几种还款方式` asks kinds of repayment, not the 市 of `某市` before it.)
  const afterOf = (m: RegExpMatchArray) => q.slice(m.index! + m[0].length).replace(/^(?:[个家所座类批位项]|[种样](?!类))/u, '');
  const nextOf = (m: RegExpMatchArray) => {
    const after = afterOf(m);
    return query.concepts.find((c) => after.startsWith(c.text));
  };
  // (`…被列进失信主体名单了，还可以报吗`: a 名单 in a clause that asks nothing is the asker's story, not a list asked for.)
  const asks = [...q.matchAll(LIST_ASKING)].filter((m) => m[0] !== '名单' || INTERROGATIVE.test(clauseAt(q, m.index!)));
  if (!asks.length) return null;
  const ask = asks.findLast((m) => nextOf(m)) ?? asks.at(-1)!;
  // (`委托有资质的机构做哪些事`, `审核机构哪些方面`: what is asked is a thing or an aspect, not the kind before it.)
  if (GENERIC_ASKED.test(q.slice(ask.index! + ask[0].length))) return null;
  const next = nextOf(ask);
  // (A place asked by its level alone, `派驻到哪几个省`, `建在哪个区`: a character no concept holds — not a body of it,
  // `哪个区政府`, `哪个区级部门`, nor `哪个区域`.)
  const place = next ? undefined : PLACE_ASKED.exec(afterOf(ask))?.[1]?.replace('省份', '省');
  const kinds = next
    ? [NAMED_KIND.exec(next.text)?.[1]].filter((k): k is string => !!k)
    : place
      ? [place]
      : query.concepts
        .map((c) => ({ c, at: q.indexOf(c.text) }))
        .filter(({ at }) => at >= 0 && at < ask.index!)
        .sort((a, b) => a.at - b.at)
        .map(({ c }) => NAMED_KIND.exec(c.text)?.[1])
        .filter((k): k is string => !!k);
  const kind = kinds.at(-1);
  if (!kind) return null;
  // Places and bodies a text lists by their bare names, the kind after them (`富阳、临安、桐庐、淳安、建德等区、县（市）`), are named.
  if (new RegExp(`${BARE_NAMES.source}等?[^。；;]{0,6}${kind}`, 'u').test(answerText)) return null;
  // (A city is named as one, `太原市`, as often as by the kind, `示范城市` — a 市 that is no 市场 or 市民, nor the 市 of
  // `企业上市`, `超市`, `地级市`, `设区的市`.)
  const names = answerText.match(new RegExp(`[\\p{Script=Han}]{2,10}?${kind === '城市' ? `(?:城市|${CITY})` : kind === '市' ? CITY : kind}`, 'gu')) ?? [];
  const named = names.some((n) => {
    // (A name ends in the kind, or — of a city — in 市.)
    const head = n.slice(0, n.endsWith(kind) ? -kind.length : -1);
    return head.length >= 2 && !GENERIC.test(head) && !(kind === '区' && ZONE.test(head)) && !q.includes(n);
  });
  // (What the text leaves out, in words for the reply: one place asked, or the list of them.)
  return named ? null : /^哪一?个$/u.test(ask[0]) ? `具体是哪个${kind}` : `具体的${kind}名单`;
}

/** `发布会在哪儿开的`, `具体地点是啥`: where an event is held. */
const VENUE_ASK = /(?:在哪儿?|在哪里|什么地方|哪个地方|哪儿)(?:开|举行|召开|举办|办)|(?:举办|举行|召开|开会)(?:的)?(?:地点|地方|场地)|具体地点|会场在|\bwhere (?:was|is|will) (?:the|it|this)\b[^?]{0,40}\b(?:held|take place)\b/iu;
/** A venue as texts name one: a hall, a room, a building, an address, or where it says it was held (`在北京、广东、浙江召开`). */
const VENUE_STATED = /会议室|会议中心|礼堂|大厅|报告厅|宾馆|酒店|大厦|大楼|会展中心|展览馆|体育馆|广场|\d+号|号楼|会场|线上|视频会议|在[^，。；]{2,24}?(?:召开|举行|举办|开会)/u;

/** Whether the question asks where an event is held and the text names no venue. */
export function venueUnstated(query: ParsedQuery, text: string): boolean {
  return VENUE_ASK.test(query.normalized) && !VENUE_STATED.test(text);
}

/** An ordinal of a series (`第一场`, `第二批`, `第三期`): what it counts is a unit the text numbers too. */
const SERIES_ORDINAL = /第([一二三四五六七八九十百\d]{1,4})(场|期|批|届|轮|次)/gu;
/** Which one of a series asked (`到底第几场`, `哪一批`): its unit. */
const SERIES_PLACE_ASKED = /(?:第几|哪一?)(场|期|批|届|轮|次)/gu;

/**
 * `系列发布会第一场讲的什么` answered from a text about its 第二场: the question's ordinal of a series, when
 * the answer states another of the same unit and the document states this one nowhere — the text is about
 * another one of the series, and says nothing of the one asked.
 */
export function otherOrdinal(query: ParsedQuery, answerText: string, documentText: string): string | null {
  // (Not one inside the asker's quotation, a sentence given to be checked: `“…系列第三场发布会…”场次对不对`.)
  // (Nor one the asker doubts while asking which it is: `同事说是系列第一场，我记得不是，到底第几场？`.)
  const placesAsked = new Set([...query.normalized.matchAll(SERIES_PLACE_ASKED)].map((m) => m[1]!));
  for (const m of query.normalized.replace(/“[^”]*”/gu, '').matchAll(SERIES_ORDINAL)) {
    const [said, , unit] = m;
    if (documentText.includes(said) || placesAsked.has(unit!)) continue;
    const others = [...answerText.matchAll(SERIES_ORDINAL)].filter((o) => o[2] === unit && o[0] !== said);
    if (others.length) return said;
  }
  return null;
}

