// The answerer that needs no model: picks the sentences that best cover the question from the
// top passages, leads with the most informative one, and cites where they stand.
import { boundsStated, bracketFit, statedFigures } from '../text/brackets.ts';
import { sectionLabel, splitSentences } from '../knowledge/chunk.ts';
import type { Chunk, Citation } from '../knowledge/types.ts';
import { ALL_OF, CONTEXT_CREDIT, type Concept, type Hit, type KnowledgeIndex, type ParsedQuery } from '../retrieval/knowledge-index.ts';
import { isTableHeader } from '../knowledge/tables.ts';
import { assignsInParens } from '../knowledge/annotations.ts';
import { DOC_NUMBER_STATED, DOC_NUMBER_WORD, INTERROGATIVE, OWNER_ASK, paragraphYear, WHO_LEADS, yearsOf } from './asked.ts';
import { toldInSituation } from './situation.ts';
import { adjacent, phrasePairs } from '../retrieval/lexical/phrase.ts';
import { askedAmountKinds, asksAmountItself, ASKS_AMOUNT, countedHead, FIGURE_WORD, namedAtFigure, countMeasure, countsInMeasure, countsThing, kindWords, NUM_PATTERN, parseNumber, partUnitAsked, periodUnitAsked, statesAmount, statesAmountOf, statesPartCount, statesPeriodIn, type AmountKind } from '../text/numerals.ts';
import { lowerOrSame } from '../text/lower.ts';

export const MAX_ANSWER_CHARS = 300;
/** Full-width parentheses as the documents' facts read them (normalised text folds their width). */
const foldParens = (s: string) => s.replace(/（/gu, '(').replace(/）/gu, ')');
const MAX_SENTENCES = 4;
/** What each pair of the question's adjacent words written together adds to a lead sentence's gain. */
const PHRASED_SHARE = 0.002;
/** Passages scoring below this share of the best one are not mined for sentences. */
const PASSAGE_FLOOR = 0.5;
/** A further sentence must add at least this share of the question's weight. */
const MIN_GAIN = 0.08;
/** Words of the section path count for a sentence, but less than its own words. */
const SECTION_SHARE = CONTEXT_CREDIT;
/** Words of the line that announces an item's list count for the item this much (SECTION_SHARE < it < 1). */
const ANNOUNCED_SHARE = 0.8;
/** A sentence that only announces a list (`设置了3个方面的具体目标：`) is half an answer. */
const INTRO_SHARE = 0.5;
/**
 * A question that asks for the members of a list (`哪些情况下可以启动检查`, `包括哪几种`): a sentence that
 * announces one (`有下列情形之一的，…可以启动检查：`) is its answer with the items under it, not half of one.
 */
// (`说几个主要渠道`, `举几个`: a few of them named, which the list gives.)
const MEMBERS_ASK = /哪些|哪几|有哪|包括|列举|什么(?:情况|情形)|哪种情况|哪类情况|[举说列讲挑](?:几个|一些|些)|举例/u;
/** An item marked as one of a list: `（一）`, `(1)`, `1.`, `①`. */
const MARKED_ITEM = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳])/u;
/** An item under an announcing sentence: a marked one, or a clause ending in `；`. */
const listItem = (text: string) => MARKED_ITEM.test(text) || /[；;]$/u.test(text);
/** A sentence that opens with the exception to the rule before it (`但…确因…的，可…`, `特殊情况…`, `确需…的`), not a further limit (`但不得超过…`). */
const EXCEPTION_AFTER = /^(?:但(?!不得|不超过|最高|最多|最长)|确因|确需|确有|因特殊|特殊情况|如遇|遇有)/u;
/** A sentence that lists three things or more in a row (`地块名称、界址、出让面积`). */
const ENUMERATES = /[^、，。；]{1,20}、[^、，。；]{1,20}、/u;
/**
 * Whether a sentence opens with the words another closes on (`…应当拟定入市方案。` / `入市方案应包括…`): it takes them up —
 * three characters or more, or two the question says (`方案`), not any two that happen to meet.
 */
function takesUp(before: string, after: string, question: string): boolean {
  const end = before.replace(/[。；;！!？?]+$/u, '');
  for (let k = Math.min(8, end.length, after.length); k >= 2; k--) {
    const words = after.slice(0, k);
    if (end.endsWith(words)) return k >= 3 || question.includes(words);
  }
  return false;
}
/** Questions that ask for a list: an enumerated answer is given whole. */
const LIST_QUESTION = /哪些|哪几|什么|几个方面|几项|包括|列举|which|what are/iu;
/** Question words of something other than an amount (`什么比例`, `什么标准` ask the amount itself). */
const OTHER_ASK = /哪(?!些)|什么(?!比例|标准|比重|价格|费率|税率)|谁|怎么|怎样|如何|为什么|是否|吗/;
/** For a question that asks for an amount, a sentence that states none counts this much. */
const NO_AMOUNT_SHARE = 0.5;
/** A question asking which body (unit, department, office) did something — or who organised, hosted or convened it (`组织方是谁`, `谁主办的`). */
const ORG_ASK = /(?:哪个|哪些|哪家|哪几个|什么)(?:单位|部门|机构|机关)|(?:组织|主办|承办|召集|举办|发起)(?:方|单位|者)(?:是|为)?(?:谁|哪)|谁(?:来)?(?:组织|主办|承办|召集|召开|举办|发起)/u;
/**
 * A body's name: a run ending in an office word (新闻办, 工业和信息化局, 人民政府, 公安机关) — or an authority's 机构
 * (上一级海警机构, 监管机构), not any 机构 a text speaks of (上云服务机构, 金融机构).
 */
const ORG_NAME = /\p{Script=Han}{1,12}?(?:局|委员会|委|办公室|办公厅|办|厅|部门|部|院|中心|政府|公司|银行|协会|集团|机关|(?:海警|监管|管理|执法|登记|主管|行政|统计|监督|审计|复议|警察)机构)/u;
/** Weight of a tier whose bracket does not hold the figure the question states. */
const OTHER_TIER = 0.5;
/** Weight of a sentence that states only other years than the one the question names. */
const OTHER_YEAR = 0.5;
/**
 * `新增哪5种门诊慢特病`, `哪两个旧规章`: the asker knows how many things there are and wants them named. A
 * sentence that names fewer things in a row than that weighs this share: the count sentence (`从5种增加到
 * 10种`) repeats the question's words but names none.
 */
const UNLISTED = 0.5;

/** How many things a sentence names in a row at most: `A、B、C和D` four, `《X》《Y》` two. */
function namedInRow(text: string): number {
  const listed = (text.match(/、/gu)?.length ?? 0) + (/[和与及或]/u.test(text) ? 1 : 0) + 1;
  return Math.max(listed, text.match(/《/gu)?.length ?? 0);
}
const LIST_OF_N = new RegExp(`哪(${NUM_PATTERN})(?:种|类|个|项|家|所|条|位|名|批|座|处|部|件|款)`, 'u');
/** Passages of the lead's document looked up for each further ask. */
const ASK_PASSAGES = 2;
/** A second ask's sentence from the lead's own passage is preferred by this much gain. */
const SAME_PASSAGE = 0.05;
/** Parts of speech that carry no topic: particles, modal particles, conjunctions, prepositions, pronouns. */
const GRAMMAR_TAG = /^(?:u\w*|y|c|p|r\w*)$/u;
/** The text naming itself (`本法`, `本条例`, `本办法`). */
const SELF_NAME = /^本(?:法|条例|办法|规定|细则|条|款|意见|措施|方案|决定)$/u;

/** A word right before the ask is the topic when it weighs this share of the weightiest word asked. */
const NEAR_TOPIC = 0.4;

/** Where the amount asked is named: right before `是多少`, `有多少`. */
const ASKED_OF = /(?:是|为|有)?多少/u;

/** The question before and after its first `是多少` / `多少`, where the amount asked is named; null without one. */
function aroundAsk(q: string): { before: string; after: string } | null {
  const m = ASKED_OF.exec(q);
  return m ? { before: q.slice(0, m.index), after: q.slice(m.index + m[0].length) } : null;
}

/** A size asked of a thing (`互认范围有多大`, `影响有多大`): its last two characters are the thing's head word. */
const SIZE_ASKED = /(\p{Script=Han}{2})(?:有|是)?(?:多大|多高|多长|多广|多宽)/u;

/**
 * Whether the answer gives the size asked as a value in words (`互认范围为全国`): the thing asked, then 为 or 是. A
 * size no kind of figure types (`范围有多大` asks no area, no sum) may be stated in words, and a passage that does
 * so answers — it does not lack the figure.
 */
function valueInWords(q: string, body: string): boolean {
  const head = SIZE_ASKED.exec(q)?.[1];
  // (Not a sum's or a standard's size, `补贴有多高`, which a figure states — `补贴为企业减负` says what it is for; nor
  // `…标准为准`, `…为依据`.)
  if (!head || FIGURE_WORD.test(head) || SUM_HEAD.test(head)) return false;
  return new RegExp(`${head}(?:为|是)(?![否不准主依基限指])`, 'u').test(body);
}
/** Heads of a size that is a sum or a standard, which figures state. */
const SUM_HEAD = /标准|补贴|补助|奖励|力度|额度/u;

/** A question that asks what penalty follows (`怎么罚`, `会受到什么处罚`, `要承担什么法律责任`). */
const PENALTY_ASK = /怎么罚|怎样罚|如何罚|罚(?:他|她|我|我们|你|款)?多少|怎么处罚|怎样处罚|如何处罚|(?:什么|哪些|何种|啥)(?:处罚|罚则|法律责任)|处罚(?:是什么|有哪些|标准)|承担什么(?:法律)?责任|\bpenalt(?:y|ies)\b|\bfined?\b|\bpunish/iu;
/** A sentence that states one. */
const PENALTY_STATED = /罚款|罚金|拘留|吊销|没收|警告|有期徒刑|拘役|责令停产停业|降级|撤职|开除|处分/u;
/** …or that says how the penalty is set elsewhere (`依法追究刑事责任`, `依照有关法律处罚`). */
const PENALTY_OTHERWISE = /追究|法律责任|依法处理|依法处置|处罚|惩戒|取消|收回|退回|追回|列入.{0,6}名单/u;
/**
 * A question that asks who bears a cost (`修理费谁出`, `复检的费用谁来出`, `由谁来承担`, `who pays`): the text states it
 * as a duty to pay (`由个人自理`, `由申请方承担`, `患者自付`), which a sentence that only names the cost does not.
 */
const PAYER_ASK = /谁(?:来)?(?:出(?![面台具来任场手席版题的])|承担|负担|掏|付|买单|埋单|支付|出钱)|哪(?:一?方|个单位|家)(?:来)?(?:出钱|承担|负担|支付|买单)|\bwho (?:pays|bears|covers|foots)\b/iu;
/** How a text says who pays: bears, pays itself, funds, settles (`由财政解决`). */
const PAYER_STATED = /承担|负担|自理|自付|自负|支付|列支|出资|买单|缴纳|报销|垫付|补助|资助|解决/u;

/** `哪天到哪天`, `起止时间`: a window asked, from one day to another. */
const SPAN_ASK = /(?:哪天|哪一天|什么时候|几号|何时)(?:到|至)(?:哪天|哪一天|什么时候|几号|何时)|起止(?:时间|日期)|从(?:哪天|什么时候|何时)(?:开始)?到/u;
/** A window as texts state one: `2017年8月7日至8月21日`, `9月1日—9月30日`. */
const SPAN_STATED = /\d{1,2}月\d{1,2}日?\s*(?:至|到|—|－|-|~)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日/u;


/**
 * The question's asks beyond its first, as groups of its concepts (indices): each later clause that
 * asks with its own interrogative (`…召集人？每年开几次会？`), or each later subject of `A和B分别…`.
 * Only the concepts a group does not share with the others count for it.
 */
/** A further ask of the question: its subject (a concept index), the kinds of figure it asks, its words. */
interface Ask {
  head: number;
  /** The concepts only this ask has (the head among them). */
  own: number[];
  kinds: AmountKind[];
  clause: string;
  /** The question's first clause, whose words led the pick. */
  first?: true;
}

/** The clauses of a question that ask something, each closed by a question mark (`最长能租几年？到期了还能续吗`). */
function askingClauses(q: string): string[] {
  return q.split(/[？?]/u).map((x) => x.trim()).filter((x) => x && INTERROGATIVE.test(x));
}

function askGroups(query: ParsedQuery): Ask[] {
  const q = query.normalized;
  let parts = askingClauses(q);
  // `目录和教材分别多久修订一次`: each subject asks what follows 分别 (how often), said once for all.
  let shared = '';
  if (parts.length < 2) {
    const m = /([^，,。；;？?]{2,40}?)分别([^，,。；;？?]*)/u.exec(q);
    parts = m ? m[1]!.split(/和|与|及|、/u).map((x) => x.trim()).filter((x) => x.length >= 2) : [];
    shared = m?.[2] ?? '';
  }
  if (parts.length < 2) return [];
  const lower = parts.map((p) => p.toLowerCase());
  const holders = query.concepts.map((c) => lower.map((p, k) => (p.includes(c.text) ? k : -1)).filter((k) => k >= 0));
  const out: Ask[] = [];
  // (The first clause too: the lead may answer a later one — `…从哪天起施行？…提前几天通知` led by the notice.)
  for (let k = 0; k < parts.length; k++) {
    // The ask's subject: its first concept no other ask shares (`军队` of 军队中奏唱国歌的场合).
    const own = query.concepts.map((_, i) => i).filter((i) => holders[i]!.length === 1 && holders[i]![0] === k);
    const head = own.sort((a, b) => lower[k]!.indexOf(query.concepts[a]!.text) - lower[k]!.indexOf(query.concepts[b]!.text))[0];
    const kinds = askedAmountKinds(parts[k]! + shared);
    // (The first clause only when it asks a figure or a date the lead must state: its words led the pick.)
    if (head !== undefined && (k > 0 || kinds.length)) out.push({ head, own, kinds, clause: parts[k]!, ...(k === 0 ? { first: true as const } : {}) });
  }
  return out;
}

/** Longest line read as a heading inside a passage. */
const MAX_INLINE_HEADING = 30;
/** A second passage's best sentence joins when it matches the question nearly as well (another reading). */
const RUNNER_UP = 0.9;

interface Candidate {
  hitRank: number;
  docId: string;
  order: number;
  text: string;
  /** Concept index → how well this sentence covers it: 1 in its own words, SECTION_SHARE by its section. */
  covers: Map<number, number>;
  weight: number;
  /** The question asks for an amount and this sentence states none. */
  noAmount?: true;
  /**
   * Says nothing of who pays, where that is asked (`修理费谁出`): led by a sentence that does, as an amount asked
   * is — but, no figure being asked, still a sentence that states the figures another ask wants.
   */
  unpaid?: true;
  /** Pairs of the question's adjacent words the sentence also writes together (`科技型中小企业`). */
  phrased: number;
  /** Whether the sentence's bracket holds the figure the question states (`in`), or another tier's (`out`). */
  tier?: 'in' | 'out';
  /** Sentences of the same paragraph that follow this one, for completing a list. */
  next?: Candidate;
}

export interface Extract {
  /** The sentences chosen: what the checks after the gate hold to the question. */
  body: string;
  /** What the asker is shown when it differs from `body`: the whole short article the lead sentence stands in. */
  shown?: string;
  /** The passage the lead sentence came from. */
  lead: Hit;
  /** Share of the question's weight the lead sentence covers on its own (with its section): 0..1. */
  leadCoverage: number;
  /** The question asks only for an amount and no sentence given states one. */
  missingAmount?: true;
  /** What the text does not state, in words for the reply (`具体数额`, `联系电话`). */
  missingWhat?: string;
  citations: Citation[];
}

/** The kinds asked that a line of contact details states (`联系方式：85911342`): a phone number, web address or mailbox. */
function contactKindsOf(kinds: readonly AmountKind[]): AmountKind[] {
  return kinds.filter((k) => k === 'phone' || k === 'website' || k === 'email');
}

/** Kinds or grades asked for: `分成哪几类`, `一共分几个级别`, `有哪几种类型`. */
const CLASS_ASK = /(?:分成|分为|划分为?|分作|分)了?(?:哪|几|多少)(?:个|种)?(?:类|种|级|档|等|级别|等级|类别|类型|种类)|(?:哪|几)(?:个|种)(?:级别|等级|类别|类型)/u;
/** A sentence that divides something: `分为…`, `…等四类`, `三级`. */
const CLASS_STATED = /分为|分成|划分为|[一二两三四五六七八九十\d]+(?:类|级|种|档|个等级|个级别)/u;

function candidates(index: KnowledgeIndex, query: ParsedQuery, hits: Hit[], kinds: readonly AmountKind[]): Candidate[] {
  const top = hits[0]!.score;
  // Only when the amount is all it asks: "建在哪，规模多大" wants the place as much as the size.
  const amount = ASKS_AMOUNT.test(query.normalized) && !OTHER_ASK.test(query.normalized);
  // `环境日是哪一天`: a sentence with a date leads, as one with a number leads a 多少 question.
  // (Not when another ask wants a period — `哪天起施行？…提前几天通知` — which that ask's sentence states.)
  const several = askingClauses(query.normalized).length > 1;
  const dated = (kinds.includes('date') || kinds.includes('month') || kinds.includes('year')) && !(several && kinds.includes('duration'));
  const dateKinds = kinds.filter((k) => k === 'date' || k === 'month' || k === 'year');
  const years = yearsOf(query.normalized);
  // `多少条举措` is led by a sentence that counts (`共16条`), not by one that states a period; `多少岁` by one
  // that states an age, `几年期` by one that states a period — a figure of the kind asked. (A sum asked is
  // led by any figure: the text may state it as a share or a multiple, and another sum nearby is no answer.)
  // (A rank asked leads with any figure too: `既要往上提零点几，又要在省里排第几` asks a rise as well.)
  const typedKinds = kinds.includes('money') ? [] : kinds.filter((k) => k !== 'phone' && k !== 'website' && k !== 'rank');
  // `街道几天内给审核意见`: a period in the scale asked (`3个工作日内`), not one in another (`2个月最低生活保障标准`).
  const period = amount && kinds.includes('duration') && !several ? periodUnitAsked(query.normalized) : null;
  // `一共几章`: a count of a text's parts is led by a sentence that counts them (`共十九章`), not by another count.
  const part = kinds.includes('count') && !OTHER_ASK.test(query.normalized) ? partUnitAsked(query.normalized) : null;
  const contactKinds = contactKindsOf(kinds);
  // `哪个单位组织召开`: led by a sentence that names a body (`市政府新闻办召开…`).
  // (…and `谁来牵头细化分解`: who leads, which only a sentence that names the body says.)
  const body = ORG_ASK.test(query.normalized) || WHO_LEADS.test(query.normalized);
  // `分成哪几类`, `分几个级别`: by a sentence that divides (`分为经营性和非经营性两类`, `…等四类OPC主体`).
  const classing = CLASS_ASK.test(query.normalized);
  // `那个若干措施的文号是多少`: by a sentence that states a document's number (`（宿建指办〔2022〕5号）`).
  const numbered = query.concepts.some((c) => DOC_NUMBER_WORD.test(c.text));
  // `违反了怎么罚`: led by a sentence that states the penalty, not by the one that repeats the duty.
  const penalty = PENALTY_ASK.test(query.normalized);
  // `这个是哪天到哪天`: by a sentence that states a window, not by one that dates a condition (`申请日在2016年2月23日及之前`).
  const span = SPAN_ASK.test(query.normalized);
  // `修理费谁出`: by a sentence that says who pays (`…由个人自理`), not by one that only names the cost.
  const payer = PAYER_ASK.test(query.normalized);
  // `第几次部长办公会`: a place asked is stated as one (`第8次`), which is no amount.
  const placeWord = /第几(\p{Script=Han})/u.exec(query.normalized)?.[1];
  const place = placeWord ? new RegExp(`第${NUM_PATTERN}${placeWord}`, 'u') : null;
  const pairs = phrasePairs(query);
  const members = MEMBERS_ASK.test(query.normalized);
  const listOf = LIST_OF_N.exec(query.normalized);
  const named = listOf ? (parseNumber(listOf[1]!) ?? 0) : 0;
  // `卖了1.2万张票的演唱会奖多少`: where the asker stands, against the tiers a clause states.
  const stated = statedFigures(query.normalized);
  const out: Candidate[] = [];
  hits.forEach((hit, hitRank) => {
    if (hit.score < top * PASSAGE_FLOOR) return;
    // A passage's rank is evidence too: a sentence from the best passage beats an equal one further down.
    const weight = Math.sqrt(hit.score / top);
    // The section path and title are part of what a sentence says: a clause under 总体目标 › 一是 … is a target.
    const section = `${hit.chunk.source} ${hit.chunk.section.join(' ')}`;
    const lowerSection = lowerOrSame(section);
    const label = hit.chunk.section.at(-1)?.replace(/\s+/g, '') ?? '';
    let prev: Candidate | undefined;
    // A short unpunctuated line inside the passage (`（一）长期失能人员的失能评估费用`) heads the sentences
    // under it: they speak of it as a sentence under a section speaks of the section.
    let heading = '';
    // The year the paragraph anchors its sentences in (`到2025年，…`), when a year is asked: the passage
    // may begin after it, in the middle of the paragraph.
    const docLower = years.length ? index.lowerText(hit.chunk.docId) : '';
    let anchor = years.length ? paragraphYear(docLower, docLower.indexOf(hit.chunk.text.slice(0, 16).toLowerCase())) : undefined;
    let from = 0;
    splitSentences(hit.chunk.text).forEach((text, order) => {
      // A new line is a new paragraph: the anchor before it no longer holds.
      const at = hit.chunk.text.indexOf(text, from);
      if (at > from) {
        // (A line break between the last sentence and this one, looked up in place: no slice made.)
        const br = hit.chunk.text.indexOf('\n', from);
        if (br >= 0 && br < at) anchor = undefined;
      }
      if (at >= 0) from = at + text.length;
      // The enumeration's title sentence (二是推动…。) is already the section: not an answer.
      if (label && text.replace(/[。：:\s]/g, '') === label) return;
      // A question (`1.问：…？` in a press Q&A) restates what was asked; it never answers it.
      if (/^(?:\d{1,2}[.、]\s*)?问[：:]|[？?]$/u.test(text)) return;
      // Nor does a table's header row (`序号 工作事项 牵头单位…`): it names columns, not facts.
      if (isTableHeader(text)) return;
      const covers = new Map<number, number>();
      let own = false;
      // Lower-cased once per sentence (and section), not once per concept asked about.
      const lower = lowerOrSame(text);
      // An item of a list speaks of what the list's announcement says of all its items (`3.图书…` under `…下列货物，
      // 税率为11%：`): that line's words count for it, less than its own, more than the section's.
      let announced: string | null | undefined;
      // (Not a penalty announced for a list of violations, `有下列行为之一的，…处五万元以下的罚款：`, unless a penalty is
      // asked: its words are every item's, and would lead with an item where the article that states the rule is meant.)
      const announcement = () => {
        if (announced === undefined) {
          const line = introOf(index, hit.chunk, text);
          announced = line && (penalty || !PENALTY_STATED.test(line)) ? lowerOrSame(line) : null;
        }
        return announced;
      };
      for (let i = 0; i < query.concepts.length; i++) {
        const c = query.concepts[i]!;
        if (index.mentionsLowered(lower, c)) {
          covers.set(i, 1);
          own = true;
        } else if (announcement() && index.mentionsLowered(announced!, c)) covers.set(i, ANNOUNCED_SHARE);
        else if (index.mentionsLowered(lowerSection, c) || (heading && index.mentionsLowered(heading, c)) || (anchor && index.mentionsLowered(`到${anchor}年`, c))) covers.set(i, SECTION_SHARE);
      }
      // The rule that bounds a figure the asker tells of themselves speaks of them as a word they use would:
      // one more concept, after the question's own (`我今年57岁…还能申请吗` → `女性不超过55周岁`).
      if (own && boundsStated(text, stated)) covers.set(query.concepts.length, 1);
      if (years.length) anchor = paragraphYear(text, text.length) ?? anchor;
      if (text.length <= MAX_INLINE_HEADING && !/[。，；：、！？,;:!?]/u.test(text)) heading = lower;
      // A sentence that speaks of nothing asked and continues no `；` list is never a candidate nor
      // reached from one: its figures and weight are not worked out (most sentences of a passage).
      const listed = prev !== undefined && (/[；;]$/.test(prev.text) || (members && /[：:]$/.test(prev.text))) && listItem(text);
      // (…unless it states the phone number, address or mailbox asked, `联系方式：85911342`, which names nothing.)
      const contactLine = contactKinds.length > 0 && statesAmountOf(text, contactKinds);
      if (!own && !contactLine && !(prev && /[；;]$/.test(prev.text)) && !listed) {
        prev = undefined;
        return;
      }
      // (One that states the figure asked, `费用标准为每人每次200元，支付比例如下：`, is more than an announcement.)
      const intro = /[：:]$/.test(text) && !(amount && statesAmount(text)) && !members;
      // A sentence about another year than the one asked (`到2026年末…` for `那2027年呢`) says another target.
      const otherYear = years.length > 0 && /20\d{2}年/u.test(text) && !years.some((y) => text.includes(y));
      const phrased = own ? pairs.filter(([a, b]) => adjacent(lower, a, b)).length : 0;
      // A tier whose bracket does not hold the asker's figure (5000–10000人 for 1.2万张票) answers someone else.
      const fit = bracketFit(text, stated);
      const cand: Candidate = { hitRank, docId: hit.chunk.docId, order, text, covers, phrased, ...(fit ? { tier: fit } : {}), weight: (intro ? weight * INTRO_SHARE : weight) * (otherYear ? OTHER_YEAR : 1) * (fit === 'out' ? OTHER_TIER : 1) * (named > 1 && namedInRow(text) < named ? UNLISTED : 1), ...((amount && !(typedKinds.length ? statesAmountOf(text, typedKinds) : statesAmount(text)) && !(place && place.test(text))) || (period && !statesPeriodIn(text, period)) || (part && !statesPartCount(text, part)) || (dated && !statesAmountOf(text, dateKinds)) || (body && !ORG_NAME.test(text)) || (numbered && !DOC_NUMBER_STATED.test(text)) || (classing && !CLASS_STATED.test(text)) || (penalty && !PENALTY_STATED.test(text)) || (span && !SPAN_STATED.test(text)) ? { noAmount: true } : {}), ...(payer && !PAYER_STATED.test(text) ? { unpaid: true as const } : {}) };
      // Clauses of one `；` list are chained so a list question can get the whole list — and, for a question
      // that asks a list's members, the items under the sentence that announces them.
      if (prev && (/[；;]$/.test(prev.text) || listed)) prev.next = cand;
      prev = cand;
      // A sentence that only shares its section's words says nothing itself (a contact line asked for aside).
      if (own || contactLine) out.push(cand);
    });
  });
  // A sentence is the asker's tier only against others that are not (`每5000名…配备1名` holds the `1名` asked
  // about, and no other tier is in sight).
  if (!out.some((c) => c.tier === 'out')) for (const c of out) delete c.tier;
  return out;
}

function coverageShare(index: KnowledgeIndex, query: ParsedQuery, c: Candidate): number {
  let total = 0;
  let found = 0;
  query.concepts.forEach((concept, i) => {
    const w = index.conceptIdf(concept);
    total += w;
    found += w * (c.covers.get(i) ?? 0);
  });
  return total ? found / total : 0;
}

/** For a list question whose lead is one clause of a `；` list, the rest of the list follows it. */
function completeList(lead: Candidate, room: number): Candidate[] {
  const out: Candidate[] = [];
  for (let c = lead.next; c && c.text.length <= room; c = c.next) {
    out.push(c);
    room -= c.text.length;
  }
  return out;
}

/**
 * The items a lead sentence announces (`（四）OPC社区有下列行为之一的，取消其资格：`) when the outline made each
 * a passage of its own (`1.`, `2.`, `3.` under that item): the passages after the lead's, in order, whose
 * section path runs on from the lead passage's — the lead's own item's members, never a neighbour's. Only
 * when the lead closes its passage, and while they fit.
 */
function itemsUnder(index: KnowledgeIndex, chunk: Chunk, lead: Candidate, room: number): Candidate[] {
  if (!chunk.text.trimEnd().endsWith(lead.text)) return [];
  const depth = chunk.section.length;
  const out: Candidate[] = [];
  for (let id = chunk.id + 1; id < index.chunks.length; id++) {
    const next = index.chunks[id]!;
    const under = next.docId === chunk.docId && next.section.length > depth && chunk.section.every((s, i) => next.section[i] === s);
    const text = next.text.trim();
    if (!under || !MARKED_ITEM.test(text) || text.length > room) break;
    out.push(givenWith(lead, text, lead.order + out.length + 1));
    room -= text.length;
  }
  return out;
}

/**
 * A sentence that announces the members of a list in words, whatever it ends in: `有下列情形之一的，登记主体应申请办理
 * 注销登记。`, `应提交以下材料`, `包括如下内容`. (One ending in `：` announces too, and is read as before.)
 */
// (Not `以下` of a bound, `处五千元以下罚款。`, `三年以下有期徒刑`, `十八周岁以下的`.)
const ANNOUNCING = /(?:下列|如下|(?<![\d〇一二三四五六七八九十百千万亿元日月年天岁级倍人分])以下)\p{Script=Han}{0,8}?(?:之一)?(?:的|[，,：:。]|$)/u;
/**
 * Sentences between an announcing sentence and its first item at most: one that says what follows from the list
 * as a whole (`登记机构自受理之日起10个工作日之内完成注销。`) — more would be reading on into another rule.
 */
const BEFORE_ITEMS = 1;

/**
 * The marked items (`1.`, `（一）`, `①`) that follow a sentence announcing them within its own passage — after at
 * most BEFORE_ITEMS other sentences — in order, while they run on and fit: the members a `哪些情况…` question asks.
 */
function itemsAfter(chunk: Chunk, lead: Candidate, room: number): Candidate[] {
  const at = chunk.text.indexOf(lead.text);
  if (at < 0) return [];
  const out: Candidate[] = [];
  let skipped = 0;
  // (A lead that is an item itself announces items of another marking: its own siblings are not its members.)
  const own = markKind(lead.text);
  for (const text of splitSentences(chunk.text.slice(at + lead.text.length))) {
    if (ARTICLE_START.test(text) || (own !== null && markKind(text) === own)) break;
    if (!MARKED_ITEM.test(text)) {
      if (out.length || /[：:]$/u.test(text) || ++skipped > BEFORE_ITEMS) break;
      continue;
    }
    if (text.length > room) break;
    out.push(givenWith(lead, text, lead.order + skipped + out.length + 1));
    room -= text.length;
  }
  return out;
}

/**
 * Greedy maximum coverage: each next sentence is the one that adds the most uncovered weight. `asks`:
 * the question's further asks (askGroups); `mined`: how many passages were retrieved for the whole
 * question — later ones serve a further ask only.
 */
function select(index: KnowledgeIndex, query: ParsedQuery, cands: Candidate[], asks: Ask[], mined: number, contact: readonly AmountKind[]): Candidate[] {
  // A typed array summed by a loop, as rank's weights: one kind of array whatever the question (a bail-out
  // of select's optimised code on the other kind, and its recompile, otherwise).
  const n = query.concepts.length;
  const idf = new Float64Array(n + 1);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += idf[i] = index.conceptIdf(query.concepts[i]!);
  // The asker's own figure (candidates' covers at index n) weighs as the question's average word.
  if (n && cands.some((c) => c.covers.has(n))) sum += idf[n] = sum / n;
  const total = sum || 1;
  const covered = new Map<number, number>();
  const gainOf = (c: Candidate, have: Map<number, number>, ranked = true) => {
    let gain = 0;
    for (const [i, v] of c.covers) gain += Math.max(0, v - (have.get(i) ?? 0)) * idf[i]!;
    // "How many / how much" is led by a sentence with a number in it, not by the one that repeats
    // the question's words best; the sentences after it may answer the question's other parts.
    const amount = (c.noAmount || c.unpaid) && have.size === 0 ? NO_AMOUNT_SHARE : 1;
    // The lead writes the question's words together as the question does (`科技型中小企业…超过6000家`, not
    // `科技企业孵化器…中小企业达到2000家`): a small share that settles equal coverage, never outweighs it.
    const together = have.size === 0 ? 1 + PHRASED_SHARE * Math.min(c.phrased, 2) : 1;
    // Shorter sentences win ties: the direct fact rather than the paragraph around it.
    return (gain / total) * (ranked ? c.weight : 1) * amount * together - c.text.length * 1e-5;
  };
  const chosen: Candidate[] = [];
  // After the tier that holds the asker's figure, the other tiers are not theirs.
  const offTier = (c: Candidate) => chosen[0]?.tier === 'in' && c.tier === 'out';
  // A sentence the document states twice (in its body and again as a row of its task table, after the
  // row's number) is given once: each candidate's words worked out once, those given kept in a set.
  const statements = new Map<Candidate, string>();
  const statementOf = (c: Candidate) => {
    let s = statements.get(c);
    if (s === undefined) statements.set(c, (s = statement(c.text)));
    return s;
  };
  const given = (c: Candidate) => chosen.some((x) => statementOf(x) === statementOf(c));
  let length = 0;
  let leadGain = 0;
  while (chosen.length < MAX_SENTENCES) {
    let best: Candidate | null = null;
    let bestGain = 0;
    for (const c of cands) {
      if (given(c) || c.hitRank >= mined || length + c.text.length > MAX_ANSWER_CHARS) continue;
      // One answer, one document: sentences stitched from a plan and a law under one source
      // line would misattribute them.
      if (chosen[0] && c.docId !== chosen[0].docId) continue;
      if (offTier(c)) continue;
      const gain = gainOf(c, covered);
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best || (chosen.length > 0 && bestGain < MIN_GAIN)) break;
    if (!chosen.length) leadGain = gainOf(best, new Map(), false);
    chosen.push(best);
    length += best.text.length;
    for (const [i, v] of best.covers) covered.set(i, Math.max(v, covered.get(i) ?? 0));
  }
  // A question that asks two things (`由谁担任召集人？每年开几次会？`, `目录和教材分别多久修订`) gets a
  // sentence for each: the second ask's words weigh little against the whole question, so the greedy
  // pick stops before them. Only from the lead's document, and only a sentence that speaks of that ask.
  const first = chosen[0];
  if (first) {
    const leadStates = statesAmount(first.text);
    for (const ask of asks) {
      const { own, kinds, first: opening } = ask;
      // The ask's subject is its weightiest word the lead's document uses: `还有那个营业日志要留多久` asks of
      // 营业日志, not 还有; `工资支付台账最少保存几年` of 台账, not 要求.
      // (Only when the document uses the ask's weightiest word at all: `…算力补贴怎么给？按算力费用补多少` of a text
      // with no 算力 is not answered by its 费用补贴80% — the ask is read as before, by its first word.)
      const weightiest = own.reduce((a, b) => (idf[b]! > idf[a]! ? b : a));
      const known = index.mentionsText(first.docId, query.concepts[weightiest]!);
      const used = known ? own.filter((i) => index.mentionsText(first.docId, query.concepts[i]!)) : [];
      const head = known ? weightiest : ask.head;
      // Another ask of the same kind of figure (`台账保存几年？…拨付周期最长多久？`): a figure of that kind answers
      // the opening ask only in a sentence that speaks of it.
      const rival = known && asks.some((a) => a !== ask && a.kinds.some((k) => kinds.includes(k)));
      // Answered: a sentence speaks of the ask's own subject and, when it asks a kind of figure, states one.
      // (The opening ask's subject is often the asker's story, `离校一年没找到工作的毕业生…社保补贴每月具体多少`: when the
      // lead answered another ask with a figure of its own (`补贴期限最长不超过2年`), a sentence of the lead's passage
      // that speaks of any of the opening ask's words and states its figure answers it — `补贴测算：…248.8元/人月`.
      // A lead that states no figure at all is the figure lead's to replace, with the article that states it.)
      const speaks = (c: Candidate) => (c.covers.get(head) ?? 0) >= 1 || (opening === true && leadStates && c.hitRank === first.hitRank && own.some((i) => (c.covers.get(i) ?? 0) >= 1));
      const answers = (c: Candidate) => speaks(c) && (!kinds.length || statesAmountOf(c.text, kinds));
      // (The opening ask led the pick: any sentence chosen that states its figure answers it.)
      if (opening ? chosen.some((c) => statesAmountOf(c.text, kinds) && (!rival || speaks(c))) : chosen.some(answers)) continue;
      // The first of the greatest gain, as a stable sort by gain put first — by a loop: the filtered,
      // mapped and sorted arrays were empty for one question and of objects for the next, and each
      // new kind made select's optimised code bail out (wrong map) and be compiled again.
      let best: Candidate | undefined;
      let bestG = 0;
      for (const c of cands) {
        if (!(!given(c) && c.docId === first.docId && length + c.text.length <= MAX_ANSWER_CHARS && answers(c)) || offTier(c)) continue;
        const g = gainOf(c, covered) + (c.hitRank === first.hitRank ? SAME_PASSAGE : 0);
        if (!best || g > bestG) {
          best = c;
          bestG = g;
        }
      }
      // None speaks of the subject: the sentence that states the kind asked and holds most of the ask's own words
      // (`人工费用拨付周期不得超过1个月` for `…约定的人工费用拨付周期最长不能超过多久`, whose weightiest word is 施工总承包单位).
      // (Only for an ask whose weightiest word the document uses — `known` above.)
      if (!best && kinds.length && used.length) {
        const ownGain = (c: Candidate) => used.reduce((g, i) => g + (c.covers.get(i) === 1 ? idf[i]! : 0), 0);
        // (…and its subject or two of its words: one common word, `每年` of `每年最高多少`, is no sign that a figure
        // — another measure's `每年…不高于10万元` — is the one asked.)
        const holds = (c: Candidate) => c.covers.get(head) === 1 || used.filter((i) => c.covers.get(i) === 1).length >= 2;
        for (const c of cands) {
          if (!(!given(c) && c.docId === first.docId && length + c.text.length <= MAX_ANSWER_CHARS && statesAmountOf(c.text, kinds) && holds(c)) || offTier(c)) continue;
          const g = ownGain(c);
          if (g > bestG) {
            best = c;
            bestG = g;
          }
        }
      }
      if (!best || chosen.length >= MAX_SENTENCES + 1) continue;
      chosen.push(best);
      length += best.text.length;
      for (const [i, v] of best.covers) covered.set(i, Math.max(v, covered.get(i) ?? 0));
    }
  }
  // A phone number, web address or mailbox asked for (`青科保那条政策的咨询电话是多少`) stands on a line of the lead's
  // own item (`联系方式：85911342`) that shares no word with the question: given when nothing chosen states one.
  if (first && contact.length && !chosen.some((c) => statesAmountOf(c.text, contact))) {
    const line = cands.find((c) => c.hitRank === first.hitRank && !given(c) && length + c.text.length <= MAX_ANSWER_CHARS && statesAmountOf(c.text, contact));
    if (line) {
      chosen.push(line);
      length += line.text.length;
    }
  }
  // Two passages may each hold a reading of the question (this year's and the final target, say):
  // give the other one too when it matches nearly as well on its own.
  const lead = chosen[0];
  if (lead) {
    let other: Candidate | undefined;
    let otherG = 0;
    for (const c of cands) {
      if (!(c.hitRank !== lead.hitRank && c.hitRank < mined && c.docId === lead.docId && !given(c) && length + c.text.length <= MAX_ANSWER_CHARS) || offTier(c)) continue;
      const g = gainOf(c, new Map(), false);
      if (!other || g > otherG) {
        other = c;
        otherG = g;
      }
    }
    if (other && otherG >= leadGain * RUNNER_UP && chosen.length < MAX_SENTENCES) chosen.push(other);
  }
  return chosen;
}

/** The words of a sentence, without a table row's leading number or white space. */
function statement(text: string): string {
  return text.replace(/^\s*\d{1,3}\t/u, '').replace(/\s+/gu, '');
}

function tidy(sentence: string): string {
  // A clause cut at `；` reads as a statement on its own; `答：` of a press Q&A is not part of it.
  // A table row's cells read as one line (tabs would vanish in a chat bubble).
  // A line with no closing mark of its own (`建档和查验材料：2017年8月7日至8月21日`) ends where it ended in the
  // text: a full stop keeps it from running into the sentence given after it.
  return sentence
    .replace(/^答[：:]\s*/u, '')
    .replace(/\t+/gu, ' ')
    .replace(/[；;，,]$/u, '。')
    .replace(/([^。！？!?；;：:…”’」』）)】\]])$/u, '$1。');
}

export function citationOf(hit: Hit): Citation {
  const section = sectionLabel(hit.chunk.section);
  return { text: hit.chunk.text, source: hit.chunk.source, ...(section ? { section } : {}), score: round(hit.score) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Where a passage stands, as an answer's source: `《…》 · 重点任务 › 四是`. */
export function sourceLabel(hit: Hit): string {
  const section = sectionLabel(hit.chunk.section);
  return `${hit.chunk.source}${section ? ` · ${section}` : ''}`;
}

/**
 * A quantity said with its measure word (`一张`, `一家`, `每年`, `两个`): how the asker counts (`算力券一张面额多少`,
 * `一家一年最多能领多少`), not what the figure is of — `一张网` in the text states nothing of a voucher.
 */
const QUANTITY = /^[一二两三四五六七八九十几每]\p{Script=Han}$/u;

/**
 * The word a figure asked for must be stated of: the question's weightiest word the documents know (a
 * neighbouring passage's `58项` does not answer `降了多少`). A word that is itself the asking (`收费`, `费用`,
 * `期限`: how the amount is named) is not it, nor grammar (`的话`, `如果`) or the text naming itself (`本法`).
 * Of equally weighty words, the one right before `是多少` (`养老护理员的平均月工资是多少`: 月工资, not 护理员).
 * And the word right before the ask, when it weighs enough: a figure stated of either answers.
 */
function figureTopics(index: KnowledgeIndex, query: ParsedQuery): { i: number; concept: Concept }[] {
  const grammar = new Set(index.tag(query.normalized).filter((w) => GRAMMAR_TAG.test(w.tag) || (w.tag === 'm' && QUANTITY.test(w.word))).map((w) => w.word));
  const weigh = (within: string | null) => query.concepts.map((c, i) => ({ i, w: index.known(c) && !asksAmountItself(c.text) && !grammar.has(c.text) && !SELF_NAME.test(c.text) && (!within || within.includes(c.text)) ? index.conceptIdf(c) : -1 }));
  // (Of the whole question when the clause that asks the figure has no word to state it of: `有补贴吗？一人能补多少？`.)
  const within = weigh(figureClauses(query.normalized));
  const topics = within.some((t) => t.w >= 0) ? within : weigh(null);
  const top = Math.max(...topics.map((t) => t.w));
  const before = aroundAsk(query.normalized)?.before ?? '';
  const nearest = (t: { i: number }) => (before ? before.lastIndexOf(query.concepts[t.i]!.text) : -1);
  const known = topics.filter((t) => t.w >= 0 && top - t.w < 1e-9).sort((a, b) => nearest(b) - nearest(a))[0];
  // The word right before the ask may name what is counted instead (`政府最高能资助多少`: 资助, where the
  // weightiest word is the 一人 of the asker's 一人公司): a figure stated of either is stated of the topic.
  const near = before ? topics.filter((t) => t.w >= top * NEAR_TOPIC && nearest(t) >= 0).sort((a, b) => nearest(b) - nearest(a))[0] : undefined;
  // A weightiest word only the asker's story tells (`买的期房刚交房，我得在多长时间内去办…登记`: the asker's 期房
  // for the text's 预售商品房) need not be the figure's: the asking clause's weightiest word is as good a topic.
  const told = toldInSituation(query);
  const asked = known && told.has(query.concepts[known.i]!.text) ? topics.filter((t) => t.w >= 0 && !told.has(query.concepts[t.i]!.text)).sort((a, b) => b.w - a.w)[0] : undefined;
  return [known, near, asked].filter((t, k, all): t is { i: number; w: number } => t !== undefined && all.indexOf(t) === k).map((t) => ({ i: t.i, concept: query.concepts[t.i]! }));
}

/** A concept's phrases that stand for the whole word: not a part that leaves out what names the figure (`公证` of 公证费). */
function wholePhrases(c: Concept): string[] {
  return c.phrases.filter((p) => !(p.length < c.text.length && c.text.includes(p) && FIGURE_WORD.test(c.text.replace(p, ''))));
}

/**
 * Whether the word right before `是多少` (`原油产量是多少`) or right after `多少` (`要交多少申请费`) names a figure
 * (FIGURE_WORD) that the answering document never uses — by its whole word or a synonym, not by a part that leaves the
 * figure out (`申请` of 申请费) — and the answer does not name it at its figure in the text's own word
 * (namedAtFigure: `奖金` of `800万元奖励`). (The document's, not the knowledge base's: the laws beside a plan use 产量
 * and 申请费.)
 */
function figureNamedUnknown(index: KnowledgeIndex, query: ParsedQuery, docId: string, body: string, kinds: readonly AmountKind[]): boolean {
  const around = aroundAsk(query.normalized);
  if (!around) return false;
  const { before, after } = around;
  return query.concepts.some((c) => {
    if (!(before.endsWith(c.text) || after.startsWith(c.text)) || !FIGURE_WORD.test(c.text)) return false;
    const whole = wholePhrases(c);
    return (!whole.length || !index.mentionsText(docId, { ...c, phrases: whole })) && !namedAtFigure(c.text, body, kinds);
  });
}

/**
 * The clauses that ask a figure, in lower case, of a question whose other asks ask none (`最长能租几年？到期了还能续吗`):
 * the figure is of their words, not of the yes-or-no beside them (到期). Null when every ask asks one, or only one asks.
 */
function figureClauses(q: string): string | null {
  const parts = askingClauses(q);
  if (parts.length < 2) return null;
  const asking = parts.filter((p) => askedAmountKinds(p).length);
  return asking.length && asking.length < parts.length ? asking.join('\n').toLowerCase() : null;
}

/**
 * Whether the figure asked is stated of the topic: by a sentence given from the lead's passage that
 * speaks of it, by the topic's whole word there or anywhere in the document, and of the kind asked —
 * or within the short article the lead stands in, which is one rule (`第六十条 违反本法第二十二条规定的，…
 * 给予警告。拒不改正的，处五万元以上…罚款。`).
 */
/**
 * `inDocument`: whether the lead's document, in lower case, includes a phrase (KnowledgeIndex.textIncludes); `spoken`: the
 * sentences given from the lead's passage; `cands`: every sentence read, in order; `named`: the topic is the word right
 * before the ask.
 */
function statedOf(topic: { i: number; concept: Concept }, stated: Candidate[], lead: Candidate, article: string | undefined, shown: boolean, inDocument: (phrase: string) => boolean, kinds: readonly AmountKind[], typed: boolean, spoken: readonly Candidate[], cands: readonly Candidate[], named: boolean): boolean {
  const { concept } = topic;
  // The word whole (or a synonym), not a part of it: `学历公证…58项` states no figure about `公证费`.
  // (A word all of whose parts stand in the text, 补贴…标准, counts as whole; `公证` leaves `费` out.)
  // A part stands for the whole unless what it leaves out names the figure itself (`费` of 公证费):
  // `低保` speaks of 低保户, `见习` of 见习生.
  const whole = wholePhrases(concept);
  const holdsBy = (includes: (x: string) => boolean) => whole.some((p) => (p.includes(ALL_OF) ? p.split(ALL_OF).every(includes) : includes(p)));
  const holds = (text: string) => holdsBy((x) => text.includes(x));
  const states = (t: string) => (kinds.length ? statesAmountOf(t, kinds) : statesAmount(t));
  if (article !== undefined && holds(article.toLowerCase())) {
    // A short article is shown whole, so what it states is given; of a long one, only the sentences chosen are.
    // Either way the figure stands with the topic: in a sentence that speaks of it or the one after
    // (`违反本法第二十二条规定的，…。拒不改正的，处五万元以上…罚款`) — an item of a 行动计划 holds several
    // measures, and its `100万元启动资金` is no size of the `“1+3”基金` three sentences before.
    const given = shown ? [article] : stated.filter((c) => article.includes(tidy(c.text).slice(0, 20))).map((c) => c.text);
    const near = withTopic(splitSentences(article), (t) => holds(t.toLowerCase()));
    if (given.some(states) && near.some((t) => states(t) && given.some((g) => g.includes(tidy(t).slice(0, 20)) || tidy(t).includes(tidy(g).slice(0, 20))))) return true;
  }
  const coveredAny = stated.some((c) => (c.covers.get(topic.i) ?? 0) >= 1);
  const coveredWhole = stated.some((c) => holds(c.text.toLowerCase()));
  // A figure named right before the ask (`财政贴息多少`: `named`) is not stated by a sentence of another subject that
  // comes before the one given that speaks of it in its own words (`spoken`, with a figure or without) within the same
  // article or item: `按不超过15万元发放创业担保贷款。…财政部门按规定对创业担保贷款贴息。` states the loan's figure, not
  // how much of the interest is paid. A figure stands with the topic in a sentence that speaks of it (or under a
  // heading that names it), or after one in the same passage (`通过“青科保”…给予…奖补。…联系方式：85911342`). (A topic
  // that is the asker's weightiest word rather than the figure's name — `过期了咋办` beside `多长时间内要去领` —, one
  // spoken of in another article — `第六条 要求结婚的男女双方…` after `结婚年龄，男不得早于二十二周岁` —, or a figure of no
  // kind the checks type, `第几次`: left as it was.)
  const speaks = (c: Candidate) => (c.covers.get(topic.i) ?? 0) > 0;
  const figures = stated.filter((c) => states(c.text));
  const beside = figures.some((c) => speaks(c) || spoken.some((s) => s.hitRank === c.hitRank && s.order < c.order && speaks(s)));
  // (A later sentence of the same article or item: one that opens another, `第六条 …`, `（八）…`, or comes after one
  // that does, speaks of its own.)
  const sameItem = (a: Candidate, b: Candidate) => !cands.some((x) => x.hitRank === a.hitRank && x.order > a.order && x.order <= b.order && ITEM_OPENS.test(x.text));
  const apart = kinds.length > 0 && named && !beside && figures.some((c) => spoken.some((s) => s.hitRank === c.hitRank && s.order > c.order && (s.covers.get(topic.i) ?? 0) >= 1 && sameItem(c, s)));
  return !((lead.noAmount === true && !coveredAny) || (!coveredWhole && !holdsBy(inDocument)) || !typed || apart);
}

/**
 * `陆上风电每千瓦奖多少` of a text that states 海上风电's: a word of the question no text uses, right before a word
 * the given sentences have after another word of the same ending (陆上 / 海上, 县级 / 市级) — a sibling category,
 * whose figure is not the one asked.
 */
function siblingAsked(index: KnowledgeIndex, question: string, text: string): boolean {
  const words = index.tag(question);
  return words.some(({ word: w, tag }, i) => {
    const next = words[i + 1]?.word;
    // (Place and class words only, `陆上`, `县级`: not an asking word glued to its unit, `几年` against `每4年`.)
    if (!next || !SIBLING_TAG.test(tag) || !/^\p{Script=Han}{2}$/u.test(w) || !/^\p{Script=Han}{2,}$/u.test(next) || index.lexical.df(w) > 0 || index.lexical.df(next) === 0) return false;
    for (let at = text.indexOf(next); at >= 0; at = text.indexOf(next, at + 1)) {
      const before = text.slice(Math.max(0, at - 2), at);
      if (/^\p{Script=Han}{2}$/u.test(before) && before !== w && before[1] === w[1] && index.tag(before).some((x) => x.word === before && x.tag === tag)) return true;
    }
    return false;
  });
}
/** Place words (s) and words of a class (b: 县级, 市级) — the kinds a sibling category is named by. */
const SIBLING_TAG = /^[sb]$/u;

/** The sentences that speak of the topic and each one after such a sentence. */
function withTopic(sentences: string[], speaks: (s: string) => boolean): string[] {
  return sentences.filter((t, k) => speaks(t) || (k > 0 && speaks(sentences[k - 1]!)));
}

/** An article of a law or 办法 this short is given whole. */
const WHOLE_ARTICLE = 260;
/** A sentence that opens an article: `第十五条 `, `第二十一条之一 `. */
const ARTICLE_START = /^第[一二三四五六七八九十百千零〇两\d]+条(?:之[一二三四五六七八九十]+)?(?:\s|$)/u;
/** A sentence that opens an article or a numbered item of its own. */
const ITEM_OPENS = /^\s*(?:第[一二三四五六七八九十百千零〇两\d]+条|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．](?!\d))/u;
/** The article a text opens with (`第五十九条`), if it opens with one. */
export function openingArticle(text: string): string | undefined {
  return ARTICLE_START.exec(text)?.[0].trim();
}
/** A sentence that opens a numbered item of a 意见 or 措施 (`12.鼓励社团组队。`), in a passage with no 第X条. */
const ITEM_START = /^\d{1,3}[.．、](?!\d)/u;

/**
 * The article is a law's unit of meaning: its sentences qualify one another (`法律另有规定的，依照其规定。
 * 但是，自权利受到损害之日起超过二十年的…`; `…三十日内，任何一方不愿意离婚的，可以…撤回。…未申请的，视为撤回…`),
 * and a question on a rule often asks two of them at once (the period and when the right is lost). When
 * the lead sentence stands in a short `第X条`, the asker is shown that article whole, in its own order,
 * then the other sentences chosen from outside it; nothing of another article is mixed in. The checks
 * keep to the sentences chosen (`body`): showing more proves nothing more.
 */
function wholeArticle(hit: Hit, lead: Candidate, rest: Candidate[]): { article: string; shown?: string } | undefined {
  const sentences = splitSentences(hit.chunk.text);
  // Numbered points inside an article (`1. 经评估后…`) are the article's; a list of numbered items is not.
  const opens = sentences.some((s) => ARTICLE_START.test(s)) ? ARTICLE_START : ITEM_START;
  let article = -1;
  const articleOf = sentences.map((s) => (opens.test(s) ? ++article : article));
  const own = articleOf[lead.order];
  if (own === undefined || own < 0) return undefined;
  const whole = sentences.filter((_, k) => articleOf[k] === own);
  const text = whole.map(tidy).join('');
  if (whole.length < 2) return undefined;
  // An article too long to show is still the one rule the lead sentence stands in: what the sentences
  // chosen from it state holds for the checks (`第三十五条 有条件开放清单中的…提出申请。政务部门应当在十五个工作日内处理…`).
  if (text.length > WHOLE_ARTICLE) return { article: text };
  const inside = (c: Candidate) => c.hitRank === lead.hitRank && articleOf[c.order] === own;
  const shown = [text, ...rest.filter((c) => !inside(c)).map((c) => tidy(c.text))].join('');
  return shown.length <= MAX_ANSWER_CHARS ? { article: text, shown } : { article: text };
}

/** An announcing sentence this long at most is shown before an item of its list. */
const MAX_INTRO = 200;

/**
 * The line that announces the list an item stands in (`…有下列情形之一的…：`), read back over the list's
 * other items; none when the line before them announces nothing.
 */
export function listIntro(text: string, item: string, from = 0): string | undefined {
  const at = text.indexOf(item, from);
  if (at < 0) return undefined;
  const lines = text.slice(0, at).split('\n');
  // (The item's own line, up to the item, is not a line before it.)
  lines.pop();
  const kind = markKind(item);
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!.trim();
    if (!line) continue;
    // (The list's other items; an item of another marking — `（二）纳税人销售下列货物，税率为11%：` over `3.图书…` —
    // is the list's announcement when it ends in one.)
    const lineKind = markKind(line);
    if (lineKind === kind) continue;
    // (An item of another marking that announces nothing is a sibling of the list's parent item: read on past it.)
    if (lineKind !== null && !/[：:]$/u.test(line)) continue;
    return /[：:]$/u.test(line) && line.length <= MAX_INTRO ? line : undefined;
  }
  return undefined;
}

/** Announcements found per passage and item sentence: the same items are read by every question that reaches them. */
const introsByChunk = new WeakMap<Chunk, Map<string, string | null>>();

/**
 * listIntro of an item sentence in its passage, worked out once per passage and item (null: none) — or in the
 * passage before, when this one opens inside the list: a long article cut into passages at its items
 * (`第十九条 …有下列情形之一的，…收回…：` in one, `（六）…连续6个月以上未实际居住…` in the next).
 */
function introOf(index: KnowledgeIndex, chunk: Chunk, item: string): string | undefined {
  if (!MARKED_ITEM.test(item)) return undefined;
  let known = introsByChunk.get(chunk);
  if (!known) introsByChunk.set(chunk, (known = new Map()));
  let intro = known.get(item);
  if (intro === undefined) known.set(item, (intro = listIntro(chunk.text, item) ?? introBefore(index, chunk, item) ?? null));
  return intro ?? undefined;
}

/** The announcement in the passage before, of the same document and section, when this passage opens inside its list. */
function introBefore(index: KnowledgeIndex, chunk: Chunk, item: string): string | undefined {
  const before = index.chunks[chunk.id - 1];
  if (!before || before.docId !== chunk.docId || before.section.join('\u0000') !== chunk.section.join('\u0000') || !opensInList(chunk.text, item)) return undefined;
  return listIntro(`${before.text}\n${chunk.text}`, item, before.text.length + 1);
}

/** Whether every line of the passage before the item is an item of the same marking: the passage opens inside a list. */
function opensInList(text: string, item: string): boolean {
  const at = text.indexOf(item);
  if (at < 0) return false;
  const kind = markKind(item);
  const lines = text.slice(0, at).split('\n').map((l) => l.trim()).filter(Boolean);
  // (The item's own line, up to the item, when the item does not open it.)
  return lines.every((l) => markKind(l) === kind);
}

/** A sentence given with a chosen one (an item under it, its list's announcement), weighing nothing of its own. */
function givenWith(c: Candidate, text: string, order: number, covers = new Map<number, number>()): Candidate {
  return { hitRank: c.hitRank, docId: c.docId, order, text, covers, weight: 0, phrased: 0 };
}

/**
 * The answer with the announcement of each list an item after the lead stands in put before that item, where the
 * answer does not hold it yet and it fits.
 */
function withItemIntros(index: KnowledgeIndex, said: string, given: Candidate[], chunkOf: (c: Candidate) => Chunk): string {
  let out = said;
  for (const c of given.slice(1)) {
    const intro = introOf(index, chunkOf(c), c.text);
    const item = tidy(c.text);
    const at = out.indexOf(item);
    // (Not when a sentence given is part of that line, `第十条 …。申请登记的…有下列情形之一的…：`: it is said already.)
    if (!intro || at < 0 || out.includes(tidy(intro)) || given.some((x) => intro.includes(x.text)) || out.length + intro.length > MAX_ANSWER_CHARS) continue;
    out = out.slice(0, at) + tidy(intro) + out.slice(at);
  }
  return out;
}

/** How an item is marked (`（一）`, `(1)`, `1.`, `①`), or null for a line that is no item. */
function markKind(text: string): string | null {
  const m = MARKED_ITEM.exec(text)?.[0];
  if (!m) return null;
  if (/^[①-⑳]/u.test(m)) return 'circled';
  const digits = /\d/u.test(m);
  return /^[（(]/u.test(m) ? (digits ? 'paren-digit' : 'paren-han') : 'digit';
}

export function extract(index: KnowledgeIndex, query: ParsedQuery, hits: Hit[], maxCitations = 3): Extract | null {
  if (!hits.length) return null;
  // The kinds of figure the question asks for, worked out once for the candidates and the checks below.
  const kinds = askedAmountKinds(query.normalized);
  // A second ask (`…税率是多少？纳税人应在什么期限内申报？`) may be answered by another article of the
  // same document than the passages found for the whole question: its own words are looked up there.
  const asks = askGroups(query);
  let pool = hits;
  if (asks.length) {
    // (A passage found for the whole question but below the floor is looked at again for its ask.)
    const have = new Set(hits.filter((h) => h.score >= hits[0]!.score * PASSAGE_FLOOR).map((h) => h.chunk.id));
    const more = asks
      .flatMap((a) => index.search(index.parse(a.clause), ASK_PASSAGES, undefined, [hits[0]!.chunk.docId]))
      .filter((h) => !have.has(h.chunk.id) && have.add(h.chunk.id));
    // At the floor's edge: mined for the asks, never leading.
    pool = [...hits, ...more.map((h) => ({ ...h, score: hits[0]!.score * PASSAGE_FLOOR }))];
  }
  const cands = candidates(index, query, pool, kinds);
  // The figure's topics, worked out (tagging the question) at most once: the step below and the check after read them.
  let topicsOnce: ReturnType<typeof figureTopics> | undefined;
  const figureTopicsOnce = () => (topicsOnce ??= figureTopics(index, query));
  let chosen = select(index, query, cands, asks, hits.length, contactKindsOf(kinds));
  if (!chosen.length) return null;
  // A figure asked beside another ask (`要先公示吗，公示多少天`): the sentences chosen for the whole question
  // may state none; the sentence of the lead's own passage that states the kind asked, of the topic
  // asked, is given with them.
  const leadRank = chosen[0]!.hitRank;
  if (kinds.length && !chosen.some((c) => c.hitRank === leadRank && statesAmountOf(c.text, kinds))) {
    const topics = figureTopicsOnce();
    // (Of the question's weightiest word: `算力补贴…补多少` is not answered by the 打样 subsidy beside it.)
    const topic = topics[0];
    // (A topic the lead's title names — `天河区人才公寓…最长能租几年` — is what every sentence of that document speaks of.)
    const titled = topic !== undefined && index.mentionsLowered(index.loweredChunk(pool[leadRank]!.chunk).source, topic.concept);
    const more = topic ? cands.find((c) => c.hitRank === leadRank && !chosen.includes(c) && statesAmountOf(c.text, kinds) && (titled || (c.covers.get(topic.i) ?? 0) >= 1)) : undefined;
    if (more && chosen.reduce((n, c) => n + c.text.length, more.text.length) <= MAX_ANSWER_CHARS) chosen = [...chosen, more];
  }
  // Who leads is answered by the cited item's own units: another item's closing parenthesis of units
  // (`…（责任单位：省财政厅）`) would put a neighbour's owner beside this one. (A law's `由…负责` of another
  // article answers an ask of its own, and stays.)
  if (OWNER_ASK.test(query.normalized)) {
    const first = chosen[0]!;
    chosen = chosen.filter((c) => c === first || c.hitRank === first.hitRank || !assignsInParens(foldParens(c.text)));
  }
  const announces = MEMBERS_ASK.test(query.normalized) && /[：:]$/.test(chosen[0]!.text);
  if ((LIST_QUESTION.test(query.normalized) && /[；;]$/.test(chosen[0]!.text)) || (announces && chosen[0]!.next)) {
    const lead = chosen[0]!;
    const list = completeList(lead, MAX_ANSWER_CHARS - lead.text.length);
    chosen = [lead, ...list, ...chosen.slice(1).filter((c) => !list.includes(c))];
    let length = 0;
    chosen = chosen.filter((c) => (length += c.text.length) <= MAX_ANSWER_CHARS);
  }
  else if (chosen[0]!.tier === 'out') {
    // Tiers said as the clauses of one sentence (`…个人所得税：1万—3万元（4分）；3万—6万元（8分）；6万元以上
    // （12分）`), the first leading for the words it holds: the clauses run on to the one whose bracket holds the
    // asker's figure (`交了4万多`), which the first does not.
    // (Only the lead's own list: a clause with a label of its own, `缴纳社会保险费：4万—6万元（2分）`, starts another's.)
    const lead = chosen[0]!;
    const all = completeList(lead, MAX_ANSWER_CHARS - lead.text.length);
    const other = all.findIndex((c) => /[：:]/u.test(c.text));
    const list = other >= 0 ? all.slice(0, other) : all;
    const to = list.findIndex((c) => c.tier === 'in');
    if (to >= 0) chosen = [lead, ...list.slice(0, to + 1), ...chosen.slice(1).filter((c) => !list.includes(c))];
  }
  else if (announces) {
    const lead = chosen[0]!;
    const items = itemsUnder(index, pool[lead.hitRank]!.chunk, lead, MAX_ANSWER_CHARS - lead.text.length);
    if (items.length) chosen = [lead, ...items];
  } else if (MEMBERS_ASK.test(query.normalized) && ANNOUNCING.test(chosen[0]!.text)) {
    // (An announcement in words that does not end in `：`: the items under it further on in its passage.)
    const lead = chosen[0]!;
    const items = itemsAfter(pool[lead.hitRank]!.chunk, lead, MAX_ANSWER_CHARS - lead.text.length);
    if (items.length) chosen = [lead, ...items.filter((c) => !chosen.some((x) => x.text === c.text)), ...chosen.slice(1).filter((c) => !items.some((x) => x.text === c.text))];
    let length = 0;
    chosen = chosen.filter((c) => (length += c.text.length) <= MAX_ANSWER_CHARS);
  }
  // A rule said as holding `原则上` (in principle) has its exceptions in the sentence after it (`原则上一个年度内不得
  // 变更。但参保病人确因病情需要…的，可…办理变更手续。`): the answer gives them, or it says less than the text.
  // (The sentence after the lead in its passage, given after it when it holds what the lead leaves out and the
  // answer has room: the candidate's order is its place among its passage's sentences — the same sentence said twice
  // is this one.)
  const withNext = (holds: (lead: Candidate, next: string) => boolean) => {
    const lead = chosen[0]!;
    const sentences = splitSentences(pool[lead.hitRank]!.chunk.text);
    const at = sentences[lead.order] === lead.text ? lead.order : sentences.indexOf(lead.text);
    const next = at >= 0 ? sentences[at + 1] : undefined;
    const length = chosen.reduce((n, c) => n + c.text.length, 0);
    if (next && holds(lead, next) && !chosen.some((c) => c.text === next) && length + next.length <= MAX_ANSWER_CHARS) chosen = [lead, givenWith(lead, next, at + 1), ...chosen.slice(1)];
  };
  if (/原则上/u.test(chosen[0]!.text)) withNext((_, next) => EXCEPTION_AFTER.test(next));
  // A list asked of a thing the lead sentence only names at its end (`地块入市前，入市主体应当拟定入市方案。`), when the
  // sentence after it takes that thing up and lists what it holds (`入市方案应包括地块名称、界址、出让面积…`): the list
  // is the answer, given after the sentence that leads to it.
  if (MEMBERS_ASK.test(query.normalized) && !chosen.some((c) => ENUMERATES.test(c.text))) withNext((lead, next) => ENUMERATES.test(next) && takesUp(lead.text, next, query.normalized));
  const [lead, ...rest] = chosen;
  const leadCoverage = coverageShare(index, query, lead!);
  // Lead with the most informative sentence, then the rest in reading order.
  rest.sort((a, b) => a.hitRank - b.hitRank || a.order - b.order);
  // An item of a list (`（二）泄露举报人信息的；`) says nothing without the sentence that announces the list,
  // which holds what follows from it (`…有下列情形之一的，…给予处分。涉嫌犯罪的，依法移交司法机关处理：`).
  const intro = introOf(index, pool[lead!.hitRank]!.chunk, lead!.text);
  // An item that leads is said after that sentence when it is given too (`第二十四条 职工有下列情形之一的，可以提取…：`
  // before `（二）离休、退休的。`), not after it.
  const announcer = intro ? rest.find((c) => c.hitRank === lead!.hitRank && intro.includes(c.text)) : undefined;
  const said = (announcer ? [announcer, lead!, ...rest.filter((c) => c !== announcer)] : [lead!, ...rest]).map((c) => tidy(c.text)).join('');
  const withLeadIntro = intro && !chosen.some((c) => intro.includes(c.text)) && intro.length + said.length <= MAX_ANSWER_CHARS ? tidy(intro) + said : said;
  // …and so does one given after the lead (`3.图书、报纸…` under `（二）…下列货物，税率为11%：`): its announcement before it.
  const body = withItemIntros(index, withLeadIntro, [lead!, ...rest], (c) => pool[c.hitRank]!.chunk);
  const leadHit = hits[lead!.hitRank]!;
  const leadArticle = wholeArticle(pool[lead!.hitRank]!, lead!, rest);
  // (Not when the lead is the tier that holds the asker's figure: the article's other tiers are not theirs.)
  const whole = lead!.tier === 'in' ? undefined : leadArticle?.shown;
  const shown = whole === undefined ? undefined : withItemIntros(index, whole, [lead!, ...rest], (c) => pool[c.hitRank]!.chunk);
  // A passage looked up for a further ask is cited whenever a sentence of it is given.
  const asked = rest.filter((c) => c.hitRank >= hits.length).map((c) => pool[c.hitRank]!);
  const ordered = [...[leadHit, ...hits.filter((h) => h !== leadHit)].slice(0, maxCitations), ...new Set(asked)];
  // (An ask of its own for the amount — `有补贴吗？一人能补多少？`, `要交手续费吗，多少钱` — holds the answer to one too.)
  const amountAsked =
    ASKS_AMOUNT.test(query.normalized) &&
    (!OTHER_ASK.test(query.normalized) ||
      query.normalized
        .split(/[？?]/u)
        // (The clause that asks is a question's last: `前几年…，…能继承吗` tells its 几年, it does not ask them.)
        .flatMap((c) => [c, c.split(/[，,；;]/u).filter((x) => x.trim()).at(-1) ?? ''])
        .some((c) => ASKS_AMOUNT.test(c) && !OTHER_ASK.test(c)));
  // …and in the lead's own passage: a figure from another item is not this item's figure.
  // (Of a question of several asks, each ask's sentence in its own passage: `从哪天起施行？…提前几天通知`.)
  const ownPassage = (c: Candidate) => c.hitRank === lead!.hitRank || (asks.length > 0 && c.hitRank >= hits.length);
  // (The announcement of the list a given item stands in states what it says of them, `…税率为11%：`, as they do.)
  const intros = [lead!, ...rest].flatMap((c): Candidate[] => {
    const line = introOf(index, pool[c.hitRank]!.chunk, c.text);
    // (One that states no figure of the kind asked adds nothing to what is stated.)
    if (!line || !(shown ?? body).includes(tidy(line)) || !(kinds.length ? statesAmountOf(line, kinds) : statesAmount(line))) return [];
    // It speaks of what its item names (`3.图书、报纸、杂志…` under `…税率为9%：`) and of its own words.
    const lower = lowerOrSame(line);
    const covers = new Map(c.covers);
    query.concepts.forEach((concept, i) => {
      if (index.mentionsLowered(lower, concept)) covers.set(i, 1);
    });
    return [givenWith(c, line, c.order, covers)];
  });
  // …but not a penalty announced for a list of violations (`有下列情形之一的，…处十日以下拘留：`) unless a penalty is
  // asked: its figure is no 有效期 of the item that names a 登记证书.
  const asksPenalty = PENALTY_ASK.test(query.normalized);
  const stated = [lead!, ...rest, ...intros.filter((c) => asksPenalty || !PENALTY_STATED.test(c.text))].filter((c) => !c.noAmount && ownPassage(c));
  // The lead's document is looked in by textIncludes: lower-casing a law for every extract was ~1% of a
  // distinct question's time, and most lookups here are Han words that need no lower case.
  const leadDocId = leadHit.chunk.docId;
  // The figure must be of the kind asked: `多久` wants a period, `多少钱` money — `建立100个基地` states
  // no funding, `覆盖率增加1-3个百分点` no age.
  // A count asked of a thing (`几个产业开发区`) is stated of that thing, in one clause with it.
  const head = kinds.includes('count') && kinds.length === 1 ? countedHead(query.normalized) : null;
  const typed = !kinds.length || stated.some((c) => statesAmountOf(c.text, kinds) && (!head || !head.some((h) => index.textIncludes(leadDocId, h)) || countsThing(c.text, head)));
  // A phone number or web address asked for must stand in the passage, whatever else it says of the topic.
  // …and so must a date asked for outright (`截止时间是哪天`) — unless a period would answer too (`什么时间段`).
  const contact = kinds.filter((k) => k === 'phone' || k === 'website' || k === 'email' || k === 'hours' || k === 'area' || k === 'year' || k === 'month' || (k === 'date' && !kinds.includes('duration')));
  // (…or the lead's own short item, shown whole: `1.摸底排查。…分别列出清单、建立台账。该项工作于2019年4月底前完成。`.)
  const noContact = contact.length > 0 && ![lead!, ...rest].some((c) => ownPassage(c) && statesAmountOf(c.text, contact)) && !(shown !== undefined && leadArticle !== undefined && statesAmountOf(leadArticle.article, contact));
  // An English question reaches the text through dictionary senses, often not the text's own word
  // (`selected` for 入选): only the kind of figure is held to it.
  const english = !/\p{Script=Han}/u.test(query.normalized);
  // A count asked in a measure word is given in that measure (`保有量是多少辆` is not answered by `建成示范站10座`): by the
  // sentences chosen from the lead's passage (or in `个`), by all the answer shows (`至少有五名注册会计师` of an
  // article shown whole — not the `12万个` of another sentence), or by the heading the passage stands under
  // (`四、东莞赋能OPC十条政策` counts its 条).
  const measure = kinds.length === 1 && kinds[0] === 'count' && !english ? countMeasure(index.tag(query.normalized)) : null;
  const unmeasured =
    measure !== null &&
    !stated.some((c) => countsInMeasure(c.text, measure)) &&
    !countsInMeasure(shown ?? body, measure, false) &&
    !countsInMeasure(leadHit.chunk.section.join('\n'), measure);
  // The amount must be stated about what is asked (worked out only when an amount is asked in Chinese).
  const topics = amountAsked && !english ? figureTopicsOnce() : [];
  // (The topic as the word right before the ask, `财政贴息多少`: the figure's own name.)
  const askedBefore = aroundAsk(query.normalized)?.before.replace(/(?:是|的|有|为|能|可以|给)+$/u, '') ?? '';
  const namesTheFigure = (word: string) => askedBefore.endsWith(word);
  // (The sentences given from the lead's passage, with a figure or without.)
  const spoken = [lead!, ...rest].filter(ownPassage);
  // Topics the lead's document never says (`退伍兵`, `退下来` of the asker, 退役军士和义务兵 of the text) cannot
  // tell of what the figure is: with every topic the asker's own word, the figure of the kind asked in
  // the lead's passage is the answer (the gate has found the rest of the question there) — unless a
  // topic names a figure itself (`平均月工资`, `租金`): a figure of that the text does not state.
  const askersOwnWords = (ts: typeof topics) => typed && ts.every((t) => !FIGURE_WORD.test(t.concept.text) && !index.mentionsText(leadDocId, t.concept));
  // `达不到这个比例会怎么处罚`: a penalty asked, and no sentence given states one (nor what it follows from).
  // (…nor the announcement of the list the given items stand in, `有下列行为之一的，…处五万元以下的罚款：`.)
  const unpunished = asksPenalty && !english && ![lead!, ...rest, ...intros].some((c) => PENALTY_STATED.test(c.text) || PENALTY_OTHERWISE.test(c.text));
  // `原油产量是多少` of a text that never says 产量: the word right before the ask names the figure itself, and the
  // answering document does not use it — whatever figure the passage states (`3项任务`) is not that one.
  const unnamedFigure = amountAsked && !english && figureNamedUnknown(index, query, leadDocId, body, kinds);
  const missingAmount =
    noContact ||
    unnamedFigure ||
    unmeasured ||
    (amountAsked && !english && siblingAsked(index, query.normalized, body)) ||
    unpunished ||
    // (English asks a figure in its own words, `how many`, `in RMB`, `how large are the fines`: the kinds say so.)
    ((amountAsked || kinds.some((k) => k !== 'phone' && k !== 'website')) && english && !typed) ||
    (topics.length > 0 && !(kinds.length === 0 && valueInWords(query.normalized, body)) && !topics.some((topic) => statedOf(topic, stated, lead!, leadArticle?.article, shown !== undefined, (p) => index.textIncludes(leadDocId, p), kinds, typed, spoken, cands, namesTheFigure(topic.concept.text))) && !askersOwnWords(topics));
  return {
    body,
    ...(shown ? { shown } : {}),
    lead: leadHit,
    leadCoverage,
    citations: ordered.map(citationOf),
    ...(missingAmount ? { missingAmount: true as const, missingWhat: unpunished && !noContact ? '处罚规定' : kindWords(noContact ? contact : kinds) } : {}),
  };
}
