// The refusal gate. Whether the knowledge base supports an answer is decided from evidence, not
// keywords: how much of what the question asks about (its content words, weighted by how rare
// they are) the best passages actually contain.
import type { Hit, KnowledgeIndex, ParsedQuery } from '../retrieval/knowledge-index.ts';
import { splitSentences } from '../knowledge/chunk.ts';
import type { Chunk } from '../knowledge/types.ts';
import { askedAmountKinds, statesAmountOf } from '../text/numerals.ts';
import { toldInSituation } from './situation.ts';
import { inWrittenRegister } from '../retrieval/lexical/register.ts';
import { DOC_NUMBER_STATED, DOC_NUMBER_WORD, ORG_NAMED, ORG_SLOT, slotsOf, WHO_LEADS } from './asked.ts';

export interface Evidence {
  /** Share of the question's idf mass found in the top passages, 0..1. */
  coverage: number;
  /** The best single passage's share, 0..1. */
  bestCoverage: number;
  topScore: number;
  grounded: boolean;
}

export interface GateThresholds {
  /** Minimum share of the question's content found across the top passages. */
  minCoverage: number;
  /** Minimum share found in one passage: evidence scattered over unrelated passages is not an answer. */
  minBestCoverage: number;
  /** How many passages count as evidence. */
  depth: number;
}

// Calibrated on the dev set (tests/answer/gate.test.ts keeps them honest): answerable questions
// sit at ≥ 0.6 once question words are dropped; out-of-scope ones at ≤ 0.2.
export const DEFAULT_GATE: GateThresholds = { minCoverage: 0.45, minBestCoverage: 0.4, depth: 3 };

/**
 * Words of the best passage's document title (the city in 《某市…方案》, the law's name) say which
 * document, not what is asked: they count for less, so "某市有哪些好吃的餐馆" is not half answered
 * by a plan that names the city on every page.
 */
const TITLE_WEIGHT = 0.3;

/**
 * A word no document uses, told only in the asker's situation (`房东突然说要把…房子卖掉，我作为租客能优先买吗`):
 * it counts for this much of its weight. The clauses that ask still carry their absent words whole.
 */
const SITUATION_WEIGHT = 0.25;

/**
 * A word of the asker's story that some document uses, but not the passage weighed (`派出所打电话叫我过去问话，说是传唤。
 * 他们最长能把我留在那里多久？` — 打电话, 问话 of the story, not of the rule on 传唤): it counts for this much of its
 * weight as missing evidence. Found in the passage, it counts whole. Names of places, people and bodies
 * (`在柳河租厂房…`) are conditions of the answer wherever they are said, and always count whole.
 */
const STORY_ABSENT_WEIGHT = 0.25;

/**
 * A word no loaded text uses and written law and policy Chinese does not use either (`撑腰`, `打头`, `收尾`,
 * `挪到`): the asker's everyday way of saying what a text says in its own words, more often than a subject the
 * texts lack — a subject of the genre (`贴息`, `所得税`, `营业执照`) is a word of its register. It counts for
 * this much of its weight. (Not a name of a place, person or body: `兴隆台`, `望花区` are conditions.)
 */
const EVERYDAY_WEIGHT = 0.25;

/**
 * A count of time or things said with a numeral (`一天干几个钟头`, `一周多少小时`, `谈了三年恋爱`, `两万块`): how
 * much, which the text states in its own figures (`每日工作8小时`), not what the question is about. It counts
 * for this much of its weight.
 */
const QUANTITY_WEIGHT = 0.3;
// (A count, opened by a digit or a numeral: not a magnitude alone, `百万` of 百万学子, which names a programme.)
const QUANTITY_WORD = /^[一二两三四五六七八九十几半\d][一二两三四五六七八九十百千万几半\d]*[个]?(?:天|日|周|星期|年|月|季度|小时|钟头|分钟|次|回|遍|块|元|万|岁|人|家|件)$/u;

/**
 * The asker's own figure or time, told in their story (`我今年57岁，…还能申请吗`, `去年刚把厂子落到盘锦`): where they
 * stand, which the text's rule bounds in figures of its own (`女性不超过55周岁`), not a word it must hold. It counts as
 * a count does (QUANTITY_WEIGHT), when no text uses it. A bare number the cutter left without its unit is one (57 of
 * 57岁); a year is not. (One a text uses, `要干“60项以上”的那个`, `还没满5年`, names what is asked.)
 */
const BARE_FIGURE = /^\d{1,3}(?:\.\d+)?$/u;

/**
 * What of each concept's weight depends on the question alone — its idf, a story word no text uses, an everyday
 * word, a count — and which concepts are story words some text uses (weighed down where a passage lacks them):
 * worked out once per parsed question. The gate weighs one question against several sets of hits (the top
 * three, each of them, the focus and elsewhere), and these were read again for every one.
 */
interface ConceptWeights {
  base: Float64Array;
  storyKnown: Uint8Array;
  /** The word that says an organisation is asked for (`部门` of `哪个部门张罗召开的`): filled by one the passage names. */
  orgAsked: Uint8Array;
  /** The word that asks for a document's number (`文号`): filled by a passage that states one (`〔2022〕5号`). */
  numberAsked: Uint8Array;
}

const weightsByQuery = new WeakMap<ParsedQuery, ConceptWeights>();

function conceptWeights(index: KnowledgeIndex, query: ParsedQuery): ConceptWeights {
  let made = weightsByQuery.get(query);
  if (made) return made;
  const situation = toldInSituation(query);
  const n = query.concepts.length;
  made = { base: new Float64Array(n), storyKnown: new Uint8Array(n), orgAsked: new Uint8Array(n), numberAsked: new Uint8Array(n) };
  for (const s of slotsOf(index, query)) if (s.head && ORG_SLOT.test(s.head)) for (const i of s.concepts) if (query.concepts[i]!.text === s.head) made.orgAsked[i] = 1;
  // `谁来牵头细化分解`, `由谁负责`: who leads is asked, and a passage that names the body answers it — whether or not
  // it says 牵头 (`市工业和信息化局将…进一步细化分解目标`).
  const whoLeads = WHO_LEADS.exec(query.normalized)?.[1];
  if (whoLeads) query.concepts.forEach((c, i) => {
    if (c.text === whoLeads) made!.orgAsked[i] = 1;
  });
  query.concepts.forEach((c, i) => {
    if (DOC_NUMBER_WORD.test(c.text)) made!.numberAsked[i] = 1;
    const known = index.known(c);
    const story = situation.has(c.text);
    // (Weights above: a story word no text uses; an everyday word no text uses; a count said with a numeral.)
    const everyday = !known && !inWrittenRegister(c.text) && !index.isProperName(c.text) ? EVERYDAY_WEIGHT : 1;
    const told = story && !known && (BARE_FIGURE.test(c.text) || index.isTimeWord(c.text));
    made!.base[i] = index.conceptIdf(c) * (story && !known ? SITUATION_WEIGHT : 1) * everyday * (QUANTITY_WORD.test(c.text) || told ? QUANTITY_WEIGHT : 1);
    made!.storyKnown[i] = story && known && !index.isProperName(c.text) ? 1 : 0;
  });
  weightsByQuery.set(query, made);
  return made;
}

/**
 * A test of a passage's text alone, worked out once per chunk: the gate weighs one question against several sets of
 * hits, and each pattern scans a whole law article.
 */
function perChunk(pattern: RegExp): (chunk: Chunk) => boolean {
  const known = new WeakMap<Chunk, boolean>();
  return (chunk) => {
    let holds = known.get(chunk);
    if (holds === undefined) known.set(chunk, (holds = pattern.test(chunk.text)));
    return holds;
  };
}
/** Whether a passage names an organisation (`市政府新闻办`, `市工业和信息化局`). */
const namesOrganisation = perChunk(ORG_NAMED);
/** Whether a passage states a document's number (`（宿建指办〔2022〕5号）`). */
const statesDocumentNumber = perChunk(DOC_NUMBER_STATED);

export function coverageOf(index: KnowledgeIndex, query: ParsedQuery, hits: Hit[]): { total: number; share: number } {
  let total = 0;
  let found = 0;
  // (The title in lower case as the index keeps it per chunk: mentions() lowered it once per concept.)
  const title = hits[0] ? index.loweredChunk(hits[0].chunk).source : '';
  const { base, storyKnown, orgAsked, numberAsked } = conceptWeights(index, query);
  query.concepts.forEach((c, i) => {
    // The best credit of any passage, in a loop: no array of credits per concept.
    let best = 0;
    for (const h of hits) best = Math.max(best, (orgAsked[i] && namesOrganisation(h.chunk)) || (numberAsked[i] && statesDocumentNumber(h.chunk)) ? 1 : index.credit(h.chunk, c));
    // (A word of the same sense in a passage, for one no text uses: KIN_CREDIT, in credit().)
    // (A story word some text uses, but not these passages: STORY_ABSENT_WEIGHT.)
    const w = base[i]! * (title && index.mentionsLowered(title, c) ? TITLE_WEIGHT : 1) * (storyKnown[i] && best === 0 ? STORY_ABSENT_WEIGHT : 1);
    total += w;
    found += w * best;
  });
  return { total, share: total > 0 ? found / total : 0 };
}

export function weighEvidence(
  index: KnowledgeIndex,
  query: ParsedQuery,
  hits: Hit[],
  gate: GateThresholds = DEFAULT_GATE,
): Evidence {
  if (!hits.length || !query.concepts.length) {
    return { coverage: 0, bestCoverage: 0, topScore: 0, grounded: false };
  }
  const top = hits.slice(0, gate.depth);
  const coverage = coverageOf(index, query, top).share;
  const bestCoverage = Math.max(...top.map((h) => coverageOf(index, query, [h]).share));
  const grounded = coverage >= gate.minCoverage && bestCoverage >= gate.minBestCoverage;
  return { coverage, bestCoverage, topScore: hits[0]!.score, grounded };
}

/** Least share of the question one passage must hold for a figure of the kind asked to carry it. */
const TYPED_MIN = 0.3;

/**
 * `港澳青年指多大年龄以下的人？`: the text says `45周岁以下` without the asker's word 年龄. When the
 * question asks for a figure of a kind (an age, a period, money, a share, a count) and the best
 * passage holds a fair part of the question and a sentence stating a figure of that kind next to the
 * question's weightiest word, that sentence is evidence the plain word count misses. The checks after
 * the gate still hold the figure to the question (extractive.ts).
 */
export function typedEvidence(index: KnowledgeIndex, query: ParsedQuery, hits: Hit[], evidence: Evidence): Evidence {
  if (evidence.grounded || evidence.bestCoverage < TYPED_MIN || !hits[0]) return evidence;
  const kinds = askedAmountKinds(query.normalized).filter((k) => k !== 'phone' && k !== 'website');
  if (!kinds.length) return evidence;
  const known = query.concepts.filter((c) => index.known(c));
  const heaviest = known.sort((a, b) => index.conceptIdf(b) - index.conceptIdf(a))[0];
  if (!heaviest) return evidence;
  const stated = splitSentences(hits[0].chunk.text).some((s) => statesAmountOf(s, kinds) && index.mentions(s, heaviest));
  return stated ? { ...evidence, grounded: true } : evidence;
}
