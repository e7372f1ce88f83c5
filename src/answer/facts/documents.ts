// Exact answers from what every document of the genre states (knowledge/facts/document.ts): who issued it
// and when, when it takes effect, how many items it has, what item N says, who leads an item. Tried
// before retrieval; a question none of these fits falls through (null). The document is the one the
// question points to (its title words, its genre word, the numbering it asks about) — never silently
// the first plan loaded; when several fit equally, the answer asks which one.
import { headingTest, splitSentences } from '../../knowledge/chunk.ts';
import { itemTitles, outline } from '../../knowledge/structure.ts';
import { headingKey, numbersIn, ownedText, SHORT_TITLE, shortTitlesOf, SOURCE_BODY_ASK, type DocFacts, type Level, type OwnedItem } from '../../knowledge/facts/document.ts';
import type { Answer, Citation, KnowledgeDocument } from '../../knowledge/types.ts';
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import type { Concept } from '../../retrieval/types.ts';
import { bridgeEnglish, chineseGloss, englishBridge, isEnglishStopword, wordForms } from '../../retrieval/lexical/english.ts';
import { weighEvidence } from '../gate.ts';
import { asksOf, NUMBER_IN_BRACKETS, ORG_NAMED, OWNER_ASK } from '../asked.ts';
import { bigrams, overlap } from '../../knowledge/facts/text.ts';
import { askedAmountKinds, ASKS_AMOUNT, CITING, parseNumber, toChineseNumber } from '../../text/numerals.ts';
import { NameEndings } from '../../text/name-endings.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { FROM_END_WORDS, isSubsequence, longestCommon, NEIGHBOUR_ITEM, neighbourStep } from './match.ts';
import { dictionaryWeight } from '../../retrieval/lexical/general.ts';
import { chineseOrdinal, englishOrdinal, ordinalAsk } from '../../text/english-ordinal.ts';
import { abbreviates, inOrder, SHORT_NAMED, shortGenre } from './abbreviation.ts';

export interface DocReply {
  answer: Answer;
  /** The document the answer is about: the conversation's focus afterwards. */
  docId?: string;
  /** The outline item it answered from, when one. */
  item?: number;
  /** The answer listed the item's parts: an ordinal next counts among them. */
  listed?: boolean;
  /** The answer asks which document is meant: these, in the order offered. */
  candidates?: string[];
}

type Doc = KnowledgeDocument & { facts: DocFacts };

const MAX_ITEM_CHARS = 260;
/** Documents an unnamed ordinal is checked against item by item; beyond this it is left to retrieval. */
const MAX_CANDIDATES = 5;
const CITE_CHARS = 560;

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function nameOf(d: KnowledgeDocument): string {
  return d.title.startsWith('《') ? d.title : `《${d.title}》`;
}

function cite(d: KnowledgeDocument, text: string, section?: string): Citation {
  return { text: clip(text, CITE_CHARS), source: d.title, ...(section ? { section } : {}), score: 1 };
}

function reply(d: KnowledgeDocument, body: string, citations: Citation[], item?: number): DocReply {
  const c = citations[0];
  const source = `${d.title}${c?.section ? ` · ${c.section}` : ''}`;
  return { answer: { body, sources: [source], grounded: true, citations, mode: 'facts' }, docId: d.id, ...(item !== undefined ? { item } : {}) };
}

// ---- which document -------------------------------------------------------------------------

/**
 * Words of a title that say what kind of paper it is or how it came about, not what it is about:
 * a question's `哪个部门负责` or `联合印发` must not point to `…负责同志答记者问` or `关于印发…的通知`.
 */
const TITLE_FILLER = new Set(['关于', '印发', '有关', '负责', '同志', '通知', '部门', '单位', '联合', '发布', '进一步', '若干', '工作', '加强', '推进', '深化', '司局', '试行', '一步']);

/** Words of a title that can name it in a question: its tokens of two or more characters, and its genre. */
function titleWords(index: KnowledgeIndex, d: KnowledgeDocument): Set<string> {
  return index.once(`title-words:${d.id}`, () => {
    const words = new Set<string>();
    const t = d.title.replace(/[《》“”"()（）]/g, ' ');
    for (const w of index.tokenizer.query(t)) if (w.length >= 2 && !TITLE_FILLER.has(w)) words.add(w);
    if (d.facts?.genre) words.add(d.facts.genre);
    for (const g of GENRE_WORDS) if (t.includes(g)) words.add(g);
    return words;
  });
}

const GENRE_WORDS = ['办法', '方案', '意见', '通知', '答记者问', '问答', '规划', '措施', '条例', '规定', '细则', '解读'];

/** A series number in a title (`解释（一）`). */
const SERIES_NO = /[（(]([一二三四五六七八九十]{1,2})[）)]/gu;
/** …and in a question, right after the kind of paper it numbers (`劳动争议解释（一）第二条`), not an item's `（一）`. */
// (An amendment's or interpretation's number said bare, `刑法修正案十二`, `司法解释五`, is read bracketed first: BARE_AMENDMENT.)
const SERIES_NAMED = /(?<=办法|方案|意见|通知|规定|细则|解释|决定|批复|条例|措施|修正案)[（(]([一二三四五六七八九十]{1,2})[）)]/gu;

/** The series numbers a question says after the kind of paper they number (`婚姻法司法解释（三）`, `刑法修正案十二`). */
function seriesAsked(question: string): string[] {
  return [...question.replace(BARE_AMENDMENT, '($1)').matchAll(SERIES_NAMED)].map((m) => m[1]!);
}

/** Whether the question says a title of a series with its number. */
export function namesSeries(question: string): boolean {
  return seriesAsked(question).length > 0;
}

/**
 * The documents the question names, best first, with how clearly. A title word counts by how few
 * titles carry it (`天河`, `放管服`, `答记者问` say more than `方案`), and only as far as it names the
 * document rather than its subject: a word that other documents use in their text too (`指导`, `监管`)
 * says little about which document is meant. Genre words (`这个办法`) name the kind of paper and count whole.
 */
export function namedDocuments(index: KnowledgeIndex, question: string): { doc: KnowledgeDocument; score: number }[] {
  return index.remember(`named:${question}`, () => namedFresh(index, question));
}

function namedFresh(index: KnowledgeIndex, question: string): { doc: KnowledgeDocument; score: number }[] {
  const docs = index.documents;
  const titles = titleIndex(index);
  const words = new Set(index.cut(question).filter((w) => w.length >= 2));
  // The genre word a question uses (`这个办法`, `分工方案里`) may be cut differently by the tokenizer.
  for (const g of GENRE_WORDS) if (question.includes(g)) words.add(g);
  // An everyday word names a title that uses the documents' word for it (`老人优待的规定` of 《…老年人优待办法》).
  for (const { found, group } of index.aliasesIn(question)) if (/\p{Script=Han}{2}/u.test(found)) for (const w of group) if (w !== found) words.add(w);
  for (const w of TITLE_FILLER) words.delete(w);
  const scores = new Map<KnowledgeDocument, number>();
  // Search mode gives a word and its parts (工业互联网, 工业, 互联网): a title holding the word counts it
  // once, not once per part — else titles sharing one long word outscore the one that adds another.
  const counted = new Map<KnowledgeDocument, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const holders = titles.get(w);
    // A word in a great many titles (`规定` among laws) cannot single one out; scoring it costs a pass over them all.
    if (!holders || holders.length > MAX_HOLDERS) continue;
    const naming = GENRE_WORDS.includes(w) ? 1 : Math.min(1, holders.length / documentsUsing(index, w));
    const weight = Math.log(1 + docs.length / holders.length) * naming;
    for (const d of holders) {
      const had = counted.get(d);
      if (had?.some((x) => x.includes(w))) continue;
      if (had) had.push(w);
      else counted.set(d, [w]);
      scores.set(d, (scores.get(d) ?? 0) + weight);
    }
  }
  // A title of a series (`…的解释（一）`) is told from its siblings by its number: named with its kind
  // (`劳动争议解释（一）`), a sibling with another number is not meant, and the one with it is named twice as
  // clearly as its words name it, at least as a word of its own would. (Only titles the other words named:
  // the number alone names nothing.)
  const series = seriesAsked(question);
  if (series.length) {
    for (const [d, score] of scores) {
      const own = [...d.title.matchAll(SERIES_NO)].map((m) => m[1]!);
      if (own.some((n) => series.includes(n))) scores.set(d, score + Math.max(score, NAMING_MIN));
      else if (own.length) scores.delete(d);
    }
  }
  // A loop, and no sort of fewer than two: an empty list and one of objects are arrays of two kinds,
  // and the sort's call site bailed namedFresh's optimised code out on the kind it had not seen (twice a first round).
  const out: { doc: KnowledgeDocument; score: number }[] = [];
  for (const [doc, score] of scores) out.push({ doc, score });
  if (out.length > 1) out.sort((a, b) => b.score - a.score);
  return out;
}

/** Title word → the documents whose title carries it: built once per index, so a question costs its own words only. */
function titleIndex(index: KnowledgeIndex): Map<string, KnowledgeDocument[]> {
  return index.once('title-index', () => {
    const m = new Map<string, KnowledgeDocument[]>();
    for (const d of index.documents) {
      for (const w of titleWords(index, d)) {
        const list = m.get(w);
        if (list) list.push(d);
        else m.set(w, [d]);
      }
    }
    return m;
  });
}

/** How many documents use the word anywhere (title or text), from the lexical index's postings. */
function documentsUsing(index: KnowledgeIndex, word: string): number {
  // Asked only of title words (a set fixed by the documents), so kept for the index's life: distinct
  // questions would otherwise walk the same postings again once the bounded memo has turned over.
  const kept = index.once('docs-using', () => new Map<string, number>());
  const known = kept.get(word);
  if (known !== undefined) return known;
  const n = countDocumentsUsing(index, word);
  kept.set(word, n);
  return n;
}

function countDocumentsUsing(index: KnowledgeIndex, word: string): number {
  // A document's chunks are numbered together, and postings are in chunk order: counting the changes
  // of document along the postings counts the documents, with no set of ids.
  const docOf = chunkDocuments(index);
  let count = 0;
  let last = -1;
  for (const chunk of index.lexical.postings(word)) {
    const d = docOf[chunk]!;
    if (d !== last) {
      count++;
      last = d;
    }
  }
  return Math.max(1, count);
}

/** Chunk → its document's position, once per index. */
function chunkDocuments(index: KnowledgeIndex): Uint32Array {
  return index.once('chunk-documents', () => {
    const pos = new Map(index.documents.map((d, i) => [d.id, i]));
    return Uint32Array.from(index.chunks, (c) => pos.get(c.docId)!);
  });
}

// ---- a document named outright --------------------------------------------------------------

/** How a name of a document ends: its genre (`劳动合同法`, `…管理办法`, `…的解释(一)`). */
const NAME_END = /(?:法|法典|条例|规定|办法|细则|方案|意见|决定|解释|通知|规则|规划|措施|计划|纲要|答记者问|解读|指引|\))$/u;
/** Longest name looked for in a question. */
const MAX_NAME = 48;

/** A title or question as names are compared: no quotes, brackets or spaces, parentheses half-width. */
function nameForm(s: string): string {
  return s.replace(/[《》〈〉“”"\s]/gu, '').replace(/（/gu, '(').replace(/）/gu, ')').replace(BARE_AMENDMENT, '($1)');
}

/** An amendment's or interpretation's number said bare (`刑法修正案九`, `公司法司法解释五`): the title's `(九)`. */
// (Not `一般` after it, nor the 二 of `修正案二十条`: the number stands whole.)
// (After a law's 解释, `婚姻法解释三`, `司法解释五` — not the verb, `请解释一个概念`, `解释一致`.)
const BARE_AMENDMENT = /(?<=修正案|法解释)([一二三四五六七八九十]{1,2})(?![一二三四五六七八九十条款项章节般共经审下些点次遍分个番样致])/gu;

/**
 * Every document's title in nameForm, in the order of index.documents: made once per index. A question
 * that quotes a name (`《…》`) compared it with all 1,565 titles over the laws, each put in nameForm afresh
 * (two regular-expression replaces per title, per quoted question).
 */
function titleForms(index: KnowledgeIndex): string[] {
  return index.once('title-forms', () => index.documents.map((d) => nameForm(d.title)));
}

/**
 * The documents whose title (nameForm) holds `inner`, in the order of index.documents. A quoted name
 * was compared with all 1,565 titles over the laws (a third of explicitFresh's time, for the one
 * question in twenty that quotes one); a title holding it holds each of its two-character pieces, so
 * only the titles holding its rarest piece are compared — the same documents.
 */
function titlesHolding(index: KnowledgeIndex, inner: string): KnowledgeDocument[] {
  const forms = titleForms(index);
  if (inner.length < 2) return index.documents.filter((_, k) => forms[k]!.includes(inner));
  const pairs = titlePairs(index);
  let fewest: number[] | undefined;
  for (let i = 0; i + 1 < inner.length; i++) {
    const list = pairs.get(inner.charCodeAt(i) * 0x10000 + inner.charCodeAt(i + 1));
    if (!list) return [];
    if (!fewest || list.length < fewest.length) fewest = list;
  }
  const out: KnowledgeDocument[] = [];
  for (const k of fewest!) if (forms[k]!.includes(inner)) out.push(index.documents[k]!);
  return out;
}

/** Each two code units of the titles (nameForm) → the positions of the titles holding them, ascending: made once per index. */
function titlePairs(index: KnowledgeIndex): Map<number, number[]> {
  return index.once('title-pairs', () => {
    const pairs = new Map<number, number[]>();
    titleForms(index).forEach((t, k) => {
      for (let i = 0; i + 1 < t.length; i++) {
        const key = t.charCodeAt(i) * 0x10000 + t.charCodeAt(i + 1);
        const list = pairs.get(key);
        if (!list) pairs.set(key, [k]);
        else if (list.at(-1) !== k) list.push(k);
      }
    });
    return pairs;
  });
}

/** A notice's title names the document it issues (`关于印发广州市居家社区养老服务管理办法的通知`). */
const ISSUED_NAME = /(?:印发|转发|颁布|公布)(.{4,}?)的(?:通知|决定|公告|令)(?:\(.*\))?$/u;

/** The names a document goes by (its title in nameForm): the title, and the paper a notice issues. */
function namesOf(t: string): string[] {
  const inner = ISSUED_NAME.exec(t)?.[1];
  return inner ? [t, inner] : [t];
}

interface Ending {
  doc: KnowledgeDocument;
  /** The document's title as names are compared (nameForm), made once with the table. */
  title: string;
  /** What stands before the ending in the name (`中华人民共和国` before `劳动合同法`). */
  before: string;
}

/**
 * How many names start with each prefix, and the trie of the names' endings: built once per index.
 * The documents a name ends are found when asked (`endingsOf`): a table of every ending of every
 * name (39k keys over the laws, each with its list) held 5 MB for the server's life.
 */
function titleEndings(index: KnowledgeIndex): { tails: NameEndings; starts: Map<string, number> } {
  return index.once('title-endings', () => {
    const names: string[] = [];
    const starts = new Map<string, number>();
    for (const t of titleNames(index).flat()) {
      names.push(t);
      for (let k = 1; k < t.length; k++) starts.set(t.slice(0, k), (starts.get(t.slice(0, k)) ?? 0) + 1);
    }
    return { tails: new NameEndings(names), starts };
  });
}

/** The names of every document (namesOf its title in nameForm), in the order of index.documents: made once per index. */
function titleNames(index: KnowledgeIndex): string[][] {
  return index.once('title-names-of', () => titleForms(index).map(namesOf));
}

/**
 * The documents one of whose names ends with `name` (two characters or more), in the order of
 * index.documents, each once — with what stands before the ending in the first of its names that
 * ends so; undefined when none. Such a name is part of the title's nameForm (an issued name is a
 * piece of the title), so only the titles holding `name` are read.
 */
function endingsOf(index: KnowledgeIndex, name: string): Ending[] | undefined {
  if (name.length < 2) return undefined;
  const forms = titleForms(index);
  const names = titleNames(index);
  const pos = titlePositions(index);
  let out: Ending[] | undefined;
  for (const d of titlesHolding(index, name)) {
    const k = pos.get(d)!;
    for (const t of names[k]!) {
      if (!t.endsWith(name)) continue;
      (out ??= []).push({ doc: d, title: forms[k]!, before: t.slice(0, t.length - name.length) });
      break;
    }
  }
  return out;
}

/** Each document → its position in index.documents: made once per index. */
function titlePositions(index: KnowledgeIndex): Map<KnowledgeDocument, number> {
  return index.once('document-positions', () => new Map(index.documents.map((d, k) => [d, k])));
}

/** Names must share a prefix this often for it to be a mere heading (`中华人民共和国`, `国务院关于`). */
const COMMON_PREFIX = 5;

/** `2013年10月25日` → 20131025, for ordering the texts of one title. */
function dayNumber(date: string | undefined): number {
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(date ?? '');
  return m ? +m[1]! * 10000 + +m[2]! * 100 + +m[3]! : 0;
}

/** The date of a text's latest act (修正, 修订, 通过) or its signature. */
function versionDay(d: KnowledgeDocument): number {
  // Acts that make the text (通过, 修正…), not when it takes effect: a code's books share the first.
  const made = (d.facts?.history ?? []).filter((h) => h.event !== '施行');
  return Math.max(0, ...made.map((h) => dayNumber(h.date)), dayNumber(d.facts?.date?.text));
}

/** Of the texts of one title (a law before and after a revision), the latest; parts of one text filed apart all. */
function latestVersions(docs: KnowledgeDocument[]): KnowledgeDocument[] {
  const latest = Math.max(...docs.map(versionDay));
  return docs.filter((d) => versionDay(d) === latest);
}

export interface ExplicitName {
  /** The document meant: one, or the parts of one text filed apart (a code's books). */
  docs: KnowledgeDocument[];
  /** The name as the question writes it (without 《》). */
  name: string;
}

/**
 * The document a question names outright — its whole title, or an ending of it that ends in the
 * genre (`劳动合同法` for 中华人民共和国劳动合同法, `《刑法》`): the longest such name in the question,
 * when it belongs to one title. Two texts of one title (a law before and after a revision) are the
 * later one; parts filed apart under one title and date are all meant.
 */
export function explicitDocument(index: KnowledgeIndex, question: string): ExplicitName | null {
  return index.remember(`explicit:${question}`, () => {
    const named = byNumber(index, question) ?? rulesOfLaw(index, question) ?? explicitFresh(index, question) ?? shortNamed(index, question) ?? englishLaw(index, question);
    return named && !interpretationOf(question, named.name) ? named : null;
  });
}

/**
 * `公司法司法解释五`, `婚姻法的解释（三）`: the name said is the law an interpretation applies, not the text asked of —
 * the interpretation's own title (`…关于适用《中华人民共和国公司法》若干问题的规定(五)`) is the one its words name.
 */
function interpretationOf(question: string, name: string): boolean {
  const at = question.indexOf(name);
  // (Not the law's own 解释权, `公司法的解释权归谁`: an interpretation is said as 司法解释 or with its number.)
  return at >= 0 && INTERPRETATION_AFTER.test(question.slice(at + name.length));
}
const INTERPRETATION_AFTER = /^》?的?(?:司法解释|解释[（(]?[一二三四五六七八九十])/u;

/** A law's implementing rules said with a 的 between (`出入境管理法的实施细则`), which their title writes without. */
const RULES_OF_LAW = /(法|条例)的(实施细则|实施条例|实施办法)/u;

/**
 * `按出入境管理法的实施细则，护照有效期几年`: the rules, not the law — read as the title writes them (`…管理法实施细则`),
 * when a title ends so; the name given back as the question says it.
 */
function rulesOfLaw(index: KnowledgeIndex, question: string): ExplicitName | null {
  if (!RULES_OF_LAW.test(question)) return null;
  const named = explicitFresh(index, question.replace(RULES_OF_LAW, '$1$2'));
  const said = named?.name.replace(/(法|条例)(实施细则|实施条例|实施办法)$/u, '$1的$2');
  return named && said !== named.name && question.includes(said!) ? { ...named, name: said! } : null;
}

/**
 * `国办发〔2018〕117号是哪天印发的`: the document whose own number the question cites — the one document
 * numbered so, its issuer's abbreviation ending the characters before the year.
 */
function byNumber(index: KnowledgeIndex, question: string): ExplicitName | null {
  const numbered = index.once('documents-by-number', () => {
    const out = new Map<string, { prefix: string; doc: KnowledgeDocument }[]>();
    for (const d of index.documents) {
      const number = d.facts?.number;
      if (!number) continue;
      for (const n of numbersIn(number)) out.set(n.key, [...(out.get(n.key) ?? []), { prefix: n.prefix, doc: d }]);
    }
    return out;
  });
  if (!numbered.size) return null;
  for (const n of numbersIn(question)) {
    const docs = (numbered.get(n.key) ?? []).filter((e) => n.prefix.endsWith(e.prefix)).map((e) => e.doc);
    if (new Set(docs).size === 1) return { docs: [docs[0]!], name: n.text };
  }
  // `川发改价格480号文`: the number said without its year — the issuer's abbreviation and the serial.
  for (const m of question.matchAll(NUMBER_WITHOUT_YEAR)) {
    const [text, prefix, serial] = [m[0], m[1]!, m[2]!];
    const docs = [...numbered.entries()].filter(([key]) => key.endsWith(`-${serial}`)).flatMap(([, es]) => es.filter((e) => prefix.endsWith(e.prefix)).map((e) => e.doc));
    if (new Set(docs).size === 1) return { docs: [docs[0]!], name: text };
  }
  return null;
}
/** A document number said without its year (`川发改价格480号文`, `国发3号文件`); not an order's `第588号`. */
const NUMBER_WITHOUT_YEAR = /([\p{Script=Han}]{2,16}?)(?<!第)(\d{1,4})\s*号(?:文件|文)/gu;

/** `the Social Insurance Law`, `PRC Company Law`: capitalised words before Law. */
const ENGLISH_LAW = /((?:[A-Z][A-Za-z'’-]*\s+){1,6})(Law|Code)\b/u;
/** English genre words as written in a name, capitalised or not. */
const EN_GENRE = '[Ll]aw|[Cc]ode|[Rr]egulations?|[Mm]easures|[Rr]ules|[Pp]rovisions|[Ii]nterpretations?|[Dd]ecision';
/** A group of a name's match that is its genre word. */
const GENRE_WORD = new RegExp(`^(?:${EN_GENRE})$`, 'u');
/**
 * `Regulations on the Protection of Olympic Symbols`, `Implementing Measures for Paid Annual Leave of Enterprise
 * Employees`, `the 2016 interpretation on embezzlement and bribery cases`: the genre, then what it is on — up to
 * the clause's end or the question's own verb.
 */
const ENGLISH_ON = new RegExp(
  `((?:[A-Z][A-Za-z'’-]*\\s+){0,3})(${EN_GENRE})\\s+(?:on|for|of|concerning|governing|regarding)\\s+((?:[A-Za-z'’-]+\\s*?){1,10}?)(?=\\s*(?:[,.?;:!()]|$)|\\s+(?:if|when|what|how|which|who|whom|is|are|was|were|can|could|must|may|might|should|shall|will|would|does|do|did|has|have|up\\s+to)\\b)`,
  'u',
);
/** `the entertainment venues regulation`, `China's forest fire prevention rules`: the words before the genre. */
const ENGLISH_BEFORE = new RegExp(`\\b(?:the|China's|Chinese|PRC)\\s+((?:[A-Za-z'’-]+\\s+){1,6}?)(${EN_GENRE})\\b`, 'u');
/** Words of an English law's name that say whose it is, not which. */
const NATION_WORDS = new Set(['prc', 'the', 'people', "people's", 'peoples', 'republic', 'china', 'chinese', "china's", 'of', 'national', 'and', 'with', 'for', 'on']);
/** How each English genre word ends a Chinese title. */
const GENRE_ENDS: [RegExp, RegExp][] = [
  // (A law's 法, not a 办法's or a 方法's.)
  [/^law$/u, /(?<![办方])法$/u],
  [/^code$/u, /法典$|(?<![办方])法$/u],
  [/^regulations?$/u, /条例$|规定$/u],
  [/^measures$/u, /办法$|措施$/u],
  [/^rules$/u, /规则$|细则$|规定$|条例$/u],
  [/^provisions$/u, /规定$/u],
  [/^interpretations?$/u, /解释(?:\(.{1,3}\))?$/u],
  [/^decision$/u, /决定$/u],
];

/**
 * A document named in English (`the Social Insurance Law` → 社会保险法, `Regulations on Direct Selling` →
 * 直销管理条例): each word of the name said in the title — by the dictionary read forwards (a title word whose
 * senses hold the English word or its stem: 处罚 → penalize for `Penalty`) or backwards (the English word's
 * headwords in the title); the title ending as the genre said does. Of the titles that say every word, the one
 * more of whose own words the name says, then the shortest — the name with nothing added.
 */
function englishLaw(index: KnowledgeIndex, question: string): ExplicitName | null {
  const names = [ENGLISH_LAW.exec(question), ENGLISH_ON.exec(question), ENGLISH_BEFORE.exec(question)];
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    if (!m) continue;
    const said = m[0];
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    const genre = (groups.find((g) => GENRE_WORD.test(g)) ?? '').toLowerCase();
    const name = groups.filter((g) => !GENRE_WORD.test(g)).join(' ');
    const words = name
      // `E-Commerce`, `e-government`: the e is electronic.
      .replace(/\b[Ee]-(?=[A-Za-z]{3})/gu, 'electronic ')
      .split(/[\s-]+/u)
      .map((w) => w.toLowerCase().replace(/[’']s$/u, ''))
      .filter((w) => w.length >= 3 && /^[a-z]+$/u.test(w) && !NATION_WORDS.has(w) && !isEnglishStopword(w));
    // (One word before or after a genre is no name — `the Implementing Measures`, `the disciplinary regulations`
    // —, unless it is a law's: `Company Law`.)
    if (!words.length || (k > 0 && words.length < 2)) continue;
    const found = titlesNamed(index, words, genre);
    if (found) return { docs: found, name: said };
  }
  return null;
}

/** Whether two English words are one word's forms (`penalty`, `penalize`; `maintenance`, `maintain`; `tax`, `taxation`). */
function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // (A word under five letters counts inside a longer one only before an ending of English: `tax`+ation, not `car`+go.)
  if (k === short.length && ENGLISH_ENDING.test(long.slice(k))) return true;
  return k >= 5 && k >= 0.6 * short.length;
}
const ENGLISH_ENDING = /^(?:s|es|ed|ing|er|ers|ion|ions|ation|ations|al|ity|ment|ments|ive|ize|ise|ure|ant|ance|ence|ency|ly|ship)$/u;

/** The titles that say every English word, the genre's ending theirs; the best named, or null when two differ. */
function titlesNamed(index: KnowledgeIndex, words: string[], genre: string): KnowledgeDocument[] | null {
  const ends = GENRE_ENDS.find(([en]) => en.test(genre))?.[1];
  const bridge = englishBridge();
  const forms = words.map((w) => wordForms(w).concat(w));
  // (A headword counts by its first two characters too: 豁免权 for `immunities` in 领事特权与豁免条例.)
  const headwords = forms.map((fs) => [...new Set(fs.flatMap((f) => bridge.get(f) ?? []).flatMap((zh) => [zh, zh.slice(0, 2)]))]);
  // (A title word's senses, as the dictionary gives them: looked up once per index, not per question.)
  const says = (fs: string[], senses: readonly string[]) => senses.some((g) => fs.some((f) => sameStem(f, g)));
  const titles = titleGlossWords(index);
  // A name of three words or more may say one the dictionary cannot bridge (`Annual` for the 年 of 年休假).
  const misses = words.length >= 3 ? 1 : 0;
  let best: { docs: KnowledgeDocument[]; said: number; own: number; share: number; length: number }[] = [];
  index.documents.forEach((d, k) => {
    const t = titles[k]!;
    if (ends && !ends.test(t.name)) return;
    // Each word said: by a title word's senses, or one of its own headwords standing in the title.
    const said = forms.filter((fs, i) => t.pieces.some((p) => says(fs, p)) || headwords[i]!.some((zh) => t.name.includes(zh))).length;
    if (said < words.length - misses) return;
    // Then the title more of whose own words the name says (医疗器械监督管理条例 over 兽药管理条例 for `Medical
    // Devices`), in number, then in share; then the shorter.
    const own = t.words.filter((w) => forms.some((fs) => says(fs, w))).length;
    const share = own / Math.max(1, t.words.length);
    const length = t.name.length;
    const top = best[0];
    const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
    const key = [said, own, share, -length];
    const topKey = top ? [top.said, top.own, top.share, -top.length] : null;
    const cmp = topKey ? key.map((v, i) => (same(v, topKey[i]!) ? 0 : v > topKey[i]! ? 1 : -1)).find((c) => c !== 0) ?? 0 : 1;
    if (cmp > 0) best = [{ docs: [d], said, own, share, length }];
    else if (cmp === 0) best.push({ docs: [d], said, own, share, length });
  });
  if (!best.length) return null;
  const named = best.flatMap((b) => b.docs);
  if (new Set(named.map((d) => nameForm(d.title))).size > 1) return null;
  return latestVersions(named);
}

/**
 * Each title's name (the nation's style and the date left off), the English senses of its jieba pieces and of its own
 * words: made once per index.
 */
function titleGlossWords(index: KnowledgeIndex): { name: string; pieces: (readonly string[])[]; words: (readonly string[])[] }[] {
  return index.once('title-gloss-words', () => {
    const gloss = chineseGloss();
    const sensesOf = (zh: string) => gloss.get(zh) ?? [];
    return titleForms(index).map((form) => {
      const name = form.replace(/^中华人民共和国/u, '').replace(/\(\d{4}[-年][^)]*\)$/u, '');
      const pieces = index.tokenizer.pieces(name).filter((p) => p.length >= 2 && /^\p{Script=Han}+$/u.test(p));
      // Its own words: what the name says, not its genre or the words every interpretation shares.
      const words = index.tokenizer.query(name).filter((w) => w.length >= 2 && /^\p{Script=Han}+$/u.test(w) && !TITLE_SHARED.test(w));
      return { name, pieces: pieces.map(sensesOf), words: words.map(sensesOf) };
    });
  });
}
/** Words of titles that name the genre or the court's style, not what the text is about. */
const TITLE_SHARED = /^(?:条例|办法|规定|规则|细则|决定|解释|关于|若干|问题|适用|法律|实施|管理|暂行|试行|最高|人民|法院|检察院)$/u;

function explicitFresh(index: KnowledgeIndex, question: string): ExplicitName | null {
  const { tails, starts } = titleEndings(index);
  const q = question.replace(/\s/gu, '').replace(/（/gu, '(').replace(/）/gu, ')').replace(BARE_AMENDMENT, '($1)');
  // `《关于深化…的通知》是谁起草的` of a document titled `《关于深化…的通知》政策解读`: a quoted name that
  // stands inside exactly one title names that document.
  for (const m of q.matchAll(/《([^《》]{6,60})》/gu)) {
    const inner = nameForm(m[1]!);
    const holders = titlesHolding(index, inner);
    if (holders.length === 1 && !endingsOf(index, inner)) return { docs: holders, name: m[1]! };
  }
  let best: { found: Ending[]; name: string } | null = null;
  for (let j = q.length; j >= 2; j--) {
    // The endings of names are closed under shortening (every ending of an ending of length ≥ 2 is one
    // too), so the slices of q ending at j that are endings are exactly those from some start on:
    // found by growing leftwards until one is not (in the trie of reversed names, no slice made),
    // instead of looking up all MAX_NAME slices.
    const reach = tails.reach(q, j, Math.min(j, MAX_NAME));
    if (reach < 2) continue;
    const from = j - reach;
    // A name unquoted must end like one (NAME_END), and whether one of these slices does depends only on
    // the characters before j: the longest slice ending so ends like a name when any of them does.
    // Neither that nor a closing 》 at j: no slice ending at j can name a document, none is made.
    if (q[j] !== '》' && !NAME_END.test(q.slice(from, j))) continue;
    // (Nor one whose 法 is the first of a word: `适用法律`, `人民法院`.)
    if (q[j - 1] === '法' && NOT_A_LAW_AFTER.test(q[j] ?? '')) continue;
    for (let i = from; i + 2 <= j; i++) {
      if (best && j - i <= best.name.length) break;
      const name = q.slice(i, j);
      const found = endingsOf(index, name);
      if (!found) continue;
      const quoted = q[i - 1] === '《' && q[j] === '》';
      // Unquoted, a name must be long enough and end like one: `税法` in a sentence names no law. And
      // more than its genre: `…的通知` names no notice (`办法的通知` is every issuing notice's ending).
      if (!quoted && (name.length < 3 || !NAME_END.test(name))) continue;
      // (Nor is any shorter slice: each is an ending of this one, with fewer words of its own — `干措施` of 若干措施.)
      if (!quoted && !ownWords(name)) break;
      // The genre said in full (`若干措施`, `实施意见`) names the one document of that genre — not when another
      // title holds it too (`关于贯彻执行《…若干措施》的实施细则`): that one may be the document meant.
      if (!quoted && genreOnly(name) && titlesHolding(index, name).some((d) => !found.some((e) => e.doc === d))) break;
      // A name that starts inside a word the asker said is the title's only when the word's first characters
      // are the title's too (`老人优待办法` of 广州市老年人优待办法): `劳保条例` is no 海关事务担保条例, `村委会组织法`
      // no 全国人民代表大会组织法, `公园管理条例` no 幼儿园管理条例 — the asker's word shortens another name, or none loaded.
      const head = quoted ? '' : wordHead(index, q, i);
      // (A name preceded in its title by nothing but the nation's name, `中华人民共和国`, is said whole: the character
      // jieba glued to it, `按核安全法` cut 按核, is the asker's.)
      const whole = (e: Ending) => !e.before.replace(NATION, '');
      const owned = head ? found.filter((e) => whole(e) || inOrder(head, e.before)) : found;
      if (!owned.length) break;
      // (Of an ending many titles share, the head alone picks one only where the asker's word opens the name:
      // `政务数据资源管理暂行办法` is no 矿产资源监督管理暂行办法.)
      if (owned.length < found.length && new Set(owned.map((e) => e.title)).size === 1 && new Set(found.map((e) => e.title)).size > 1 && !opensName(q, i - head.length)) break;
      best = { found: owned, name };
      break;
    }
  }
  if (!best) return null;
  const titleOf = (e: Ending) => e.title;
  let found = best.found;
  // `环境保护法` ends 中华人民共和国环境保护法 and 中华人民共和国海洋环境保护法: it names the one where
  // nothing but a heading every law shares stands before it.
  // (`教育法`: of 中华人民共和国教育法, not of the 国防教育法 whose 中华人民共和国国防 five titles share: the most
  // shared heading is the one every law carries.)
  if (new Set(found.map(titleOf)).size > 1) {
    const shared = (e: Ending) => (e.before ? (starts.get(e.before) ?? 0) : Infinity);
    const most = Math.max(...found.map(shared));
    found = found.filter((e) => shared(e) >= COMMON_PREFIX && shared(e) === most);
  }
  if (!found.length || new Set(found.map(titleOf)).size > 1) return null;
  const docs = [...new Set(found.map((e) => e.doc))];
  return { docs: latestVersions(docs), name: best.name };
}

/** Below this weight in general Chinese a word is too common to shorten a law's name (社会, 国际, 经济). */
const COMMON_SHORT = 0.2;

/** The words every national law's title opens with: no part of the name people shorten. */
const NATION = /^中华人民共和国/u;

interface Stem {
  /** The name without the nation's words and its genre word (`反恐怖主义` of 中华人民共和国反恐怖主义法). */
  stem: string;
  title: string;
  doc: KnowledgeDocument;
}

/** Each law's and regulation's stem by its first character and genre: made once per index. */
function stems(index: KnowledgeIndex): Map<string, Stem[]> {
  return index.once('name-stems', () => {
    const out = new Map<string, Stem[]>();
    titleForms(index).forEach((title, k) => {
      const name = title.replace(NATION, '');
      const genre = /(?<![办方])法$/u.test(name) ? 'law' : name.endsWith('条例') ? 'regulation' : null;
      if (!genre) return;
      const stem = name.slice(0, genre === 'law' ? -1 : -2);
      if (stem.length < 2) return;
      const key = `${genre}:${stem[0]}`;
      const list = out.get(key);
      const entry = { stem, title, doc: index.documents[k]! };
      if (list) list.push(entry);
      else out.set(key, [entry]);
    });
    return out;
  });
}

/**
 * `按反恐那部法律，…`, `网安法规定的…`, `税收征管法第几条`: a law named the way people shorten it. Of the
 * question's characters before the genre word, the longest run that shortens one law's name (or is its
 * name, said with a pointer: `劳动那部法律`) names it; when it could shorten two, none is named — a
 * shorter run would say even less.
 */
function shortNamed(index: KnowledgeIndex, question: string): ExplicitName | null {
  const table = stems(index);
  if (!table.size) return null;
  for (const m of question.matchAll(SHORT_NAMED)) {
    const [run, ending] = [m[1]!, m[2]!];
    const genre = shortGenre(ending);
    const pointer = ending !== '法' && ending !== '条例';
    for (let k = run.length; k >= 2; k--) {
      const short = run.slice(run.length - k);
      // (`法律法规`: the genre words said together name no law.)
      if (/法[律规]$/u.test(short)) break;
      // (A short name is words the asker said whole: not `个实施` out of `那个实施条例`.)
      if (wordHead(index, question, m.index! + run.length - k)) continue;
      // (Nor a field of law said in the common words for it, `国际法`, `社会法`, `经济法`: a word of general Chinese
      // that common, or a name the dictionary holds whole, is no law shortened.)
      if (!pointer && ((dictionaryWeight(short) ?? 1) < COMMON_SHORT || dictionaryWeight(`${short}${ending}`) !== undefined)) break;
      const list = table.get(`${genre}:${short[0]}`) ?? [];
      // (A name said whole with its genre word is an ending explicitFresh has weighed; said with a pointer it is named here.)
      const exact = pointer ? list.filter((e) => e.stem === short) : [];
      const found = exact.length ? exact : list.filter((e) => abbreviates(short, e.stem));
      if (!found.length) continue;
      if (new Set(found.map((e) => e.title)).size > 1) break;
      return { docs: latestVersions(found.map((e) => e.doc)), name: `${short}${ending}` };
    }
  }
  return null;
}

/** What follows a 法 that begins another word (法律, 法院, 法官, 法人, 法典, 法定…), not a law's name. */
const NOT_A_LAW_AFTER = /^[院官律人典学治定制庭]/u;

/** The characters of the question's word that stand before position `at`, when `at` is inside a word. */
function wordHead(index: KnowledgeIndex, q: string, at: number): string {
  if (at === 0 || !/\p{Script=Han}/u.test(q[at - 1]!)) return '';
  let from = 0;
  for (const { word } of index.tag(q)) {
    const end = from + word.length;
    if (at < end) return from < at ? q.slice(from, at) : '';
    from = end;
  }
  return '';
}

/** Whether a name the asker says starts at `at`: the question's start, or after punctuation or a word that leads a name. */
function opensName(q: string, at: number): boolean {
  return at <= 0 || !/\p{Script=Han}/u.test(q[at - 1]!) || /(?:根据|依据|按|依|照|在|的|从|对|是|看|查|和|与)$/u.test(q.slice(0, at));
}

/** A name with words of its own beside its genre word and the function words around it. */
function ownWords(name: string): boolean {
  // (A series number alone, `(五)` of `司法解释五` read bracketed, is no name: every series has one.)
  if (/^\([一二三四五六七八九十]{1,2}\)$/u.test(name)) return false;
  const rest = name.replace(NAME_END, '').replace(/^(?:的|关于|印发|有关)+|(?:的|办法|方案|意见|规定|细则|通知)+$/gu, '');
  return rest.length >= 1;
}

/** A name that is its genre said in full (若干措施, 实施方案, 暂行办法, 行动计划): no words of its own beside it. */
function genreOnly(name: string): boolean {
  return GENRE_ONLY.test(name.replace(NAME_END, '').replace(/^(?:的|关于|印发|有关)+/gu, ''));
}

/** What stands before a genre word in the genre's own full name (若干措施, 实施方案, 暂行办法, 行动计划, 工作指引). */
const GENRE_ONLY = /^(?:若干|实施|管理|暂行|试行|行动|工作|指导|专项|总体|具体|有关|相关)+$/u;

/** Titles a word may be in and still help name one. */
const MAX_HOLDERS = 64;

/** Below this, title words only hint at a document: not enough to answer from it alone. */
export const NAMING_MIN = 1;

/** The one document the question points to, when one clearly does. */
export function pointedDocument(index: KnowledgeIndex, question: string, focus?: string, definite = false): KnowledgeDocument | null {
  // `这个办法`, `该方案`, `它`: the conversation's document, whatever other titles share the words.
  if (focus && definite) {
    const d = index.document(focus);
    if (d) return d;
  }
  const explicit = explicitDocument(index, question);
  if (explicit?.docs.length === 1) return explicit.docs[0]!;
  // (The one text loaded, called by its kind, `这方案`: no other could be meant, however little the word weighs.)
  const [only, other] = index.documents;
  // (Not a plan read by its own facts: its tasks and targets are theirs to give.)
  if (only && !other && !index.facts.some((f) => f.docId === only.id) && GENRE_WORDS.some((g) => question.includes(g) && only.title.includes(g))) return only;
  const named = namedDocuments(index, question);
  const [first, second] = named;
  if (first && first.score >= NAMING_MIN && (!second || first.score >= second.score * 1.5)) return first.doc;
  // `七部门印发的这份通知`: the one loaded text signed by that many bodies (a title named clearly comes first).
  const signed = signedBy(index, question);
  if (signed) return signed;
  if (focus) {
    const d = index.document(focus);
    // A question that names nothing (or only words every title shares) stays on the conversation's document.
    if (d && (!first || named.some((n) => n.doc.id === focus && n.score >= first.score * 0.99))) return d;
  }
  return null;
}

/** Every owner ask of a question, and the parentheses an item's units are noted in (`（责任单位：…）`, `（X牵头）`). */
const OWNER_ASKS = new RegExp(OWNER_ASK.source, 'gu');
const UNITS_NOTED = /[（(][^（）()]*(?:单位|牵头|负责|配合)[^（）()]*[)）]/gu;

/** A count of the bodies that issued a text, as a question names it by them (`七部门印发`, `5部委联合发布`). */
// (Published, not acting together: `两个部门联合审批`, `三个部门共同管理` count no signers; nor is `第十二个单位` a count.)
const ISSUER_COUNT = /(?<!第)([二三四五六七八九十两]{1,2}|\d{1,2})(?:个)?(?:部门|部委|单位|机关)(?:联合|共同|一起|联名)?(?:印发|发布|发文|出台|下发|联合发文|联合印发)/u;

/** The one loaded text whose signature names as many bodies as the question counts, or null. */
function signedBy(index: KnowledgeIndex, question: string): KnowledgeDocument | null {
  const m = ISSUER_COUNT.exec(question);
  const n = m ? parseNumber(m[1]!) : null;
  if (!n || n < 2) return null;
  const all = index.once('docs-with-facts', () => index.documents.filter(withFacts));
  const signed = all.filter((d) => d.facts.issuers.length === n);
  return signed.length === 1 ? signed[0]! : null;
}

/** The kinds of document a title's last word names (a generic 文件 or 政策 tells none). */
const KINDS = '(办法|方案|意见|通知|答记者问|问答|规划|措施|条例|规定|细则|解读)';
/**
 * `这个通知`, `该办法`, `这份意见`: a document pointed at by its kind — with a word of the asker's between (`这份国办通知`,
 * `这个市里的方案`; no verb or preposition there: `这个情况按规定能报销吗`, `这个跟通知有关吗` point at no paper); or the
 * kind opening the question as its subject (`通知落款日期是哪天`), not a word of its own (`通知书`, `方案设计`), nor the
 * kind asked about (`办法是什么`, `规定是几天内办结`).
 */
const KIND_POINTED = new RegExp(`(?:这个|该|此|这份|这篇|那个|那份|本)${KINDS}|(?:这个|这份|这篇|那个|那份)(?:(?![按符合有跟和与同关是在对给能要会该])\\p{Script=Han}){1,4}?的?${KINDS}|^${KINDS}(?=的|里|中|上|落款|印发|发布|[，,？?]|$)`, 'u');
const KIND_ENDING = new RegExp(`${KINDS}$`, 'u');

/**
 * The kind of document a title names, by its last word: `…实施方案` a 方案. A notice issuing another text
 * (`关于印发《广州市临时救助实施细则》的通知`, `…转发…意见的通知`) is read as the text it issues, which is what its
 * readers call it.
 */
export function kindOf(title: string): string | undefined {
  // (A period or edition after the name, `（2024—2026年）`, `(新闻发布会解读)`, is no kind.)
  const bare = (t: string) => t.trim().replace(/[》」”]+$/u, '').replace(/[（(][^（()）]*[)）]$/u, '');
  const t = bare(title);
  const issued = /(?:印发|转发|发布)《?(.+?)》?的通知$/u.exec(t)?.[1];
  return KIND_ENDING.exec(issued ? bare(issued) : t)?.[1];
}

/**
 * The one loaded document of the kind the question points at (`各省政府接到这个通知要做啥` of a 通知 beside a 细则 issued
 * by one, a Q&A page and a plan), if one alone is of that kind: no other could be meant.
 */
export function pointedByKind(index: KnowledgeIndex, question: string): KnowledgeDocument | null {
  const m = KIND_POINTED.exec(question);
  const kind = m?.[1] ?? m?.[2] ?? m?.[3];
  const ofKind = kind ? documentsByKind(index).get(kind) : undefined;
  const only = ofKind?.length === 1 ? ofKind[0]! : null;
  // The asker's words between the pointer and the kind say which one, in the title's characters (`国办` of 国务院办公厅):
  // `这份暂行办法` is no pointer to a 管理办法 that is not 暂行.
  const between = m?.[2] ? m[0].replace(/^(?:这个|这份|这篇|那个|那份)/u, '').slice(0, -m[2].length).replace(/的$/u, '') : '';
  return only && (!between || isSubsequence(between, only.title)) ? only : null;
}

/** The loaded documents by the kind their titles name: read once per index, not per question (1,584 titles with the laws). */
function documentsByKind(index: KnowledgeIndex): ReadonlyMap<string, KnowledgeDocument[]> {
  return index.once('documents-by-kind', () => {
    const by = new Map<string, KnowledgeDocument[]>();
    for (const d of index.documents) {
      const kind = kindOf(d.title);
      if (kind) by.set(kind, [...(by.get(kind) ?? []), d]);
    }
    return by;
  });
}

const withFacts = (d: KnowledgeDocument | null | undefined): d is Doc => !!d?.facts;

/** An item's label as set in parentheses in a reply: `(十二)` → `十二`, `3.` → `3`. */
function bareLabel(label: string): string {
  return label.replace(/[.、．]$/u, '').replace(/^[(（](.*)[)）]$/u, '$1');
}

/** Whether the question gives item N of this document its own title (four characters or more). */
function titledAs(d: Doc, noun: Noun, n: number, q: string): boolean {
  const level = levelFor(d, noun);
  const it = level ? itemsOf(d, level).find((i) => i.no === n) : undefined;
  const key = it ? headingKey(it.title) : '';
  return key.length >= 4 && q.includes(key);
}

// ---- numbering --------------------------------------------------------------------------------

const NUM = '(\\d+|[零〇一二两三四五六七八九十百]+)';
// `第（六）条` names the item labelled (六), whatever noun follows.
const ORDINAL = new RegExp(`第([(（])?${NUM}[)）]?(条|项|个问题|个方面|个部分|部分|方面|个|问|点|大项)`, 'u');
/** A step of a procedure by its place (`第四步`, `第二个环节`, `第3个步骤`). */
const STEP_ORDINAL = new RegExp(`第${NUM}(?:步|个?步骤|个?环节|道(?:程序|手续|关))`, 'u');
/** Right after a list was given, `第五种呢` counts in it too (elsewhere `第一类资助对象` names a class). */
const LISTED_ORDINAL = new RegExp(`第([(（])?${NUM}[)）]?(种|类)`, 'u');
// `几条`, `多少项重点任务`, `几个方面`, `几大板块` — not `几个月`, `几个工作日`, `多少钱`.
// (`分几大块`: parts, as 几大部分 — never the money of `几块钱`.)
const COUNT = /(?<![第哪])(?:几|多少)(?:个|大)?(条|项|问题|方面|部分|板块|章|(?<=大)块)/gu;
/** COUNT without the global flag: where the first count asked stands. */
const COUNT_AT = new RegExp(COUNT.source, 'u');
/**
 * `这条谁指导`, `该项由谁负责`, `那这件事是谁牵头`: a question about the item just given. So is one that points at the part
 * just spoken of (`那这一块具体由哪个部门牵头`, `这方面谁负责`): the answer before came from that item (not `这块钱`).
 */
const ITEM_POINTER = /^(?:那么?)?(?:这条|这一条|这项|这一项|那条|那一条|那项|那一项|该项|该条|这件事|这事儿?|此事|这个事儿?|它|[这那]一?块(?![钱])|[这那](?:一|个)?(?:方面|部分))/u;
/** `除了发改委，还有哪些单位`, `发改委以外还有谁`: others of a list just given, besides one named. */
const BESIDES_NAMED = /(?:除了|除去)[^，,。？?]{1,16}(?:[，,]?(?:还有|另外|其他|其余|别的))|[^，,。？?]{1,16}(?:以外|之外)[，,]?(?:还有|另外|其他|其余|别的)/u;
/** `其中第五条`, `这里面第二项`: an ordinal within the item just given. */
const WITHIN = /^(?:那么?)?(?:其中|这其中|这里面|里面|里头|这里头|它的|它下面的?|它里面的?)/u;
/** Nouns that name an item of a document's numbering when counted with a bare 个 (`第三个措施`, `第二个任务`). */
const ITEM_NOUNS = /^(?:条|项|方面|部分|任务|措施|问题|政策|事项|举措|工程|行动|环节|板块|领域|目标|重点|意见|要求|机制|原则|内容|方向)/u;

/** Whether an ordinal counted with a bare 个 is followed by a noun that names no item (`第二个有效期`, `第一个孩子`). */
function countsOtherThing(index: KnowledgeIndex, q: string, ord: RegExpExecArray): boolean {
  if (ord[3] !== '个') return false;
  const after = q.slice(ord.index + ord[0].length);
  const next = index.tag(after.slice(0, 8))[0];
  return !!next && next.word.length >= 2 && /^n/u.test(next.tag) && !ITEM_NOUNS.test(next.word);
}

/** `几个附件`, `附件一共有多少个`. */
const ATTACHMENTS_ASK = /(?:几|多少)个?附件|附件(?:一共|共|总共)?有?(?:几|多少)个?/u;
/** The line that opens a notice's list of attachments (`附件：1.天河区人才公寓申请表（个人）.docx`). */
const ATTACHMENTS_LINE = /^[\s\u3000]*附件[:：]\s*(.*)$/u;
/** An attachment numbered in that list (`2.诚信承诺书`, `3．重庆市…声明书`, `4、…`). */
const ATTACHMENT_ITEM = /^[\s\u3000]*([0-9０-９]{1,2})[.．、]\s*(\S.*)$/u;

/**
 * The attachments a notice lists at its end: the last `附件：` line and the numbered lines that follow it
 * (1., 2., … in order), or the one attachment it names. Null when the text lists none.
 */
function attachmentsOf(d: KnowledgeDocument): string[] | null {
  const lines = d.text.split('\n');
  let at = -1;
  for (let i = lines.length - 1; i >= 0 && at < 0; i--) if (ATTACHMENTS_LINE.test(lines[i]!)) at = i;
  if (at < 0) return null;
  // The list starts on the 附件 line itself (`附件：1.…`) or, when that line is bare, on the next.
  const first = ATTACHMENTS_LINE.exec(lines[at]!)![1]!.trim();
  const rest = lines.slice(at + 1).map((l) => l.trim());
  const list = first ? [first, ...rest] : rest;
  const numbered = (l: string | undefined) => {
    const m = l === undefined ? null : ATTACHMENT_ITEM.exec(l);
    return m ? { no: Number(m[1]!.replace(/[０-９]/gu, (c) => String(c.charCodeAt(0) - 0xff10))), name: m[2]!.trim() } : null;
  };
  const head = numbered(list[0]);
  // One attachment, named and not numbered.
  if (!head) return list[0] ? [list[0]] : null;
  if (head.no !== 1) return null;
  const out = [head.name];
  for (let k = 1; k < list.length; k++) {
    const item = numbered(list[k]);
    if (!item || item.no !== out.length + 1) break;
    out.push(item.name);
  }
  return out;
}

/** `排在第一个`, `位列第二`: an ordinal that ranks what is asked for, not one that numbers an item. */
const RANKED = /(?:排在?|列在?|位列|位居|名列)$/u;
/** `提升货物通关效率是第几项任务`: the place of an item the question names. */
const WHICH_PLACE = /第几(条|项|个问题|个方面|个部分|部分|方面|点)/u;
/** A title must share this much with the question to be the item it names. */
const PLACE_TITLE_MIN = 4;

type Noun = 'article' | 'question' | 'part' | 'item' | 'paren' | 'chapter';

function nounOf(word: string, q: string): Noun {
  if (word.includes('章')) return 'chapter';
  if (word.includes('条')) return 'article';
  if (word.includes('问')) return 'question';
  if (/方面|部分|块|^大/.test(word)) return 'part';
  if (/问题/.test(q)) return 'question';
  return 'item';
}

/** A question that ends here citing an article (`违反本法` before `第九条的`). */
const CITED_BEFORE = new RegExp(`${CITING}(?:的)?$`, 'u');

/** `最后一个问题`, `最后一条`, `倒数第二项`, `倒着数第三条`: a place counted from the end, and what it counts. */
const FROM_END = new RegExp(`(?:最后|最末|${FROM_END_WORDS}第?${NUM})(?:一)?(个问题|条|项|个方面|个部分|部分|方面|问)`, 'u');

/** What an ORDINAL match counts: `第（六）条` a parenthesised label, else its noun. */
function ordinalNoun(m: RegExpMatchArray, q: string): Noun {
  return m[1] ? 'paren' : nounOf(m[3]!, q);
}

const QUESTION_TITLE = /什么|哪些|如何|怎么|怎样|吗|？|\?/;

/** The level of numbering a noun counts in this document. */
function levelFor(d: Doc, noun: Noun, items = d.facts.levels): Level | null {
  const levels = items.filter((l) => l.kind !== 'shi' && l.count >= 2);
  if (noun === 'article') return levels.find((l) => l.kind === 'article') ?? null;
  // Items labelled in parentheses: (一)… first, else (1)….
  if (noun === 'paren') return levels.find((l) => l.kind === 'pcn') ?? levels.find((l) => l.kind === 'pnum') ?? null;
  if (noun === 'question') return levels.find((l) => l.kind === 'qa') ?? questionLevel(d) ?? null;
  if (noun === 'part') {
    const top = levels.filter((l) => l.depth === 0 && l.kind !== 'article');
    // (A notice whose only numbering is its parts `一、`–`八、`: `第三部分` is its 三、.)
    if (top.length === 1) return levels.length > 1 || top[0]!.kind === 'cn' ? top[0]! : null;
    // (Parts `一、`–`六、` and, after them under a heading of their own, `附  则` 1.–6.: the parts are the 一、,
    // the list after the last of them is no part.)
    const spans = top.map((l) => ({ l, at: itemsOf(d, l).map((i) => i.start) })).sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0));
    const [lead, ...rest] = spans;
    return lead && lead.l.kind === 'cn' && rest.every((r) => (r.at[0] ?? 0) > (lead.at.at(-1) ?? Infinity)) ? lead.l : null;
  }
  // Items of a task list: the deepest numbering that runs on through the document — through the parts
  // (1.–45. across 一、–七、), not a list inside one of them (the 附件 1.–3. under the notice's last part).
  const runs = listLevels(levels).filter((l) => l.depth === 0 || new Set(itemsOf(d, l).map((i) => i.parent)).size >= 2);
  // Of two at one depth (the body's (一)–(五) and its annex's 1.–23.), the longer list is the one counted through.
  return runs.sort((a, b) => b.depth - a.depth || b.count - a.count)[0] ?? levels.find((l) => l.kind === 'article') ?? loneList(d, levels);
}

/** Numberings that list three items or more, running on (not a law's articles). */
function listLevels(levels: Level[]): Level[] {
  return levels.filter((l) => l.continuous && l.count >= 3 && l.kind !== 'article');
}

/**
 * A plan whose tasks (一)–(十) stand under its first part only (`一、主要任务` beside a `二、保障措施` with none): the one
 * list the document numbers is what `第七项` counts in — when it stands under the first part and outnumbers the parts
 * (not the 1.–3. of `二、申报材料` after `一、申报条件`, where `第二项` is the part).
 */
function loneList(d: Doc, levels: Level[]): Level | null {
  const lists = listLevels(levels);
  const top = levels.find((l) => l.depth === 0 && l.kind !== 'article');
  if (lists.length !== 1 || !top || lists[0]!.count <= top.count) return null;
  const first = itemsOf(d, top)[0];
  return first && itemsOf(d, lists[0]!).every((i) => i.parent === first.index) ? lists[0]! : null;
}

/** In a press Q&A numbered `1. 问：…`, the level whose titles are questions. */
function questionLevel(d: Doc): Level | undefined {
  // Only a press Q&A numbers its questions; other documents' items are not read for this.
  if (!/答记者问|问答|问题解答|解读/u.test(d.facts.genre ?? '')) return undefined;
  return d.facts.levels.find((l) => l.depth === 0 && l.kind !== 'shi' && itemsOf(d, l).filter((i) => QUESTION_TITLE.test(i.title) || /问[：:]/.test(i.text)).length >= Math.ceil(l.count / 2));
}

interface OutlineItem {
  index: number;
  parent: number;
  no: number;
  label: string;
  title: string;
  text: string;
  path: string;
  /** Where the item starts in the document's text. */
  start: number;
  /** The item with its sub-items (`第十二条 见习单位不得有下列行为：(一)…(二)…`). */
  whole: string;
}

/** The items of one level, with their own text (the outline is rebuilt from the text, remembered). */
function itemsOf(d: Doc, level: Level): OutlineItem[] {
  const depths = level.depths ?? [level.depth];
  return outlineOf(d).filter((i) => i.kind === level.kind && depths.includes(i.depth));
}

function outlineOf(d: Doc): (OutlineItem & { kind: string; depth: number })[] {
  return cached(d, () => {
    const out: (OutlineItem & { kind: string; depth: number })[] = [];
    // Rebuilt from the text on first use and kept with the document: cheap, and a knowledge base
    // of laws would otherwise carry tens of thousands of items no question asks about.
    const items = outlineFn(d);
    for (const it of items) {
      // The labels from the outermost item down to the parent: the parent's path and its label (a
      // parent always comes before its items), not a chain walked again for every item.
      const up = it.parent >= 0 ? out[it.parent]! : undefined;
      const path = up ? sectionOf(up) : '';
      out.push({ index: it.index, parent: it.parent, no: it.no, label: it.label, title: it.title, text: d.text.slice(it.start, it.end).trim(), whole: d.text.slice(it.start, it.subtreeEnd).trim(), path, kind: it.kind, depth: it.depth, start: it.start });
    }
    return out;
  });
}

// Numbering, titles and text only: the lead units are the facts' business (read at build time).
const outlineFn = (d: Doc) => outline(d.text, headingTest(d), undefined, false);
const outlines = new WeakMap<object, unknown>();
function cached<T>(d: Doc, make: () => T): T {
  let v = outlines.get(d) as T | undefined;
  if (v === undefined) {
    v = make();
    outlines.set(d, v);
  }
  return v;
}

function labelsText(l: Level): string {
  return `${l.first.replace(/[.、]$/, '')}至${l.last.replace(/[.、]$/, '')}`;
}

const NOUN_WORD: Record<Noun, string> = { article: '条', question: '个问题', part: '个部分', item: '项', paren: '项', chapter: '章' };

/** Chapter headings (`第一章 总则`, `## 第十章 附则`): chapters are headings, not numbered items. */
const CHAPTER = /^(?:#{1,6}\s*)?第[一二三四五六七八九十百零〇\d]{1,5}章/gmu;

/** How many items of a kind the document has, as `一百五十四条（第一条至第一百五十四条）`, with what to cite. */
function countPart(d: Doc, noun: Noun): { text: string; cite: Citation } | null {
  if (noun === 'chapter') return chapterList(d, false);
  // (`一共几条措施` of a 若干措施 numbered （一）–（十二）, no 第X条 of its own: its items, as `第5条` is its fifth —
  // unless the text states its own count of 条 (`十条政策`, `共16条具体举措`), which the passage then gives.)
  // (A notice of measures 一、–六、 and nothing under them has those as its parts, when they are listed or
  // counted — not when a place among them is asked: `第三个方面` may be of a list a sentence enumerates.)
  const flat = noun === 'part' && d.facts.levels.length === 1 && d.facts.levels[0]!.kind === 'cn' && d.facts.levels[0]!.count >= 2 ? d.facts.levels[0]! : null;
  const level = flat ?? (noun === 'article' && STATES_ARTICLES.test(d.text) ? levelFor(d, noun) : countedLevel(d, noun));
  // The parts of a 办法 or a law in chapters (`第一章 总则`…`第五章 附则`) are its chapters, with their titles.
  if (!level) return noun === 'part' ? chapterList(d) : null;
  const list = itemsOf(d, level);
  const last = list.at(-1);
  if (!last) return null;
  const n = level.continuous ? level.count : list.length;
  const parts = noun === 'part' || noun === 'question' ? `：${list.map((i) => `${i.label}${clip(i.title, 24)}`).join('；')}` : `（${labelsText(level)}）`;
  // (Two before a measure word is 两: 两个部分, 两条.)
  return { text: `${n === 2 ? '两' : toChineseNumber(n)}${NOUN_WORD[noun]}${parts}`, cite: cite(d, last.text, sectionOf(last)) };
}

/** The chapters counted (`五章`), and named when `named` (`五章：第一章 总则；第二章 启动；…`). */
function chapterList(d: Doc, named = true): { text: string; cite: Citation } | null {
  const found = chapterHeadings(d);
  const last = found.at(-1);
  if (found.length < 2 || !last) return null;
  const titles = named ? `：${found.map((c) => clip(c.heading, 24)).join('；')}` : '';
  return { text: `${toChineseNumber(found.length)}章${titles}`, cite: cite(d, d.text.slice(last.at, last.at + 120)) };
}

/** The document's chapter headings in order: where each stands and its line (`第十章 法律责任`, `#` marks off). */
function chapterHeadings(d: Doc): { at: number; heading: string }[] {
  return [...d.text.matchAll(CHAPTER)].map((m) => ({ at: m.index, heading: d.text.slice(m.index).split('\n', 1)[0]!.replace(/^#{1,6}\s*/u, '').trim() }));
}

/** `法律责任放在第几章`, `讲发奖金的是哪一章`: the chapter something stands in. */
const CHAPTER_ASK = /第几章|哪一?个?章(?!程)|哪个章节/u;
const OTHER_ASK_IN_CLAUSE = /多久|多长|多少|多大|几|什么|啥|怎么|怎样|如何|哪|谁|吗|能否|是否|可否|有没有|要不要/u;
/** Words of such a question that ask, and say nothing of what is looked for. */
const CHAPTER_ASK_WORDS = /第几章|哪一?个?章节?|放在|规定在|写在|列在|在|是|的|讲|关于|有关|里|中|呢|吗|这一条|这条|[？?，,。、]/gu;

/**
 * The chapter of a document in chapters that holds what the question describes: the chapter whose
 * title the question says (`法律责任`), else the chapter of the passage the question's own words find
 * in that document. Each chapter runs from its heading to the next one.
 */
function chapterReply(index: KnowledgeIndex, d: Doc, q: string): DocReply | null {
  if (!CHAPTER_ASK.test(q)) return null;
  // (Only where the chapter is all that is asked: `多久之内要运出去？这一条在哪一章` asks the article first.)
  if (q.split(/[？?，,；;。]/u).some((c) => !CHAPTER_ASK.test(c) && OTHER_ASK_IN_CLAUSE.test(c))) return null;
  const found = chapterHeadings(d);
  if (found.length < 2) return null;
  const chapters = found.map(({ at, heading }) => {
    const label = /^第\S{1,5}?章/u.exec(heading)![0];
    return { at, heading, label, title: heading.slice(label.length).replace(/\s+/gu, '') };
  });
  // What is looked for: the question without the document's name and the words that ask.
  const naming = titleWords(index, d);
  const words = index.tokenizer.query(q.replace(CHAPTER_ASK_WORDS, ' ')).filter((w) => !naming.has(w) && !d.title.includes(w));
  const subject = words.join('');
  if (subject.length < 2) return null;
  // A chapter whose title the question says whole.
  const titled = chapters.filter((c) => c.title.length >= 2 && subject.includes(c.title));
  let chapter = titled.length === 1 ? titled[0] : undefined;
  let said: string | undefined;
  if (!chapter) {
    const hit = index.search(index.parse(words.join(' ')), 1, undefined, [d.id])[0];
    if (!hit) return null;
    const at = d.text.indexOf(hit.chunk.text.slice(0, 40));
    if (at < 0) return null;
    chapter = chapters.filter((c) => c.at <= at).at(-1);
    said = hit.chunk.text;
  }
  if (!chapter) return null;
  const end = chapters.find((c) => c.at > chapter!.at)?.at ?? d.text.length;
  const text = said ?? d.text.slice(chapter.at, end).trim();
  const body = `${nameOf(d)}中，这部分内容在${chapter.label}“${chapter.title}”。${said ? `原文：${clip(said.trim(), MAX_ITEM_CHARS)}` : ''}`;
  return reply(d, body, [cite(d, text, chapter.heading)]);
}

/** `第三章是关于什么的`, `第五章讲啥`, `第二章的标题`: what a chapter is about, by its title. */
const CHAPTER_CONTENT_ASK = /第([一二三四五六七八九十百\d]{1,4})章(?:的|主要|是|讲|说|写)*(?:关于|有关)?(?:什么|啥|哪些|哪方面|内容|标题|题目|名称|名字)/u;

/**
 * A chapter asked by its number: its title and the articles under it (the title says what it is about),
 * beside the count of chapters when that is asked too (`一共几章？第三章是关于什么的`).
 */
function chapterContentReply(d: Doc, q: string): DocReply | null {
  const m = CHAPTER_CONTENT_ASK.exec(q);
  const n = m ? parseNumber(m[1]!) : null;
  if (!n) return null;
  const found = chapterHeadings(d);
  const heading = found[n - 1];
  if (!heading || parseNumber(/^第(\S{1,5}?)章/u.exec(heading.heading)?.[1] ?? '') !== n) return null;
  const end = found[n]?.at ?? d.text.length;
  const text = d.text.slice(heading.at, end);
  const articles = [...text.matchAll(/^第([一二三四五六七八九十百零〇\d]{1,6})条/gmu)].map((a) => a[0]);
  const title = heading.heading.replace(/^第\S{1,5}?章\s*/u, '').replace(/\s+/gu, '');
  if (!title) return null;
  const span = articles.length ? `，含${articles.length > 1 ? `${articles[0]}至${articles.at(-1)}` : articles[0]}` : '';
  const own = reply(d, `${nameOf(d)}第${toChineseNumber(n)}章是“${title}”${span}。`, [cite(d, clip(text.trim(), MAX_ITEM_CHARS), heading.heading)]);
  const counted = COUNT_AT.test(q) ? countReply(d, 'chapter') : null;
  return counted ? beside(d, counted, own) : own;
}

/** A count of 条 the document states of itself or its measures (`十条政策`, `16条具体举措`). */
const STATES_ARTICLES = /[0-9一二三四五六七八九十百]+条(?:具体)?(?:政策|措施|举措|意见|规定|内容)/u;

/** `一共有多少章、多少条`: every count asked, in one answer. */
function countReply(d: Doc, ...nouns: Noun[]): DocReply | null {
  const parts = nouns.map((n) => countPart(d, n)).filter((p): p is { text: string; cite: Citation } => p !== null);
  if (!parts.length) return null;
  // (A count that lists its parts' titles ends with a full stop's worth of `；` before the next count.)
  const joined = parts.map((p) => p.text).join(parts.some((p) => p.text.includes('：')) ? '；' : '、');
  return reply(d, clip(`${nameOf(d)}共${joined}。`, 480), parts.map((p) => p.cite));
}

/** The level a noun counts in, where `第17条` of a document numbered `17.` (no 第X条 of its own) is its 17th item. */
function countedLevel(d: Doc, noun: Noun): Level | null {
  return levelFor(d, noun) ?? (noun === 'article' ? levelFor(d, 'item') : null);
}

/** Item N of the kind the noun counts: of a series the question names by its heading first, else of the level, else of the one series with an N. */
function ordinalItem(d: Doc, noun: Noun, n: number, q = ''): (OutlineItem & { series?: string }) | undefined {
  const level = countedLevel(d, noun);
  // (`第四条` of measures 一、–十九、 after the notice's own 一、–三、, a document with no 第X条: its items, as `第四项`.)
  const asItem = noun === 'item' || (noun === 'article' && !levelFor(d, 'article'));
  return (
    (noun === 'item' ? namedKindItem(d, q, n) : undefined) ??
    (asItem ? seriesItem(d, q, n, true) : undefined) ??
    (level ? itemsOf(d, level).find((i) => i.no === n) : undefined) ??
    (asItem ? seriesItem(d, q, n) : undefined)
  );
}

const ORDINALS = new RegExp(ORDINAL.source, 'gu');

/** The word after `第N个` that says what is counted (`第七个行动`, `第三项工程`). */
const COUNTED_KIND = new RegExp(`第${NUM}(?:个|项|大)([\\p{Script=Han}]{2})`, 'u');
/** Share of a level's items whose titles must name that kind for the level to be the one counted. */
const KIND_SHARE = 0.6;

/**
 * `第七个行动`: item N of the level whose items are that kind by their titles (（一）算力设施“强基”行动 …
 * （七）场景应用“赋能”行动), wherever the document's other numberings run.
 */
function namedKindItem(d: Doc, q: string, n: number): OutlineItem | undefined {
  const kind = COUNTED_KIND.exec(q)?.[2];
  if (!kind) return undefined;
  for (const level of d.facts.levels) {
    const items = itemsOf(d, level);
    const named = items.filter((i) => i.title.replace(/[。：:]$/u, '').endsWith(kind));
    if (items.length >= 2 && named.length >= Math.ceil(items.length * KIND_SHARE)) return items.find((i) => i.no === n);
  }
  return undefined;
}

/**
 * An item named by its place in the outline: a part and an item in it (`第三部分的第五项`,
 * `第四部分“建立齐抓共管的工作机制”第（二）项`), where the numbering starts afresh in each part.
 */
function pathItem(d: Doc, q: string): (OutlineItem & { kind: string }) | undefined {
  const ords = [...q.matchAll(ORDINALS)];
  if (ords.length !== 2) return undefined;
  const [a, b] = ords as [RegExpMatchArray, RegExpMatchArray];
  const na = parseNumber(a[2]!);
  const nb = parseNumber(b[2]!);
  if (!na || !nb) return undefined;
  const parent = ordinalItem(d, ordinalNoun(a, q), na, q);
  if (!parent) return undefined;
  // Its items: the next level down, or (`第（一）项`) the one labelled so.
  const items = outlineOf(d).filter((i) => i.parent === parent.index && i.no === nb);
  return (b[1] ? items.find((i) => i.kind === 'pcn' || i.kind === 'pnum') : undefined) ?? items[0];
}

/**
 * `主要改革内容的第四点`, `规范政府监管行为那部分的第二条`: item n under the part whose title the question names
 * before its ordinal (four characters at least; the longest title named wins).
 */
function inNamedSection(d: Doc, q: string, before: number, n: number): (OutlineItem & { kind: string }) | undefined {
  const head = q.slice(0, before);
  if (!(d.facts.shortTitles ?? shortTitles(d)).some((t) => t.length >= 4 && head.includes(t))) return undefined;
  const children = sectionChildren(d, head);
  return children.find((i) => i.no === n) ?? children[n - 1];
}

/** The items under the part whose title the words before the place name (`主要任务的…`), or none. */
function sectionChildren(d: Doc, head: string): (OutlineItem & { kind: string })[] {
  const items = outlineOf(d);
  const named = items
    .filter((it) => it.title.length >= 4 && it.title.length <= MAX_HEADING && head.includes(it.title.replace(/[。：:]$/u, '')))
    .sort((a, b) => b.title.length - a.title.length)[0];
  if (!named) return [];
  return items.filter((i) => i.parent === named.index);
}

/** How strongly a title must be named, and how far ahead of any other, to be meant without its full name. */
const CLEAR_NAMING = 2 * NAMING_MIN;
const CLEAR_LEAD = 2;

/** `特困供养通知第三部分`: words of one title only (two of them at least), though not its name as written. */
function clearlyNamed(index: KnowledgeIndex, q: string, d: KnowledgeDocument): boolean {
  const [first, second] = namedDocuments(index, q);
  return !!first && first.doc === d && first.score >= CLEAR_NAMING && (!second || first.score >= second.score * CLEAR_LEAD);
}

/** Titles named this near the best-named one are as much named by the question. */
const NEAR_NAMING = 0.75;

/** The texts (with facts) the question names about as much as the best-named one, when that one scores `least` at least. */
function nearlyNamed(index: KnowledgeIndex, q: string, least = 0): Doc[] {
  const named = namedDocuments(index, q);
  const top = named[0];
  return top && top.score >= least ? named.filter((x) => x.score >= top.score * NEAR_NAMING).map((x) => x.doc).filter(withFacts) : [];
}

/** `讲热泵的是第几项`: the one item of the level whose text speaks of every topic asked — none when several or none do. */
function spokenOf(index: KnowledgeIndex, d: Doc, level: Level, topics: Concept[]): OutlineItem | undefined {
  if (!topics.length) return undefined;
  const speaking = itemsOf(d, level).filter((it) => topics.every((c) => index.mentions(it.whole, c)));
  return speaking.length === 1 ? speaking[0] : undefined;
}

/** Topics of the rest of a question this many at least, none in the item, and the item is not the one meant. */
const UNSPOKEN_TOPICS = 2;

/**
 * `第十二条要求各省多久内拿出实施办法`, no document named: the one text with a 第十二条 may not be the one meant —
 * another numbers its items （十二） and that one speaks of 各省 and 实施办法. An item that holds none of the
 * question's other topics (two at least, words the texts use) is left to the search, which finds the one that does.
 */
function speaksOfAsked(index: KnowledgeIndex, d: Doc, it: OutlineItem | undefined, rest: string): boolean {
  if (!it) return true;
  const topics = topicsBeyond(index, rest).filter((c) => !index.mentions(d.title, c));
  return topics.length < UNSPOKEN_TOPICS || topics.some((c) => index.mentions(it.whole, c));
}

/** The words of the question besides its ordinal that the texts use. */
function topicsBeyond(index: KnowledgeIndex, rest: string) {
  return index.parse(rest).concepts.filter((c) => index.known(c));
}

function ordinalReply(d: Doc, noun: Noun, n: number, q = ''): DocReply | null {
  const found = ordinalItem(d, noun, n, q);
  if (!found) return null;
  const para = noun === 'article' ? PARAGRAPH.exec(q) : null;
  return (para ? paragraphReply(d, found, parseNumber(para[1]!) ?? 0) : null) ?? itemReply(d, found, noun, n);
}

/**
 * `提升货物通关效率是第几项任务`: the item whose title the question holds (or shares most of, four characters at
 * least), and its number; null when no title, or more than one equally, fits.
 */
function placeReply(index: KnowledgeIndex, d: Doc, q: string, noun: Noun): DocReply | null {
  const counted = countedLevel(d, noun);
  // The level the noun counts first, then the others ((七) under `一、主要任务` is a 项 too): by the item's title;
  // failing that, the one item that speaks of the question's topics, the most specific level first.
  const levels = [...(counted ? [counted] : []), ...(noun === 'article' ? [] : d.facts.levels.filter((l) => l !== counted && l.kind !== 'article'))];
  const titled = levels.map((l) => titledIn(d, q, l)).find((x) => x);
  // (The topics: the question's words the document uses, its title and the asking aside.)
  const topics = titled ? [] : topicsBeyond(index, q.replace(WHICH_PLACE, '')).filter((c) => !index.mentions(d.title, c) && index.mentionsText(d.id, c));
  const it = titled ?? [...levels].sort((a, b) => b.depth - a.depth).map((l) => spokenOf(index, d, l, topics)).find((x) => x);
  if (!it) return null;
  return placedReply(d, it, noun);
}

function titledIn(d: Doc, q: string, level: Level): OutlineItem | undefined {
  const asked = nameForm(q);
  const scored = itemsOf(d, level)
    .map((it) => ({ it, n: longestCommon(asked, nameForm(it.title.replace(/[。：:]$/u, ''))).length }))
    .filter((x) => x.n >= PLACE_TITLE_MIN)
    .sort((a, b) => b.n - a.n);
  const [best, next] = scored;
  return best && !(next && next.n === best.n) ? best.it : undefined;
}

function placedReply(d: Doc, it: OutlineItem, noun: Noun): DocReply {
  const section = [it.path, it.label].filter(Boolean).join(' › ');
  const word = NOUN_WORD[noun].replace(/^个/, '');
  const body = `“${it.title.replace(/[。：:]$/u, '')}”是${nameOf(d)}的第${toChineseNumber(it.no)}${word}（${bareLabel(it.label)}）。`;
  return reply(d, body, [cite(d, it.text, section)], it.index);
}

/**
 * `“山城洞天”消费场景是在哪一条措施里提的？属于哪个部分`, `“六税两费”减免属于意见里哪一部分`: where a thing the
 * question quotes stands — the item whose own text says it, and the items above it. Only a quoted thing:
 * the asker's own words for it would be the text's to find, and a guess at the item is worse than none.
 */
// (`属于打造哪个中心的任务`: the part named by a word of its title, 中心 of `打造加工制造中心` — not a unit, which owns.)
const WHERE_ASK = /(?:属于|归|放在|列在|在|是)[^，。？?]{0,8}?(?:哪(?:一|个)?|第几)(?:条|项|部分|方面|章|节|大?块|板块|个部分|个方面)|属于[^，。？?]{0,8}?哪(?:一|个)?(?!部门|单位|机构|机关|领导|人)\p{Script=Han}{1,3}|(?:哪(?:一|个)?|第几)(?:条|项|部分|方面|章)[^，。？?]{0,4}?(?:提|讲|说|规定|写)/u;
const QUOTED = /[“"「]([^”"」]{2,30})[”"」]/gu;

function containingReply(index: KnowledgeIndex, doc: Doc | null, all: Doc[], q: string): DocReply | null {
  if (!WHERE_ASK.test(q)) return null;
  // A plan read by its own facts places a measure in its numbered task (`属于第4项任务`): that layer's answer.
  const planned = new Set(index.facts.map((f) => f.docId));
  if (doc && planned.has(doc.id)) return null;
  for (const m of q.matchAll(QUOTED)) {
    const term = nameForm(m[1]!);
    // (By the text as it is: a pass of nameForm over every law for a quoted word would be a copy of the corpus.)
    const holders = doc ? [doc] : all.filter((d) => index.textIncludes(d.id, m[1]!));
    if (holders.some((d) => planned.has(d.id))) continue;
    if (holders.length !== 1) continue;
    const d = holders[0]!;
    const items = outlineOf(d);
    // The deepest items that say it: an item's own text, or its title when the quote is an item's name.
    const saying = items.filter((it) => nameForm(it.title).includes(term) || nameForm(it.text).includes(term));
    const deepest = saying.filter((it) => !saying.some((o) => o.parent === it.index));
    if (deepest.length !== 1) continue;
    const it = deepest[0]!;
    const named = nameForm(it.title).includes(term);
    // A quoted item name asks where that item stands: its parents. A phrase of its text: the item too.
    const chain: typeof items = [];
    for (let at = named ? it.parent : it.index; at >= 0; at = items[at]!.parent) chain.unshift(items[at]!);
    if (!chain.length) continue;
    const label = (x: (typeof items)[number]) => `${x.label}${x.title.replace(/[。：:]$/u, '')}`;
    const sentence = named ? '' : (splitSentences(it.text).find((x) => nameForm(x).includes(term)) ?? '');
    const body = `“${m[1]}”${named ? '属于' : '见'}${nameOf(d)}${chain.map(label).join(' › ')}。${sentence ? `原文：${sentence.trim()}` : ''}`;
    return reply(d, body, [cite(d, sentence || it.text, sectionOf(it))], it.index);
  }
  return null;
}

/** `第四十二条第二款`: a paragraph of an article. */
const PARAGRAPH = new RegExp(`第${NUM}款`, 'u');

/**
 * Paragraph k of an article: its lines, each 款 a line of its own; the enumerated points under a
 * paragraph (`（一）…`) belong to it. Null when the article has fewer paragraphs.
 */
function paragraphReply(d: Doc, it: OutlineItem, k: number): DocReply | null {
  const paras: string[] = [];
  // (The whole item: its enumerated points stand in the outline as its children.)
  for (const line of it.whole.split('\n').map((l) => l.trim()).filter(Boolean)) {
    if (paras.length && /^[(（][一二三四五六七八九十]+[)）]/u.test(line)) paras[paras.length - 1] += line;
    else paras.push(line);
  }
  const text = paras[k - 1];
  if (k < 1 || !text || paras.length < 2) return null;
  const section = [it.path, it.label].filter(Boolean).join(' › ');
  const body = `${nameOf(d)}${it.label}第${toChineseNumber(k)}款：${clip(text.replace(/^第\S{1,8}条\s*/u, ''), MAX_ITEM_CHARS * 2)}`;
  return reply(d, body, [cite(d, text, section)], it.index);
}

/** Where an outline item stands, as a citation's section: its parents' path, then its own label. */
function sectionOf(it: { path: string; label: string }): string {
  return it.path ? `${it.path} › ${it.label}` : it.label;
}

/** Words by which an item's own sentence says the items under it are what it is about. */
const LIST_FOLLOWS = /下列|以下(?:条件|情形|情况|事项|内容|几|方面|措施|人员)|如下/u;

function itemReply(d: Doc, it: OutlineItem & { series?: string }, noun: Noun, n: number): DocReply {
  const series = 'series' in it && typeof it.series === 'string' ? it.series : '';
  const section = [series, it.path, it.label].filter(Boolean).join(' › ');
  // An item that introduces a list (`…不得有下列行为：`) is answered with the list.
  // …and so is one that is only a heading (`第十二条（监督和管理）`, its rules in (一)(二) under it): with what is under it.
  // …or one that says a list follows though it ends in 。 (`第五条 符合下列条件之一，…可申请将户籍迁入本市。`).
  const full = (/[：:]$/u.test(it.text) || !/[。；;！？]/u.test(it.text) || LIST_FOLLOWS.test(it.text)) && it.whole.length > it.text.length ? it.whole : it.text;
  // Too long, each sub-item by its title (`一是加强对《意见》的宣传解读`, `二是细化工作举措`) after the item's own words.
  const subs = full.length > MAX_ITEM_CHARS ? outlineOf(d).filter((i) => i.parent === it.index) : [];
  const own = subs.length ? d.text.slice(it.start, subs[0]!.start).trim() : '';
  const text = subs.length && own.length < MAX_ITEM_CHARS ? [clip(own, MAX_ITEM_CHARS / 2), ...subs.map((i) => `${i.label}${i.title}`)].join('\n') : full;
  const body = `${nameOf(d)}${/^第/.test(it.label) ? it.label : `第${toChineseNumber(n)}${NOUN_WORD[noun].replace(/^个/, '个')}（${bareLabel(it.label)}）`}：${clip(text.replace(/^\S{0,8}?(?:第\S{1,5}条|\(\S{1,4}\)|\d+[.、]|[一二三四五六七八九十]+、|[一二三四五六七八九十]+是(?=\S))\s*/u, ''), subs.length ? MAX_ITEM_CHARS * 2 : MAX_ITEM_CHARS)}`;
  return reply(d, body, [cite(d, text, section)], it.index);
}

/**
 * Item N of a list numbered afresh under each heading (`面向单位的扶持政策` 一–七, `面向毕业生的扶持政策`
 * 一–十一): of the series the question names by its heading, else of the only series that has an N.
 */
function seriesItem(d: Doc, q: string, n: number, namedOnly = false): (OutlineItem & { series: string }) | undefined {
  const asked = nameForm(q);
  for (const level of seriesLevels(d)) {
    const runs: OutlineItem[][] = [];
    for (const it of itemsOf(d, level)) {
      if (it.no === 1 || !runs.length) runs.push([]);
      runs.at(-1)!.push(it);
    }
    if (runs.length < 2) continue;
    // Each series under the heading line just before its first item.
    const series = runs.map((run) => {
      const line = d.text.slice(0, run[0]!.start).trimEnd().split('\n').pop()?.trim() ?? '';
      return { run, heading: line.length <= MAX_HEADING * 2 && !/[。；，]/u.test(line) ? line : '' };
    });
    const named = series.filter((x) => x.heading.length >= 4 && asked.includes(nameForm(x.heading)));
    if (namedOnly && named.length !== 1) continue;
    const having = (named.length === 1 ? named : series).filter((x) => x.run.some((i) => i.no === n));
    if (having.length !== 1) continue;
    const it = having[0]!.run.find((i) => i.no === n)!;
    return { ...it, series: having[0]!.heading };
  }
  return undefined;
}

/** Every item numbered N of the series a top-level numbering starts afresh (seriesItem's runs). */
function numberedInSeries(d: Doc, n: number): OutlineItem[] {
  return seriesLevels(d).flatMap((level) => itemsOf(d, level).filter((i) => i.no === n));
}

/** The top-level numberings that start afresh under headings, each a run of series (not articles, not 一是…). */
function seriesLevels(d: Doc): Level[] {
  return d.facts.levels.filter((l) => !l.continuous && l.count >= 3 && l.depth === 0 && l.kind !== 'article' && l.kind !== 'shi');
}

/** `六个方面里，第五个方面`: the total the question states for what it counts. */
const STATED_TOTAL = new RegExp(`${NUM}个?(方面|部分|领域|板块)`, 'u');

/**
 * Item N of a list a sentence enumerates (`主要内容包括A，B，…以及F等六个方面`), when the question
 * states a total that the document's own numbered parts do not have but that sentence does.
 */
function inlineListItem(d: Doc, q: string, n: number): DocReply | null {
  const stated = STATED_TOTAL.exec(q.replace(ORDINAL, ''));
  const total = stated ? parseNumber(stated[1]!) : null;
  if (!total || n > total) return null;
  // (The parts as the document numbers them when it has numberings under them: a single numbering of
  // answered questions, `一、《通知》…？`, is no list of the 方面 a sentence enumerates.)
  const level = d.facts.levels.length > 1 ? levelFor(d, 'part') : null;
  if (level && level.count === total) return null;
  const said = new RegExp(`(?:包括|包含|涵盖|分为|从)([^。：:]{4,400}?)等?(?:${toChineseNumber(total)}|${total})个?${stated![2]}`, 'u');
  for (const sentence of d.text.split(/(?<=[。！？])/u)) {
    const m = said.exec(sentence);
    if (!m) continue;
    // Items apart by commas whose own words are listed with 、 (`压缩专利审查、商标注册周期，提高…`), or by 、.
    const ways = [/[，；;,]|以及/u, /[、，；;,]|以及/u].map((sep) => m[1]!.split(sep).map((x) => x.trim()).filter(Boolean));
    const items = ways.find((w) => w.length === total);
    if (!items) continue;
    const start = d.text.indexOf(sentence);
    const section = sectionAt(d, start);
    return reply(d, `${nameOf(d)}所列${toChineseNumber(total)}个${stated![2]}中，第${toChineseNumber(n)}个是：${items[n - 1]}。\n原文：${clip(sentence.trim(), MAX_ITEM_CHARS)}`, [cite(d, sentence.trim(), section)]);
  }
  return null;
}

/** The outline path of the item a position in the text falls in (`二、` › `一是`), for a citation. */
function sectionAt(d: Doc, at: number): string {
  const holder = outlineOf(d).filter((i) => i.start <= at).at(-1);
  return holder ? [holder.path, holder.label].filter(Boolean).join(' › ') : '';
}

// ---- who leads an item ----------------------------------------------------------------------

const ISSUER_WORDS = /(?:哪个|哪些|哪几个|哪[两俩三四五六]个|什么|哪几家|哪[两三四五六]家)(?:部门|单位|机关|机构|厅|局|委|部委)?(?:联合|联名|一起|一块|共同)?(?:印发|发布|制定|出台|发的|发文|下发|颁布)|(?:哪里|哪儿)(?:发的|发布|印发|出的)|(?:印发|发文|发布)(?:机关|单位|部门)|谁(?:印发|发布|制定|出台|发的)|联[合名](?:印发|发布)|\b(?:issued|published|jointly) by\b|which (?:departments?|agencies|authorities|bodies) (?:issued|published|released)/iu;
/** Who issued the document, asked in its words or by the source a web page names. */
const ISSUER_ASK = new RegExp(`${ISSUER_WORDS.source}|${SOURCE_BODY_ASK.source}`, 'iu');
/** `…规定，`: the question quotes what the text provides, then asks about it. */
const CONTENT_FRAME = /(?:规定|要求|明确|提出|写明|指出)[，,：:]/u;

/**
 * Whether the issuer asked is the document's: `这方案是哪些部门联名印发的` — not who makes a thing the document
 * provides for (`食品安全法规定，食品安全国家标准由哪个部门制定`).
 */
function asksIssuer(q: string): boolean {
  const m = ISSUER_ASK.exec(q);
  if (!m || CONTENT_FRAME.test(q.slice(0, m.index))) return false;
  // `X由哪个部门制定`: the agent of X — the document's issuer only when X is the document (the name the question
  // gave it may already be cut out, `这个由…`).
  const agent = /([\p{Script=Han}A-Za-z]{2,})由$/u.exec(q.slice(0, m.index).split(/[，,；;。？?]/u).at(-1) ?? '');
  return !agent || DOCUMENT_WORD.test(agent[1]!);
}

const ASK_WORDS = /牵头单位|责任单位|配合单位|牵头部门|责任部门|主管部门|指导部门|指导单位|牵头|负责|配合|指导|部门|单位|机构|哪个|哪些|哪几个|哪几|哪家|是谁|谁|由|这项|这一项|该项|措施|工作|任务|具体|什么时候|何时|时限|完成|开展|前|的|呢|吗|是|[？?，,。]/gu;

/** The English of an owner question (`Which office leads …`, `Who is responsible for …`). */
const EN_ASK_WORDS = /\b(?:which|who|whom|what|office|offices|department|departments|agency|agencies|unit|units|body|bodies|ministry|leads?|leading|responsible|charge|in charge of)\b/giu;

/** Words that ask what a thing says or how it is done (`具体是怎么做的`, `讲的是什么`, `什么内容`). */
const CONTENT_ASK = /(?:具体)?(?:是)?(?:怎么做|怎么搞|怎么弄|怎么办|讲的?是?什么|说的?是?什么|什么内容|内容是?什么|是什么|指什么)/gu;

/** The words of a count asked of the document's own lists (`一共多少项任务`, `分几个部分`), none naming a thing. */
// (…and how the document sets them, `部署了多少项重点任务`, which the tagger may read as nouns.)
const LIST_WORDS = new Set(['任务', '重点任务', '措施', '举措', '政策', '内容', '方面', '部分', '板块', '问题', '条款', '章节', '事项', '文件', '规定', '行动', '重点', '主要', '具体', '部署', '设置', '安排', '提出', '明确']);

/**
 * Whether a count asks how many items the document has (`青岛那个行动计划一共多少项任务`) — not how many of a
 * thing it sets (`揭榜国家人工智能创新任务，目标是揭多少项`): no noun is left besides its title's and the lists'.
 */
function countsItself(index: KnowledgeIndex, d: Doc, q: string): boolean {
  const title = titleWords(index, d);
  // (The ask that counts: `一共有几章几条？什么时候开始施行的？` asks a date beside it.)
  const asked = q.split(/[？?。；;]/u).filter((c) => COUNT_AT.test(c)).join('，');
  // (A word that names the document — its kind said otherwise, `那个…的规定` of a 办法, or an everyday word for a
  // title's, `老人` of 老年人 — counts nothing of its own.)
  const naming = (w: string) => GENRE_WORDS.includes(w) || index.aliasesIn(w).some((a) => a.found === w && a.group.some((x) => x !== w && d.title.includes(x)));
  return !index.tag(asked.replace(COUNT, '')).some((w) => /^(?:n|vn)/u.test(w.tag) && w.word.length >= 2 && !title.has(w.word) && !LIST_WORDS.has(w.word) && !d.title.includes(w.word) && !naming(w.word));
}

/**
 * Whether the parts asked are a thing's the text lists (`工资总额是由哪几部分组成的`: the 六个部分 its 第四条 names),
 * not the document's own: what is made of them is named before 由, and it is no document (`本规定`, `这个条例`).
 */
const COMPOSED_OF = /([\p{Script=Han}]{2,8}?)(?:是)?由哪(?:几|些)(?:个|大)?(?:部分|方面|块)/u;
/** What a document is called by: a name ending in its kind (`本规定`, `食品安全法`, `公告`), or a pointer (`它`, `这个`). */
const DOCUMENT_WORD = /(?:规定|条例|办法|法|文件|意见|方案|细则|通知|措施|计划|政策|公告|通告|决定|批复|清单|规则|文章|解读|它|其)$|^[这那该本此](?:个|份|部|篇|项)?$/u;
function asksOfThing(q: string): boolean {
  const m = COMPOSED_OF.exec(q);
  return !!m && !DOCUMENT_WORD.test(m[1]!);
}

/**
 * Whether the parts asked are where something the document's text speaks of is done (`符合条件的文化企业可以到哪些板块去融资`:
 * 融资, a word of its measures, after the parts): that thing's parts (the markets' boards), not the document's own.
 * (Not the parts' own work, `主要部署了哪些方面的工作`; nor words no loaded text uses, the asker's; nor a word the
 * title holds, which names the document.)
 */
function asksWithinDocument(index: KnowledgeIndex, d: Doc, q: string, parts: RegExpExecArray): boolean {
  // (Within the clause that asks: `分成哪几个部分？融资那部分讲什么` asks the parts, then of one of them.)
  const after = q.slice(parts.index + parts[0].length).split(/[，,。？?；;！!]/u)[0]!;
  if (!after || after.startsWith('的')) return false;
  const titled = titleWords(index, d);
  return index.parse(after).concepts.some((c) => c.text.length >= 2 && !LIST_WORDS.has(c.text) && !titled.has(c.text) && !d.title.includes(c.text) && !DOCUMENT_WORD.test(c.text) && index.conceptIdf(c) >= WITHIN_IDF && index.mentionsText(d.id, c));
}
/** Below this idf a word is of every passage (`工作`, `发展`): it names no thing of the text's own. */
const WITHIN_IDF = 1;

/** The items of the same list as `cur` (same parent, kind and depth), `cur` among them. */
function peersOf<T extends { kind: string; depth: number; parent: number }>(items: readonly T[], cur: T): T[] {
  return items.filter((i) => i.kind === cur.kind && i.depth === cur.depth && i.parent === cur.parent);
}

/**
 * `这条谁负责？`, `那项谁牵头`: a pointer at an item and an owner asked of it, nothing else — what it points at is
 * the conversation's, not in its words.
 */
export function pointsAtItemOnly(q: string): boolean {
  return ITEM_POINTER.test(q) && bare(q);
}

/** Words that ask for the rest of a list (`还有`, `其他`, `另外`). */
const OTHERS_TOO = /还有|另外|其他|其余|别的|一起|都(?=有|是|由)/gu;

function bare(q: string): boolean {
  // (`那它由谁牵头？`: a pronoun points to the item in focus; it names nothing else. Nor do the words that ask for the
  // others of a list just given, `还有谁配合`, `那配合它的还有哪些单位`.)
  return q.replace(ASK_WORDS, '').replace(/\s/g, '').replace(OTHERS_TOO, '').replace(/^(?:那么|那|这|它|该|其)+/u, '').replace(/^(?:它|这个|这项|这条)/u, '').length < 2;
}

function ownerText(d: Doc, o: OwnedItem): string {
  if (o.columns?.length) {
    // A table row: every unit column as its header names it (牵头单位, 配合单位, 内设处室…).
    const cols = o.columns.map((c) => `${c.name}：${c.value}`).join('；');
    const task = o.title ? `“${clip(o.title, 40)}”` : '';
    return `${task}（${o.path.join(' › ')} 第${o.kind === 'row' ? o.label : o.no}项）${cols}。\n原文：${clip(d.text.slice(o.start, o.end).replace(/\t+/gu, ' ').trim(), MAX_ITEM_CHARS)}`;
  }
  const when = o.deadline ? `；时限：${o.deadline}` : '';
  const section = [...o.path, o.label].join(' › ');
  // An item whose measures each close with units of their own is owned measure by measure: each named with its units.
  const measures = o.index >= 0 ? d.facts.owners.filter((x) => x.measureOf === o.index && (x.lead || x.responsible)) : [];
  if (measures.length) {
    const each = measures.map((m) => `“${clip(m.title, MEASURE_TITLE_CHARS)}”${whoOf(m)}`).join('；');
    return `“${clip(o.title, 40)}”（${section}）的各项措施分别：${each}。\n原文：${clip(ownedText(d.text, o), MAX_ITEM_CHARS)}`;
  }
  return `“${clip(o.title, 40)}”（${section}）${whoOf(o)}${when}。\n原文：${clip(ownedText(d.text, o), MAX_ITEM_CHARS)}`;
}

/** How many parts of an item without units of its own are listed with theirs (a whole chapter's would be a table). */
const MAX_PARTS_LISTED = 8;

/** How long a measure's title is quoted when an item's measures are listed with their units. */
const MEASURE_TITLE_CHARS = 24;

/** `由X牵头，Y按职责分工负责`, `由X负责`. */
function whoOf(o: OwnedItem): string {
  // (`牵头单位：X，责任单位：Y`: the units responsible beside the lead are named too, under the document's own label.)
  return o.lead
    ? `由${o.lead}牵头${o.support ? `，${o.support}按职责分工负责` : ''}${o.responsible ? `，责任单位：${o.responsible}` : ''}`
    : `由${o.responsible}负责`;
}

/** The label of an item of a document's outline (`第九条`), for a follow-up that points to it (`这条`). */
export function itemLabel(index: KnowledgeIndex, docId: string, item: number): string | null {
  const d = index.document(docId);
  return d && withFacts(d) ? (outlineOf(d)[item]?.label ?? null) : null;
}

/** The text of an item of a document's outline, or null. */
export function itemText(index: KnowledgeIndex, docId: string, item: number): string | null {
  const d = index.document(docId);
  return d && withFacts(d) ? (outlineOf(d)[item]?.text ?? null) : null;
}

/** The item of a document's outline labelled so (`第五十九条`): where an answer quoting that article stands. */
export function itemByLabel(index: KnowledgeIndex, docId: string, label: string): number | undefined {
  const d = index.document(docId);
  if (!d || !withFacts(d)) return undefined;
  return outlineOf(d).find((i) => i.label === label)?.index;
}

/** `这条在哪部法里？`: the document (and item, when known) the answer before came from, named and cited. */
export function sourceReply(index: KnowledgeIndex, docId: string, item: number | undefined): DocReply | null {
  const d = index.document(docId);
  if (!d) return null;
  const it = item !== undefined && withFacts(d) ? outlineOf(d)[item] : undefined;
  const label = it && /^第.+条$/u.test(it.label) ? it.label : '';
  const section = it ? [it.path, it.label].filter(Boolean).join(' › ') : undefined;
  return reply(d, `这一条出自${nameOf(d)}${label}。`, [cite(d, it?.text ?? d.text.slice(0, CITE_CHARS), section)], it?.index);
}

/**
 * The owner of the item in focus; else, of an item that names none while its parts each name their own
 * (`（二）智能制造升级` › `（1）…牵头单位：区工信局` / `（2）…牵头单位：区发改局`), each part with its units; else
 * the owner of the nearest enclosing item that names one (the task a measure serves).
 */
function focusOwnerReply(d: Doc, item: number, named = true): DocReply | null {
  const items = outlineOf(d);
  const ownerReplyOf = (o: OwnedItem) => reply(d, ownerText(d, o), [cite(d, ownedText(d.text, o), [...o.path, o.label].join(' › '))], o.index >= 0 ? o.index : item);
  const own = d.facts.owners.find((x) => x.index === item && (x.lead || x.responsible));
  if (own) return ownerReplyOf(own);
  const at = items[item];
  const parts = at ? ownedParts(d, at) : [];
  if (at && named && parts.length >= 2) {
    const shown = parts.slice(0, MAX_PARTS_LISTED);
    const each = shown.map((p) => `${p.label}“${clip(p.title, MEASURE_TITLE_CHARS)}”${whoOf(p)}`).join('；');
    const more = parts.length > shown.length ? `；另有${parts.length - shown.length}项各有牵头单位，见原文` : '';
    const section = [at.path, at.label].filter(Boolean).join(' › ');
    return reply(d, `“${clip(at.title, 40)}”（${section}）没有写一个总的牵头单位，其下各项分别：${each}${more}。`, shown.map((p) => cite(d, ownedText(d.text, p), [...p.path, p.label].join(' › '))), item);
  }
  for (let i: number = item; i >= 0; i = items[i]?.parent ?? -1) {
    const o = d.facts.owners.find((x) => x.index === i && (x.lead || x.responsible));
    if (o) return ownerReplyOf(o);
    // The task may be owned in the document's division-of-labour table, under the same name.
    const title = norm(items[i]?.title ?? '');
    const row = title.length >= 4 ? d.facts.owners.find((x) => x.kind === 'row' && (x.lead || x.responsible) && sameTask(norm(x.title), title)) : undefined;
    if (row) return ownerReplyOf(row);
  }
  return null;
}

/** The items inside `at` that name owners of their own (not a measure's units inside an item): a task's parts. */
function ownedParts(d: Doc, at: OutlineItem): OwnedItem[] {
  const end = at.start + at.whole.length;
  return d.facts.owners.filter((x) => x.index > at.index && (x.lead || x.responsible) && x.start < end && x.measureOf === undefined);
}

const partsTasks = new WeakMap<Doc, OutlineItem[]>();
/**
 * A document's tasks that name no owner while two or more of their parts do (`（五）强化资源化处理` › `1.…` / `2.…`): found
 * once per document, not for every owner question.
 */
function tasksOfParts(d: Doc): OutlineItem[] {
  let found = partsTasks.get(d);
  if (!found) {
    const owns = new Set(d.facts.owners.filter((x) => (x.lead || x.responsible) && x.measureOf === undefined).map((x) => x.index));
    // (A document with fewer than two owned items has none: its outline is not built for them.)
    found = owns.size < 2 ? [] : outlineOf(d).filter((it) => it.title && !owns.has(it.index) && ownedParts(d, it).length >= 2);
    partsTasks.set(d, found);
  }
  return found;
}

const norm = (s: string) => s.replace(/[\s。；;，,：:“”"]/gu, '');
/** A table row names the body's task when one title holds the other (`拓宽家庭医生职业上升通道`). */
const sameTask = (row: string, title: string) => row.length >= 4 && (row === title || title.includes(row) || row.includes(title));

/**
 * An item named by paraphrase (`举荐人才成功了给伯乐发奖励那条`): the passage retrieval ranks first
 * among the documents' items, when the evidence gate accepts it, answered with its item's own lead
 * unit (or the enclosing item's, for a measure that names none).
 */
function ownerByPassage(index: KnowledgeIndex, docs: Doc[], query: ReturnType<KnowledgeIndex['parse']>): DocReply | null {
  const ids = new Set(docs.map((d) => d.id));
  const found = index.search(query, 24);
  // A passage of a text that names no owners ranks first and says who does it (`由哪个单位来考核并提出具体奖补方案` of
  // an investment policy that says `由市经济合作工作领导小组办公室考核并提出…`): it answers, not the best item of a text
  // with owners. (One that names nobody, a 解读 restating a measure, leaves the measure's own units to answer.)
  if (found[0] && !ids.has(found[0].chunk.docId) && SAYS_WHO.test(found[0].chunk.text)) return null;
  const hits = found.filter((h) => ids.has(h.chunk.docId)).slice(0, 3);
  const top = hits[0];
  if (!top || top.chunk.item === undefined || !weighEvidence(index, query, hits).grounded) return null;
  const d = docs.find((x) => x.id === top.chunk.docId)!;
  // Its parts' units are listed only for an item the question names by its title (`智能制造升级由哪个部门牵头`):
  // a passage found by other words (`…有效期到哪天？由哪个部门牵头组织实施？`) is not what was asked about.
  const title = outlineOf(d)[top.chunk.item]?.title ?? '';
  const weights = query.concepts.map((c) => index.conceptIdf(c));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const named = query.concepts.reduce((n, c, i) => n + (index.mentions(title, c) ? weights[i]! : 0), 0) / total >= NAMED_SHARE;
  return focusOwnerReply(d, top.chunk.item, named);
}

/**
 * A passage that names who does something: a body by its name (`由市经济合作工作领导小组办公室考核…`), or by its line of
 * work (`住建部门负责…`, `由财政、人社等部门参加`).
 */
const SAYS_WHO = new RegExp(`${ORG_NAMED.source}|(?:部门|单位|机构)[^，。；]{0,4}?(?:负责|牵头|参加|组织|承担|监管)|由[^，。；]{2,40}?(?:部门|单位|机构)`, 'u');

/** How much of the subject's weight an item's title must say for the question to name that item. */
const NAMED_SHARE = 0.75;

function ownerReply(index: KnowledgeIndex, docs: Doc[], question: string): DocReply | null {
  const subject = question.replace(ASK_WORDS, ' ').replace(EN_ASK_WORDS, ' ').trim();
  if (subject.replace(/\s/g, '').length < 2) return null;
  const parsed = index.parse(subject);
  // Words that name the document (`澄川充电方案里…`) say which paper, not which item.
  const naming = (c: { text: string }) => docs.length === 1 && (titleWords(index, docs[0]!).has(c.text) || docs[0]!.title.includes(c.text));
  const concepts = parsed.concepts.filter((c) => !naming(c));
  if (!concepts.length) return null;
  const query = { ...parsed, concepts };
  const weights = concepts.map((c) => index.conceptIdf(c));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  let best: { d: Doc; o: OwnedItem; share: number; titled: number; depth: number } | null = null;
  // The subject as said, without its white space: how much of it a measure says in one run (`算力服务券`).
  const said = subject.replace(/\s+/gu, '');
  const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;
  for (const d of docs) {
    for (const o of d.facts.owners) {
      if (!o.lead && !o.responsible) continue;
      // A table row is also what its caption and column names say (`任务分工表`, `市卫健委内牵头处室`).
      const own = o.columns ? `${d.text.slice(o.start, o.end)} ${o.path.join(' ')} ${o.columns.map((c) => c.name).join(' ')}` : ownedText(d.text, o);
      let found = 0;
      let titled = 0;
      concepts.forEach((c, i) => {
        if (index.mentions(own, c)) found += weights[i]!;
        if (o.title && index.mentions(o.title, c)) titled += weights[i]!;
      });
      const share = found / total;
      // Items that match alike word by word (`算力服务券` of one measure, `算力服务商` of the next; `…汽车平行进口试点`
      // and `…试点汽车平行进口保税仓储业务`): the one that says more of the subject in one run is meant — of two
      // items one inside the other, the inner one is (below), as the more specific.
      const runs = !!best && same(share, best.share) && (o.measureOf !== undefined || best.o.measureOf !== undefined || (best.d === d && !nested(d, o, best.o)));
      const run = runs ? longestCommon(said, own).length : 0;
      const bestRun = runs ? longestCommon(said, ownedText(best!.d.text, best!.o)).length : 0;
      // Equal matches: the item whose own title names the subject (`19.强化知识产权保护`, not task 5 that
      // mentions 知识产权保护 among its fields), then the more specific item (a measure under its task).
      const better = !best || share > best.share + 1e-9 || (same(share, best.share) && (run > bestRun || (run === bestRun && (titled > best.titled + 1e-9 || (same(titled, best.titled) && o.path.length > best.depth)))));
      if (better) best = { d, o, share, titled, depth: o.path.length };
    }
  }
  // A task that names no owner of its own while its work items each do (`（五）强化资源化处理` › `1.…牵头单位：区发展改革委`
  // / `2.…牵头单位：区建设管理委`), named by its title better than any owned item's title names it: its items, each with
  // its units.
  let task: { d: Doc; item: number; share: number } | null = null;
  for (const d of docs) {
    for (const it of tasksOfParts(d)) {
      const share = concepts.reduce((n, c, i) => n + (index.mentions(it.title, c) ? weights[i]! : 0), 0) / total;
      if (share >= NAMED_SHARE && share > (task?.share ?? 0) + 1e-9) task = { d, item: it.index, share };
    }
  }
  // (Title against title: an owned item whose own text says the subject's words, `推进道路建设工程质量巡查`, is not named by
  // them as the task is; one whose title names it as well, the more specific, is.)
  if (task && (!best || task.share > best.titled / total + 1e-9)) {
    const parts = focusOwnerReply(task.d, task.item);
    if (parts) return parts;
  }
  if (!best || best.share < NAMED_SHARE) return ownerByPassage(index, docs, query);
  const { d, o } = best;
  return reply(d, ownerText(d, o), [cite(d, ownedText(d.text, o), [...o.path, o.label].join(' › '))], o.measureOf ?? o.index);
}

/** Whether one of two owned items of a document stands inside the other (a task and its sub-item). */
function nested(d: Doc, a: OwnedItem, b: OwnedItem): boolean {
  const items = outlineOf(d);
  const x = a.index >= 0 ? items[a.index] : undefined;
  const y = b.index >= 0 ? items[b.index] : undefined;
  if (!x || !y) return false;
  const holds = (p: OutlineItem, c: OutlineItem) => p.start <= c.start && c.start < p.start + p.whole.length;
  return holds(x, y) || holds(y, x);
}

/**
 * `教育部门在不在责任单位里`, `财政局是不是牵头单位`, `公安在配合单位里吗`: whether a body is among an item's units — a yes or no
 * about the item in question, naming no item of its own.
 */
const UNIT_CHECK = /(?:在不在|是不是|算不算|属不属于|在|是|属于|算)(?:也|还|都)?(?:牵头|责任|配合|协办)(?:单位|部门)(?:里面|里头|里|中|之列|之一)?(?:吗|呢|不|啊|吧|么|嘛)*$/u;
/** …and asks it of a body it names: not `谁是牵头单位`, `哪个部门是责任单位`. */
const ASKS_WHICH = /谁|哪|什么|啥/u;
/**
 * `…第一责任单位是谁？金融口子上还有哪些单位？`: the item's other units, asked after its lead — at most after the side they
 * are of (`金融口子上`, `技术方面`), no other item named (`统计考核机制还有哪些单位` asks of another).
 */
const OTHER_UNITS = /^(?:[^，,]{1,8}(?:口子|方面|这边|那边|这块|那块)(?:上|里)?)?(?:也|都)?还有(?:哪些|哪几个|哪几家|哪个|谁)(?:单位|部门|机构)?(?:参与|配合|负责)?(?:呢|啊|吧)*$/u;

/**
 * `统计考核机制归哪些单位负责？入职补贴又是哪个部门负责？`: who leads each of several things, each ask read
 * on its own — the whole question's words would pick one item (the one more of them name) for both.
 * Null unless every ask names an item of its own.
 */
function ownersReply(index: KnowledgeIndex, docs: Doc[], question: string): DocReply | null {
  const all = asksOf(question);
  if (!all || all.length < 2) return null;
  // `…这一条是谁牵头？教育部门在不在责任单位里？`, `…第一责任单位是谁？还有哪些单位？`: the second asks whether a body is among
  // the units of the item just asked, or which others are — which the one reply, naming them all, answers — not which
  // item another thing is.
  const asks = all.filter((a, i) => i === 0 || !((UNIT_CHECK.test(a) && !ASKS_WHICH.test(a)) || OTHER_UNITS.test(a)));
  if (asks.length === 1) return OWNER_ASK.test(asks[0]!) ? ownerReply(index, docs, asks[0]!) : null;
  if (!asks.every((a) => OWNER_ASK.test(a))) return null;
  const replies = asks.map((a) => ownerReply(index, docs, a));
  if (!replies.every((r): r is DocReply => r !== null)) return null;
  if (new Set(replies.map((r) => r.answer.body)).size < replies.length) return null;
  // (Of one document: two plans' items under one answer would read as one plan's.)
  if (replies.some((r) => r.docId !== replies[0]!.docId)) return null;
  const last = replies.at(-1)!;
  return {
    answer: {
      ...last.answer,
      body: replies.map((r) => r.answer.body).join('\n'),
      sources: [...new Set(replies.flatMap((r) => r.answer.sources))],
      citations: replies.flatMap((r) => r.answer.citations),
    },
    docId: last.docId,
    ...(last.item !== undefined ? { item: last.item } : {}),
  };
}

// ---- what a term means ------------------------------------------------------------------------

/** How many loaded texts are read for a definition when the question names none (a city's few, not 1,584 laws). */
const DEFINITION_SCAN_DOCS = 50;

/**
 * `烟草专卖品都包括哪些东西`, `X是指什么`, `X是什么意思`, `X是怎么界定的`, `X的定义是什么`: what the named text says its
 * term means.
 */
const DEFINITION_ASK = /([\p{Script=Han}]{2,16}?)(?:到底|究竟)?(?:都|具体|主要|一般)?(?:包括|包含|有)(?:哪些|哪几[类种个项])(?:东西|内容|种类|类别|物品|单位|部门|机构)?[？?]?$|([\p{Script=Han}A-Za-z+]{2,16}?)(?:具体)?(?:是指|指的是|指)(?:什么|啥|哪些)[？?]?$|([\p{Script=Han}A-Za-z+]{2,16}?)(?:是)?(?:什么|啥)意思[？?]?$|([\p{Script=Han}A-Za-z+]{2,16}?)(?:到底|究竟|具体)?(?:是)?(?:怎么|如何|怎样|咋)(?:界定|定义)(?:的)?[？?]?$|([\p{Script=Han}A-Za-z+]{2,16}?)的(?:定义|含义|内涵)(?:是(?:什么|啥)|指(?:什么|啥))?[？?]?$|^(?:请问)?(?:怎么|如何|怎样|咋)(?:界定|定义|理解)([\p{Script=Han}A-Za-z+]{2,16}?)(?:的含义|的概念|这个概念)?[？?]?$/u;

/**
 * Words between the term and the ask that are the asker's emphasis, not part of the term (`OPC，到底是什么意思`):
 * with them and a comma before the ask, the term is what the clause before ends with.
 */
const ASK_EMPHASIS = /[，,]?(?:这个词|这个说法|这个概念)?(?:到底|究竟|具体)?(?=(?:是指|指的是|指|是)?(?:什么|啥|哪些)意?思?[？?]?$)/u;

/**
 * What the question says before a definition ask (`烟草专卖法管的烟草专卖品`), or '' when it asks none; `meaning`
 * when it asks what the term means (`是什么意思`, `指什么`), not what it includes.
 */
function definedTerm(q: string): { said: string; meaning: boolean; kind?: string } {
  // (A term the asker puts in quotes, `“气象设施”到底包括哪些`, is the term: the quotes are no part of it.)
  const plain = q.replace(/[\s“”"‘’「」]+/gu, '');
  const m = DEFINITION_ASK.exec(plain.replace(ASK_EMPHASIS, ''));
  if (m) return { said: m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '', meaning: m[1] === undefined };
  const c = CLASS_ASK.exec(plain);
  // (A bare `X是什么` asks no kind: only a verb that classes (定性为, 属于), a word of kind (什么样的, 哪类) or the kind's
  // noun (`是个啥设施`) does — not another ask's, `是什么时候`, `是什么原因`.)
  // (No noun of a kind, `申请流程是什么样的`, asks how a thing goes: only a verb that classes, or 性质 asked, leaves the kind
  // open.)
  const kindless = c ? c[4] === '' || KIND_ITSELF.test(c[4]!) : false;
  if (c && (c[2] || c[4] || /性质|类型/u.test(c[3]!)) && !OTHER_ASK_NOUN.test(c[4]!)) return { said: c[1]!, meaning: false, kind: kindless ? '' : c[4]! };
  // `算不算这个规定里的终端设备`: whether a thing is one, answered by what the text says the term is.
  const member = MEMBER_ASK.exec(plain);
  if (member) return { said: member[1]!, meaning: true };
  return { said: '', meaning: false };
}

/**
 * `条例把气象设施定性为什么样的设施？`, `公积金属于什么性质的钱`, `X是哪一类组织`: what kind of thing the text says the term
 * is — the term, a verb that classes or 是, a word of kind, and the noun of the kind asked (none for 性质, 类型).
 */
const CLASS_ASK = /([\p{Script=Han}A-Za-z+]{2,24}?)(?:到底|究竟)?(?:(?:被|给)?((?:定性|定位|归类|归为|列为)(?:为|成)?|属于|归属于|算是)|是)(?:一种|一类|一个|个)?(什么样|什么性质|什么类型|哪种性质|哪种类型|哪一种|哪种|哪一类|哪类|什么|啥样|啥)的?(\p{Script=Han}{0,4}?)(?:呢|啊)?[？?]?$/u;
/** Nouns after `是什么` that ask something other than a kind (`是什么时候`, `是什么原因`). */
// (Read at the start of what follows: the kind the pattern takes runs to the question's end, `时候建的`.)
const OTHER_ASK_NOUN = /^(?:时候|时间|日期|地方|地点|人|意思|原因|目的|作用|条件|要求|内容|程序|手续|材料|标准|情况|样子|牌子|颜色|价格)/u;
/** `汽车上装的卫星终端算不算这个规定里的终端设备`: the term a thing is asked to be one of, after the text's own words for where. */
const MEMBER_ASK = /(?:算不算|属不属于|是不是属于|算是)(?:[^，。？?]{0,12}?里的)?([\p{Script=Han}A-Za-z+]{2,16}?)(?:吗|呢)?[？?]?$/u;
/** Words of the kind asked that name no noun the answer must hold (`属于什么性质`). */
const KIND_ITSELF = /^(?:性质|类型|类别|种类|东西|定位|地位)$/u;

/**
 * What a text glosses a term as where it first uses it: `“AI+OPC”（人工智能协同的“一人”公司）` — the term, a closing
 * quote, then a parenthesis of words. Not a period (`（2026—2028年）`), a label (`（责任单位：…）`), a kind of draft
 * (`（试行）`, `（征求意见稿）`) or a short name given (`（以下简称…）`).
 */
function glossOf(text: string, term: string): { gloss: string; at: number } | null {
  // (Most of the question's endings are in no text: no pattern is made for them.)
  if (!text.includes(term)) return null;
  // (A Latin term stands whole: `PC` is no part of `OPC`.)
  // (…and a Han one too: `工作人员` is no part of `国家工作人员`, `开发区` of `经济开发区`.)
  const before = /^[A-Za-z]/u.test(term) ? '(?<![A-Za-z])' : '(?<!\\p{Script=Han})';
  for (const m of text.matchAll(new RegExp(`${before}${escapeRegExp(term)}[”"’]?[（(]([^（）()\\n]{4,40})[）)]`, 'gu'))) {
    const gloss = m[1]!;
    // (Nor what limits or lists it, `（包括…）`, `（不含…）`, `（如…）`.)
    if (/\d|[：:]|简称|下称|^(?:试行|草案|暂行|征求意见稿|修订稿?|送审稿)$|^(?:包括|包含|含|不含|不包括|如|例如|即|除)/u.test(gloss) || !/\p{Script=Han}{2}/u.test(gloss)) continue;
    return { gloss, at: m.index };
  }
  return null;
}

/**
 * Where a sentence of the text opens with the term (after a place's own word, `本市`) and goes on to say what it
 * includes or means (`包括`, `主要指`), or -1. (Not 指导, 指出, 指定, 指标: verbs and nouns that begin with 指.)
 */
function openingDefinition(text: string, term: string): number {
  if (!text.includes(term)) return -1;
  const m = new RegExp(`${SENTENCE_OPENING}${escapeRegExp(term)}[，,]?(?:主要|一般|具体)?(?:包括|包含|是指|指(?![导出定标挥南引令示派]))`, 'u').exec(text);
  return m ? m.index + m[0].length - 1 : -1;
}

/** A sentence that ends announcing a list on the lines after it (`申报材料包括：`). */
const ANNOUNCES_LIST = /[：:]\s*(?:\n|$)/u;

/**
 * Where a sentence opens: after a stop or a line break, past an article's label (`第八条　`), a list's (`（三）关口站，是指…`
 * under `本规定下列用语的含义是：`) and a place's own word (`本市`).
 */
const SENTENCE_OPENING = '(?:^|[。；;\\n])\\s*(?:第[一二三四五六七八九十百零〇\\d]+条\\s*)?(?:[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．])?\\s*(?:本市|本区|本省|本县|本地区)?';

/**
 * Where a sentence opens with the term and says what it is (`气象设施是基础性公共服务设施`, `…属于…`), the kind asked
 * (设施) said before the sentence ends — or -1.
 */
function openingClass(text: string, term: string, kind: string): number {
  if (!text.includes(term)) return -1;
  const m = new RegExp(`${SENTENCE_OPENING}${escapeRegExp(term)}(?:是|属于|为)(?!指)[^。；;\\n]*?${escapeRegExp(kind)}`, 'u').exec(text);
  return m ? m.index + m[0].length - 1 : -1;
}

/** The kinds of paper a document's title ends in, as its text calls it (`本办法`) and a question points at it (`这份方案`). */
const PAPER_KIND = '办法|条例|规定|方案|意见|细则|决定|通知|措施|计划|规划|纲要|法';
/** A pointer alone (`这个`, `该`): what the focus leaves of `这个实施方案` when it takes the document's name off. */
const BARE_POINTER = '(?:这|那|该|本|此)(?:个|份|部|篇|项)?';
/** A pointer at the document asked of (`这份文件`, `该方案`, `这个实施方案`, `本办法`), not a term of its text. */
const SELF_POINTER = new RegExp(`^${BARE_POINTER}\\p{Script=Han}{0,4}?(?:文件|${PAPER_KIND})$`, 'u');
const ONLY_POINTER = new RegExp(`^${BARE_POINTER}$`, 'u');

/**
 * The names a document's text calls it by: `本` with the kind its title ends in (`本办法`, `本方案`), then each title it
 * quotes that is the core of its own (`《盘锦市…专项方案》` of 《盘锦市…专项方案》解读) — not one the title cites and goes on
 * past (`贯彻落实《某省优化营商环境条例》实施方案`: the 条例 is another paper).
 */
function selfNames(d: KnowledgeDocument): string[] {
  const title = d.title.replace(/[《》\s]/gu, '');
  const kind = new RegExp(`(${PAPER_KIND})(?:[(（][^)）]*[)）])?$`, 'u').exec(title)?.[1];
  const another = new RegExp(PAPER_KIND, 'u');
  const core = (n: string) => {
    const at = title.indexOf(n);
    return at >= 0 && !another.test(title.slice(at + n.length).replace(/的通知$/u, ''));
  };
  const quoted = [...new Set([...d.text.matchAll(/《([^《》\n]{2,60})》/gu)].map((m) => m[1]!))].filter(core);
  // (The longer quoted name first: `《专项方案》` may open a sentence that says something else of it.)
  return [...(kind ? [`本${kind}`] : []), ...quoted.sort((a, b) => b.length - a.length).map((n) => `《${n}》`)];
}

/** The sentence of a text around a position: from the stop or line before it to the stop after. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const stop = text.indexOf('。', at);
  return text.slice(start, stop < 0 ? undefined : stop + 1).trim();
}

/**
 * The sentence in which a text defines the term asked (`本法所称烟草专卖品是指卷烟、雪茄烟…`): a law says what
 * its words mean in an article of their own, which a search for the question's words may rank below
 * the many articles that merely use the term. The term is the longest end of what the question says
 * before the ask that the text defines (`烟草专卖法管的烟草专卖品` → 烟草专卖品).
 */
function definitionReply(d: KnowledgeDocument, said: string, meaning: boolean, kind?: string): DocReply | null {
  // `这份文件被定性成什么`: the document itself, by the names its text calls it (`《专项方案》是…的重要遵循`).
  if (kind !== undefined && SELF_POINTER.test(said)) {
    for (const name of selfNames(d)) {
      const at = openingClass(d.text, name, kind);
      if (at >= 0 && !ANNOUNCES_LIST.test(sentenceAt(d.text, at))) return sentenceReply(d, at);
    }
    return null;
  }
  for (let k = 0; k + 2 <= said.length; k++) {
    const term = said.slice(k);
    if (kind !== undefined) {
      // A kind asked (`定性为什么样的设施`): the sentence that opens with the term and says it is one — a term of
      // three characters or more, as below. (A definition that opens with it, `（三）关口站，是指…地面设施`, says what it
      // is as well; else its definition, `本条例所称…是指…`, below.)
      const is = term.length >= 3 ? openingClass(d.text, term, kind) : -1;
      const defined = is < 0 && term.length >= 3 ? openingDefinition(d.text, term) : -1;
      const at = is >= 0 ? is : defined;
      // (A definition says the kind asked, `地面设施` for `啥设施`; neither announces a list on the lines after it.)
      const said = at >= 0 ? sentenceAt(d.text, at) : '';
      if (said && (is >= 0 || said.includes(kind)) && !ANNOUNCES_LIST.test(said)) return sentenceReply(d, at);
    }
    const at = d.text.indexOf(`所称${term}`);
    if (at < 0 && kind !== undefined) continue;
    if (at < 0) {
      // A sentence that opens with the term and says what it includes (`建设主管部门包括区建设管理委、区水务局…`,
      // `本市建筑垃圾主要指工程渣土…`) defines it as well — a term of three characters or more: `部门包括…` is no
      // definition of the 部门 a longer name ends in.
      const opening = term.length >= 3 ? openingDefinition(d.text, term) : -1;
      const opened = opening >= 0 ? sentenceAt(d.text, opening) : '';
      // (Not one that announces a list on the lines after it, `申报材料包括：`: the passages answer with the list.)
      if (opened && !ANNOUNCES_LIST.test(opened)) return sentenceReply(d, opening);
      // The text glosses it where it uses it, in parentheses: the sentence that does is the answer — to what it
      // means (a parenthesis after a term may limit what it includes, `资金（不含…）`, which is no list of it).
      const g = meaning ? glossOf(d.text, term) : null;
      if (!g) continue;
      const sentence = sentenceAt(d.text, g.at);
      return reply(d, `${term}：${g.gloss}。原文：${sentence}`, [cite(d, sentence)]);
    }
    const after = d.text.slice(at + 2 + term.length, at + 2 + term.length + 3);
    if (!/^[，,]?(?:是指|指|包括)/u.test(after)) continue;
    return sentenceReply(d, at);
  }
  return null;
}

/**
 * The sentence at a position, cited with the article it stands in (`第二条`): the last line before it that opens with
 * one — a second paragraph of the article (`本条例所称气象探测环境，是指…`) or an item of its list (`（三）关口站，是指…`)
 * opens with none.
 */
function sentenceReply(d: KnowledgeDocument, at: number): DocReply {
  const sentence = sentenceAt(d.text, at);
  const article = [...d.text.slice(0, at).matchAll(/(?:^|\n)\s*(第[一二三四五六七八九十百零〇\d]+条)/gu)].at(-1)?.[1];
  const body = article && !sentence.startsWith(article) ? `${article} ${sentence}` : sentence;
  return reply(d, body, [cite(d, sentence, article)]);
}

// ---- what the document says about itself ----------------------------------------------------

const DATE_ASK = /落款|when (?:was|were) (?:it|this|the \w+(?: \w+)?) (?:issued|published|released)|\bdate of (?:issue|publication)\b|(?:哪天|哪一天|何时|什么时候|几月几日|哪年|日期|时间)(?:由\p{Script=Han}{2,16}?)?(?:印发|转发|发布|出台|签发|发文|下发|发的|公布|成文)|(?:印发|转发|发布|出台|签发|发文|下发|公布|成文)(?:的)?(?:日期|时间|于何时|是哪天|是什么时候|是何时|在哪天)|什么时候(?:发|出)(?=的|布|台|文|[？?]|$)/u;
const EFFECT_ASK = /(?:take|takes|took|come|comes|came) into (?:effect|force)|\b(?:take|takes|took|taking|taken) effect\b|\bvalid for\b|\bvalidity\b|(?:什么时候|何时|哪天|几时|从哪天|哪一天|几号|几月几[日号]|啥时候?)(?:开始|起)?(?:正式)?(?:施行|实施|生效|执行|起施行)|(?:施行|实施|生效)(?:日期|时间)|有效期|有效多久|管几年|多长时间有效|期限多[久长]|到期(?:日|日期|时间)?[^，。？?]{0,4}?(?:哪|什么时候|何时|几号|啥时)|(?:什么时候|何时|哪天|哪一天|啥时候?)(?:到期|失效|作废)|(?:到期|失效)(?:日期|时间)|从(?:什么时候|何时|哪天|哪一天)(?:开始)?(?:算|计算|起算)/u;
// (`编号多少` said of the document itself — at the clause's head or after 文件/发文 — not a certificate's 编号;
// `以什么文种发布`: an order's number names its kind, `以…令第179号公布`.)
const NUMBER_ASK = /文号|字号|发文号|(?:^|[，,、和及与]|文件|发文|的)编号|文种|document number/iu;
/** 何时通过, 哪一年修正, 修订过几次: what the dated lines at a law's head record. */
const HISTORY_ASK = /(?:哪一?年|哪天|哪一天|何时|什么时候|几月几日|日期|时间)[^，。？?]{0,4}(?:通过|修正|修订|修改|颁布|公布|制定)|(?:第几号|几号|哪号)令|令(?:号|第几号)|(?:通过|修正|修订|修改|颁布|公布)(?:的|过)?(?:日期|时间|于何时|是哪天|是什么时候|是何时|是哪一?年|几次)|\b(?:adopted|amended|revised|enacted|passed(?!\s+away))\b/iu;
const HISTORY_EVENTS: [RegExp, RegExp][] = [
  [/通过|制定|adopted|enacted|passed/iu, /通过/u],
  [/修正|修订|修改|amended|revised/iu, /修正|修订/u],
  [/颁布|公布/u, /公布/u],
];
/** `国务院第几号令公布的`: the order that published it — a head line that says 公布 and names the order. */
const ORDER_ASK = /号令|令号|令第/u;

/** The head lines that answer a 何时通过/修正 question: the acts asked about (the latest amendment only), else all. */
function historyLines(d: Doc, q: string): string[] {
  const all = d.facts.history ?? [];
  if (!all.length) return [];
  const picked = new Set<(typeof all)[number]>();
  for (const [asked, event] of HISTORY_EVENTS) {
    if (!asked.test(q)) continue;
    const of = all.filter((h) => event.test(h.event));
    // `现行文本什么时候修正的`: the last one; `修正过几次`: every one.
    for (const h of /几次|多少次|历次|how many times/iu.test(q) ? of : of.slice(-1)) picked.add(h);
  }
  if (ORDER_ASK.test(q)) {
    const order = all.filter((h) => /公布/u.test(h.event) && /令第?\S{1,8}号/u.test(h.text));
    // (No line names one: the order is not given, not some other date of the document's.)
    if (!order.length && !picked.size) return [];
    for (const h of order.slice(-1)) picked.add(h);
  }
  return (picked.size ? all.filter((h) => picked.has(h)) : all).map((h) => h.text);
}

/** A sentence of the text as a part of a reply: without its article label and its full stop. */
function asPart(sentence: string): string {
  return sentence.replace(/^第\S{1,5}条\s*/u, '').replace(/。$/u, '');
}

/** Everything the question asks of the document itself (文号 and date, 施行 and 有效期…), in one answer. */
function metaReply(d: Doc, q: string, whole = q): DocReply | null {
  const f = d.facts;
  const parts: string[] = [];
  const cites: Citation[] = [];
  // Why it was made: the genre states it in its opening sentence (`为了…，制定本法。`).
  const purpose = PURPOSE_ASK.test(q) ? purposeOf(d) : null;
  if (purpose) {
    parts.push(`${/法$/u.test(d.title) ? '立法' : '制定'}目的：${asPart(purpose)}`);
    cites.push(cite(d, purpose));
  }
  // A 规章's number is the order that published it (`国家医疗保障局令第6号`): `第几号令` asks it, unless the
  // head lines of a law already name the order (historyLines, below).
  const order = !!f.number && /令第/u.test(f.number);
  const orderAsked = order && ORDER_ASK.test(q) && !(f.history ?? []).some((h) => /令第?\S{1,8}号/u.test(h.text));
  if ((NUMBER_ASK.test(q) || orderAsked) && f.number) {
    parts.push(order ? `以${f.number}公布` : `文号是${f.number}`);
    cites.push(cite(d, headText(d, f.number.replace(/令第/u, ''))));
  }
  // The number of the document this one is about, which it cites (`为深入贯彻《…若干措施的通知》（宿建指办〔2022〕5号）`),
  // asked by that document's name: said as that document's, never as this one's.
  const cited = NUMBER_ASK.test(q) && !f.number ? citedNumberAsked(d, whole) : null;
  if (cited) {
    parts.push(`文中所引《${cited.title}》的文号是${cited.number}`);
    cites.push(cite(d, headText(d, cited.number)));
  }
  // Who signed the order (`局长：胡静林`); the meeting that passed it (`已经市政府第85次常务会议讨论`) below.
  const signer = SIGNER_ASK.test(q) ? signerOf(d) : null;
  if (signer) {
    parts.push(`由${signer.role}${signer.name}签署`);
    cites.push(cite(d, headText(d, signer.line)));
  }
  // A web page says where it comes from and when it was put up (`信息来源：…`, `发表时间：…`): not 印发.
  const page = !!f.date && /^(?:(?:发表|发布)(?:时间|日期)|\d{4}-\d{1,2}-\d{1,2})/u.test(f.date.source.trim());
  if (asksIssuer(q) && f.issuers.length) {
    const verb = page ? '发布' : '印发';
    parts.push(`由${f.issuers.length > 1 ? `${f.issuers.join('、')}联合${verb}` : `${f.issuers[0]}${verb}`}`);
    cites.push(cite(d, headText(d, f.issuers[0]!)));
  }
  if (DATE_ASK.test(q) && f.date) {
    parts.push(`${f.date.text}${page ? '发布' : '印发'}`);
    cites.push(cite(d, f.date.source));
  } else if (parts.length && f.date && !EFFECT_ASK.test(q)) parts.push(`${page ? '发布日期' : '落款日期'}${f.date.text}`);
  const history = HISTORY_ASK.test(q) ? historyLines(d, q) : [];
  if (history.length) {
    parts.push(history.map((h) => h.replace(/。$/u, '')).join('；'));
    cites.push(cite(d, headText(d, history[0]!)));
  }
  // (A law's head lines name the session that passed it: given above when asked, and no second time.)
  const meeting = MEETING_ASK.test(q) && !history.some((h) => h.includes('会议')) ? meetingOf(d) : null;
  if (meeting) {
    parts.push(meeting.replace(/^《[^》]{2,80}》/u, ''));
    cites.push(cite(d, headText(d, meeting)));
  }
  const effective = EFFECT_ASK.test(q) && f.effective && !othersValidity(q) ? f.effective : null;
  if (effective) {
    parts.push(asPart(effective));
    cites.push(cite(d, effective));
    // `自印发之日起施行` asked when: the day is the document's own date (under its label, `实施日期：2025-09-25`).
    if (WHEN_ASK.test(q) && /(?:印发|发布|公布)之日起/u.test(effective) && f.date && !DATE_ASK.test(q)) {
      const label = /^\s*([\p{Script=Han}]{2,6})[：:]/u.exec(f.date.source)?.[1] ?? (page ? '发布日期' : '印发日期');
      parts.push(`${label}${f.date.text}`);
      cites.push(cite(d, f.date.source));
    }
  }
  // Who interprets it: the closing sentence says so (`本意见由县旅游产业发展领导小组负责解释`).
  const interpreter = INTERPRET_ASK.test(q) ? interpreterOf(d) : null;
  if (interpreter && !effective?.includes(interpreter)) {
    parts.push(asPart(interpreter));
    cites.push(cite(d, interpreter));
  }
  if (INTERPRET_ASK.test(q) && !interpreter) return null;
  // Who carries it out: the 总则 says so (`本办法由市卫生健康行政主管部门负责组织实施`) — asked of the document itself.
  const implementer = IMPLEMENT_ASK.test(q) ? implementerOf(d) : null;
  if (implementer) {
    parts.push(asPart(implementer));
    cites.push(cite(d, implementer));
  }
  // A field of the page's information block the question names by its label (`统一编号`, `失效日期`).
  for (const field of fieldsAsked(d, q)) {
    if (parts.some((p) => p.includes(field.value))) continue;
    parts.push(`${field.label}：${field.value}`);
    cites.push(cite(d, field.line));
  }
  // What it replaces: the closing sentence that repeals earlier documents (`…（穗府办规〔2019〕13号）同时废止`).
  const repealed = REPEAL_ASK.test(q) ? repealedBy(d) : null;
  if (REPEAL_ASK.test(q) && !repealed) return null;
  if (repealed) {
    parts.push(asPart(repealed));
    cites.push(cite(d, repealed));
  }
  if (!parts.length) return null;
  // Every ask of the kind this reply gives must be given: a purpose asked and not found leaves it to the text.
  if (PURPOSE_ASK.test(q) && !purpose) return null;
  // A whole sentence of the text (`本意见由…负责解释，自…起执行`) is quoted after a colon; fragments run on from the name.
  const quoted = history.length || purpose || repealed || /^(?:本|自|从|下一步|\d)/u.test(parts[0]!);
  return reply(d, `${nameOf(d)}${quoted ? '：' : ''}${parts.join(purpose ? '；' : '，')}。`, cites);
}

/** Two replies about one document as one: the second said after the first, without naming the document again. */
function beside(d: Doc, first: DocReply, second: DocReply): DocReply {
  return { ...first, answer: { ...first.answer, body: `${first.answer.body}${unnamed(d, second.answer.body)}`, citations: [...first.answer.citations, ...second.answer.citations] } };
}

/** A reply's body without the document's name it opens with: said after another reply that names it. */
function unnamed(d: Doc, body: string): string {
  const name = nameOf(d);
  return body.startsWith(name) ? body.slice(name.length).replace(/^：/u, '') : body;
}

/** `局长是谁签的`, `签发人`: who signed the document (a 规章's order is signed under its head). */
const SIGNER_ASK = /谁签(?:的|发|署|字)?|签(?:发|署|字)人|(?:局长|部长|主任|市长|省长|主席|总理|署长|行长)是谁|who signed/iu;
/** A head line that is a signature: the office, a colon, the name (`局 长：胡静林`). */
const SIGNER_LINE = /^\s*([\p{Script=Han}\s]{0,12}?(?:局|部|主|市|省|区|县|署|行|院|总)\s*(?:长|任|席|理))\s*[：:]\s*([\p{Script=Han}·]{2,6})\s*$/mu;

function signerOf(d: Doc): { role: string; name: string; line: string } | null {
  const m = SIGNER_LINE.exec(d.text.slice(0, 800));
  return m ? { role: m[1]!.replace(/\s+/gu, ''), name: m[2]!, line: m[0].trim() } : null;
}

/** `哪次会议通过的`, `经过什么会议`: the meeting the head says passed the document. */
const MEETING_ASK = /(?:哪|什么|哪一)(?:次|个|届)?(?:会议?|常务会|常委会|局务会)(?:上)?(?:审议|讨论)?(?:通过|过)|经过?(?:什么|哪个?|哪次)(?:会议?|常务会|常委会|局务会)/u;

/** The clause at the head that names the meeting (`…已经市政府第85次常务会议讨论后修改完善`). */
function meetingOf(d: Doc): string | null {
  // (`第15届130次常务会议`: the term of the body before the meeting's number.)
  const m = /[^，。；\n]*第\s*[\d一二三四五六七八九十百]+\s*(?:届\s*(?:第\s*)?[\d一二三四五六七八九十百]+\s*)?次[^，。；\n]{0,16}会议[^，。；\n]{0,20}/u.exec(d.text.slice(0, 800));
  return m ? m[0].trim() : null;
}

/** `以前哪些文件作废了`, `废止了哪些办法`, `原来的政策还执行吗`: which earlier documents this one repeals. */
const REPEAL_ASK = /(?:哪些|哪个|哪几个|哪份|什么)(?:文件|办法|政策|规定|措施|通知|意见)?[^，,。？?]{0,6}?(?:作废|废止|失效|停止执行|不再执行)|(?:废止|作废|取代|替代)了?(?:哪些|哪个|哪几个|什么)|\brepeal/iu;

/** The sentence near the end that repeals earlier documents by name (`《…》（…号）同时废止`). */
function repealedBy(d: Doc): string | null {
  const tail = d.text.slice(Math.max(0, d.text.length - 3000));
  const m = /(?:^|\n|。)\s*([^。\n]{0,400}?《[^。\n]{2,400}?(?:同时废止|予以废止|停止执行|同时失效)[^。\n]{0,40}。?)/u.exec(tail);
  return m ? m[1]!.trim() : null;
}

/** An ask of when (`什么时候开始实施`, `哪天起施行`), not of how long. */
const WHEN_ASK = /什么时候|何时|哪天|哪一天|几号|啥时候?|日期|\bwhen\b/iu;

const INTERPRET_ASK = /(?:由|归)?(?:谁|哪个部门|哪个单位|哪个机构|哪家)(?:来|负责)?解释|解释权|who interprets|\binterpretation\b/iu;

/** The sentence that says who interprets the document, in its closing part. */
function interpreterOf(d: Doc): string | null {
  const tail = d.text.slice(Math.max(0, d.text.length - 1500));
  const m = /(?:^|\n|。)\s*((?:第\S{1,5}条\s*)?[^。\n]{0,40}?由[^。\n]{2,40}?(?:负责)?解释[^。\n]{0,60}。)/u.exec(tail);
  return m ? m[1]!.trim() : null;
}

/**
 * `这套规定由哪个部门负责组织实施`, `这套工业增长计划往后主要靠哪个部门往下推`: who carries the document out, asked of
 * the document (named by its kind a few words before the ask).
 */
const IMPLEMENT_ASK = /(?:规定|条例|办法|细则|意见|方案|规则|政策|文件|法|计划)[^，,。？?]{0,6}?(?:是|由|归|靠)?(?:谁|哪个部门|哪个单位|哪个机构|哪家|哪些部门|哪个机关)(?:来|负责)?(?:组织)?(?:实施|执行|落实|推进|推动|往下推)/u;

/**
 * The sentence that names who carries the document out: the rule's own (`本办法由…负责组织实施。`), or a press
 * release's closing word on what comes next (`下一步，市工业和信息化局将认真落实…`).
 */
function implementerOf(d: Doc): string | null {
  const m = /(?:^|\n|。)\s*((?:第\S{1,5}条\s*)?本(?:办法|条例|规定|细则|法|意见|方案|规则)由[^。\n]{2,40}?(?:负责)?(?:组织)?(?:实施|执行)[^。\n]{0,60}?。)/u.exec(d.text);
  if (m) return m[1]!.trim();
  const next = /(?:^|\n|。)\s*(下一步[，,]\s*[^，,。\n]{2,24}?(?:局|委|委员会|厅|办|部|中心|政府|办公室|领导小组)将[^。\n]{2,80}?[，,。])/u.exec(d.text);
  return next ? next[1]!.replace(/[，,]$/u, '。') : null;
}

const PURPOSE_ASK = /立法目的|立法宗旨|(?:制定|出台)(?:的)?(?:目的|宗旨)|目的是什么|为什么(?:要)?(?:制定|出台)|\b(?:purpose|aim) of\b/iu;

/** The sentence that says why the document was made (`为了保障…，根据宪法，制定本法。`), near its start. */
function purposeOf(d: Doc): string | null {
  const m = /(?:^|\n|。)\s*((?:第一条\s*)?为了?[^。\n]{4,300}?制定本(?:法|条例|办法|规定|细则|意见|方案|措施|实施意见|实施办法)。)/u.exec(d.text.slice(0, 3000));
  return m ? m[1]! : null;
}

/** Interrogatives: a clause with one asks something of its own (and is no document's name). */
export const ASKING = /什么|啥|哪|几|多少|多久|多长|多大|何时|何种|谁|吗|呢|怎么|怎样|如何|是否|能否|\b(?:what|which|who|how|when)\b/iu;

/** Whether a clause of the question asks something other than the document's number, issuer, dates or history. */
function asksBeyondMeta(q: string, countToo = false, d?: Doc): boolean {
  const clauses = q.split(/[？?；;]/u).map((c) => c.trim()).filter((c) => ASKING.test(c));
  if (clauses.length < 2) return false;
  // (A clause that names a field of the head asks it: `统一编号是多少`.)
  return clauses.some((c) => ![NUMBER_ASK, ISSUER_ASK, DATE_ASK, HISTORY_ASK, EFFECT_ASK, PURPOSE_ASK, INTERPRET_ASK, REPEAL_ASK, SIGNER_ASK, MEETING_ASK, IMPLEMENT_ASK, ...(countToo ? [COUNT_AT] : [])].some((re) => re.test(c)) && !(d && fieldsAsked(d, c).length));
}

/** `评定结果有效期多久`: a validity asked of something the document sets, not of the document itself. */
function othersValidity(q: string): boolean {
  if (/施行|实施|生效|执行|take|took|come|came|valid for/iu.test(q)) return false;
  // (`政策什么时候到期`: the asking between the thing and the validity is no thing of its own.)
  // (…and `奖励电量从哪天开始算`: what is counted from a day is the thing before 从, not the document.)
  // (…or a clause of its own before it, `临时去外地看病办的异地就医备案，有效期一般是多久`: the thing the clause names.)
  // (Not a clause that asks something of its own, `…是哪个单位印发的，有效期几年`: the document's validity is asked with it.)
  const m = /(?:(?<![\p{Script=Han}])([\p{Script=Han}]{4,})[，,]|([\p{Script=Han}]{2})的?)(?:有效期|有效多久|多长时间有效|到期|失效|从(?:开始)?(?:算|计算|起算))/u.exec(q.replace(/什么时候|啥时候?|何时|哪一?天|几时|具体|大概|一般/gu, ''));
  const clause = m?.[1];
  const thing = clause ? (/哪|什么|谁|几|多少|[吗呢的了]$/u.test(clause) ? undefined : clause.slice(-2)) : m?.[2];
  // (`文号和有效期`: the validity is one of the document's own facts listed with another.)
  return !!thing && !/办法|方案|意见|规定|措施|细则|文件|政策|通知|条例|决定|规划|本法/u.test(thing) && !/[它其本该此这和及与、]/u.test(thing);
}

/** A labelled field of a page's information block (`统一编号：GZ0220210007`, `文 号：穗府办规〔2021〕7号`). */
const HEAD_FIELD = /^([\p{Script=Han}][\p{Script=Han} ]{1,9})[：:]\s*([^。；;]{1,40})$/u;
/** How far into a document its information block stands. */
const HEAD_SPAN = 1500;
/** Fewest fields in a row that make an information block (a lone `责任单位：…` or `联系电话：…` line is the text's). */
const BLOCK_FIELDS = 3;

/** The fields of the information block at the head of a page (runs of labelled lines), kept per document. */
const fieldsKept = new WeakMap<Doc, { label: string; value: string; line: string }[]>();
function headFields(d: Doc): { label: string; value: string; line: string }[] {
  let kept = fieldsKept.get(d);
  if (!kept) fieldsKept.set(d, (kept = readFields(d)));
  return kept;
}

function readFields(d: Doc): { label: string; value: string; line: string }[] {
  const out: { label: string; value: string; line: string }[] = [];
  let run: typeof out = [];
  const close = () => {
    if (run.length >= BLOCK_FIELDS) out.push(...run);
    run = [];
  };
  for (const line of d.text.slice(0, HEAD_SPAN).split('\n')) {
    if (!line.trim()) continue;
    const m = HEAD_FIELD.exec(line.trim());
    if (m) run.push({ label: m[1]!.replace(/\s+/gu, ''), value: m[2]!.trim(), line: line.trim() });
    else close();
  }
  close();
  return out;
}

/** The information block's fields whose label the question names (`统一编号`, `失效日期`). */
function fieldsAsked(d: Doc, q: string): { label: string; value: string; line: string }[] {
  const out: { label: string; value: string; line: string }[] = [];
  for (const f of headFields(d)) if (q.includes(f.label) && !out.some((x) => x.label === f.label)) out.push(f);
  return out;
}

/**
 * The titles a document cites with a number right after them (`《…若干措施的通知》（宿建指办〔2022〕5号）`), each with its
 * character pairs: read from the text once per document, not for every question that asks a number.
 */
const citedNumbers = new WeakMap<KnowledgeDocument, { title: string; number: string; pairs: Set<string> }[]>();
function citedNumbersOf(d: KnowledgeDocument): { title: string; number: string; pairs: Set<string> }[] {
  let cited = citedNumbers.get(d);
  if (!cited) citedNumbers.set(d, (cited = [...d.text.matchAll(CITED_WITH_NUMBER)].map((m) => ({ title: m[1]!, number: m[2]!.replace(/\s+/gu, ''), pairs: bigrams(m[1]!) }))));
  return cited;
}

/**
 * A number the document cites right after a title, for a question that names that title more than the document's own
 * (`宿州促进房地产平稳健康发展的若干措施，文号是多少`): the cited document is the one asked about. The best-named of them; none
 * when the question says no word of a cited title beyond its own.
 */
function citedNumberAsked(d: KnowledgeDocument, q: string): { title: string; number: string } | null {
  const asked = bigrams(q);
  const own = overlap(bigrams(d.title), asked);
  let best: { title: string; number: string; said: number } | null = null;
  for (const c of citedNumbersOf(d)) {
    const said = overlap(c.pairs, asked);
    if (said > own && said >= CITED_NAME_PAIRS && (!best || said > best.said)) best = { title: c.title, number: c.number, said };
  }
  return best ? { title: best.title, number: best.number } : null;
}
/** A cited title and the number in the bracket after it. */
const CITED_WITH_NUMBER = new RegExp(`《([^《》\\n]{4,80})》\\s*[(（]\\s*(\\p{Script=Han}{1,16}\\s*${NUMBER_IN_BRACKETS})`, 'gu');
/** How many pairs of a cited title the question must say to name it. */
const CITED_NAME_PAIRS = 4;

/** The lines at the head of the document around a fact, for its citation. */
function headText(d: KnowledgeDocument, needle: string): string {
  const at = d.text.indexOf(needle);
  if (at < 0) return d.text.slice(0, 200);
  const from = Math.max(0, d.text.lastIndexOf('\n', Math.max(0, at - 120)) + 1);
  return d.text.slice(from, Math.min(d.text.length, at + needle.length + 160));
}

// ---- targets for a year --------------------------------------------------------------------

const YEAR_TARGET = /(20\d{2})年(?:的|底|末)?(?:[^，。？?]{0,12})?(?:目标|要达到|达到什么|实现什么|要求)/u;

/** `到2035年的目标是什么` — from the one document that sets targets for that year (plans with their own facts aside). */
function targetReply(index: KnowledgeIndex, docs: Doc[], q: string): DocReply | null {
  const m = YEAR_TARGET.exec(q);
  if (!m) return null;
  const year = m[1]!;
  const planned = new Set(index.facts.map((f) => f.docId));
  const fits = docs.length === 1 ? docs.filter((d) => !planned.has(d.id) && d.facts.targets.some((t) => t.year === year)) : targetsFor(index, year).filter((d) => !planned.has(d.id));
  if (fits.length !== 1) return null;
  const d = fits[0]!;
  const targets = d.facts.targets.filter((t) => t.year === year).map((t) => ({ text: t.source.replace(/[；;，,]$/u, '。'), anchor: t.anchor }));
  const all = targets.map((t) => t.text);
  // `甘蔗收获机械化率2025年的目标是多少` names its metric: only the clauses that speak of it answer — the
  // question's weightiest noun the document uses; none of the year's clauses speaking of it, the passages
  // are searched instead. Words of the ask (`2025年的目标`) and of the title (which document) name no metric.
  const title = d.title.toLowerCase();
  const docText = index.lowerText(d.id);
  const nouns = new Set(index.tag(q).filter((w) => /^(?:n|vn|nz|x|eng)/u.test(w.tag)).map((w) => w.word.toLowerCase()));
  const named = index
    .parse(q)
    .concepts.filter((c) => nouns.has(c.text) && !m[0].toLowerCase().includes(c.text) && !index.mentionsLowered(title, c) && index.mentionsLowered(docText, c));
  const heaviest = named.sort((a, b) => index.conceptIdf(b) - index.conceptIdf(a))[0];
  const chosen = heaviest ? targets.filter((t) => index.mentions(t.text, heaviest)) : targets;
  if (!chosen.length) return null;
  // A clause that does not name its year is given with the words of its paragraph that do (`到2025年：…`).
  const first = chosen[0]!;
  const body = `${first.anchor && !first.text.includes(year) ? `${first.anchor}：` : ''}${chosen.map((t) => t.text).join('')}`;
  return reply(d, clip(body, 400), [cite(d, first.text)]);
}

/** The documents that set targets for a year, per index. */
function targetsFor(index: KnowledgeIndex, year: string): Doc[] {
  return index.once(`targets-for:${year}`, () => index.documents.filter(withFacts).filter((d) => d.facts.targets.some((t) => t.year === year)));
}

// ---- a list the outline holds ---------------------------------------------------------------

// (`哪几年`, `哪几天` ask a period, not a list of parts.)
const LIST_ASK = /哪些|哪几(?!年|天|日|个月|周)|包括什么|分别是/u;

/** What a list question asks to enumerate: the words after 哪些 (`哪些特点`), else those before 有哪些 (`试点县有哪些`). */
function listKind(question: string): string {
  const after = /(?:哪些|哪几(?:个|项|类|种|方面)?)(?:主要)?([\p{Script=Han}]{2,8}?)(?:[？?，,。的]|$)/u.exec(question)?.[1];
  if (after) return after;
  return /([\p{Script=Han}]{2,8})(?:有|包括)哪些/u.exec(question)?.[1] ?? '';
}

/**
 * `农业面源污染有哪些特点`: when the passage retrieval put first stands in an item whose sub-items
 * enumerate (一是…二是…), the answer is that enumeration — each sub-item by its own title.
 */
export function outlineList(index: KnowledgeIndex, question: string, chunk: { docId: string; item?: number; text: string }): DocReply | null {
  // A passage that is only a question (`问：下一步如何推动…？答：`) is answered by the items under it.
  const onlyAsks = /^[^。！]*[？?]\s*(?:答[：:])?\s*$/u.test(chunk.text.replace(/^\S{0,6}?问[：:]/u, ''));
  if ((!LIST_ASK.test(question) && !onlyAsks) || chunk.item === undefined) return null;
  // `一共几个方面、多少条举措` asks for a count: the sentence that states it answers, not a list that happens
  // to stand under a press question.
  if (!LIST_ASK.test(question) && ASKS_AMOUNT.test(question)) return null;
  const d = index.document(chunk.docId);
  if (!withFacts(d)) return null;
  const items = outlineOf(d);
  const own = items[chunk.item];
  if (!own) return null;
  const concepts = index.parse(question.replace(/哪些|哪几个?|有什么|包括什么|分别是|主要|[？?]/gu, ' ')).concepts;
  for (const cand of [own, own.parent >= 0 ? items[own.parent] : undefined]) {
    if (!cand) continue;
    const children = items.filter((x) => x.parent === cand.index);
    if (children.length < 2 || children.length > 12) continue;
    // The enumerating item must be about what is asked: its own text names most of the question's words.
    const weights = concepts.map((c) => index.conceptIdf(c));
    const total = weights.reduce((a, b) => a + b, 0);
    // (The document's title counts: `青岚…实施方案` names the document every item of it is about.)
    const found = concepts.reduce((n, c, i) => n + (index.mentions(`${cand.text} ${d.title}`, c) ? weights[i]! : 0), 0);
    if (!total || found / total < 0.6) continue;
    // And it must enumerate the kind of thing asked for: `有哪些特点` wants an item titled …特点,
    // `试点县有哪些` one about 试点县 — not any list that shares the topic.
    // The head of that phrase is its last word (`试点县` in `第一批…试点县有哪些`, `难点` in `问题和难点`).
    const kind = onlyAsks ? '' : listKind(question);
    const head = kind
      ? concepts.filter((c) => kind.includes(c.text)).sort((a, b) => kind.lastIndexOf(b.text) + b.text.length - (kind.lastIndexOf(a.text) + a.text.length))[0]
      : undefined;
    if (head && !index.mentions(cand.title, head)) continue;
    // Under a press question the items are the answer: each one's first sentence, not only its title.
    // An item whose title is only its first clause (`一是在国务院确定的目标任务的基础上，坚持自我加压`) is
    // given to the end of its first sentence: the clause alone says nothing.
    const line = (c: OutlineItem) => {
      const first = c.text.slice(c.text.indexOf(c.title)).split(/[。；;]/u)[0] ?? c.title;
      return first.length > c.title.length + 1 && first.length <= MAX_LIST_LINE ? first : c.title;
    };
    const list = children.map((c) => (onlyAsks ? clip(c.text.split(/[。；]/u)[0] ?? c.title, 90) : `${c.label}${line(c)}`)).join('；');
    const section = sectionOf(cand);
    return { ...reply(d, clip(`${cand.title.replace(/[？?]$/u, '')}：${list}。`, 480), [cite(d, cand.text, section)], cand.index), listed: true };
  }
  return null;
}

/** Longest first sentence an enumerated item is listed by. */
const MAX_LIST_LINE = 60;

/** Headings short enough to be named in a question (`主要任务`, `保障措施`). */
const MAX_HEADING = SHORT_TITLE;

/** DocFacts.shortTitles for facts made without them (read from the text once per document). */
const shortTitlesKept = new WeakMap<object, string[]>();
function shortTitles(d: Doc): string[] {
  let v = shortTitlesKept.get(d);
  if (!v) {
    v = shortTitlesOf(itemTitles(d.text));
    shortTitlesKept.set(d, v);
  }
  return v;
}

/**
 * `“主要任务”分成哪几个方面`: a question that names a heading of the document is answered by the items
 * under it — the longest heading the question names, when it has two or more.
 */
function sectionList(d: Doc, q: string): DocReply | null {
  // Most documents (every law asked `有哪些法律责任`) have no heading the question names: that is known
  // from their short titles alone, kept per document, without the outline the list would need.
  if (!(d.facts.shortTitles ?? shortTitles(d)).some((t) => q.includes(t))) return null;
  const items = outlineOf(d);
  const named = items
    .filter((it) => it.title.length >= 2 && it.title.length <= MAX_HEADING && headingKey(it.title).length >= 2 && q.includes(headingKey(it.title)))
    .sort((a, b) => headingKey(b.title).length - headingKey(a.title).length);
  // `…直接补贴面向哪些对象`: the kind asked for is what one of the heading's parts is about (`1.补贴对象`),
  // not its parts — that part's own text answers, not the heading's list.
  const kind = listKind(q);
  for (const it of named) {
    const children = items.filter((x) => x.parent === it.index);
    // (Parts all named for the kind — `重点任务分成哪几个行动`, each `…行动` — are what is listed.)
    if (kind.length >= 2 && !it.title.includes(kind) && children.filter((c) => headingKey(c.title).includes(kind)).length === 1) continue;
    if (children.length < 2 || children.length > 12) {
      const runIn = children.length ? [] : runInTitles(it.text);
      if (runIn.length < 2) continue;
      return reply(d, clip(`${nameOf(d)}“${it.title.replace(/[。：:]$/u, '')}”共${runIn.length}条：${runIn.map((t, k) => `${k + 1}.${t}`).join('；')}。`, 480), [cite(d, it.text, sectionOf(it))], it.index);
    }
    const list = children.map((c) => `${c.label}${c.title}`).join('；');
    const section = sectionOf(it);
    return { ...reply(d, clip(`${nameOf(d)}“${it.title.replace(/[。：:]$/u, '')}”分为${children.length}个方面：${list}。`, 480), [cite(d, it.text, section)], it.index), listed: true };
  }
  return null;
}

/**
 * `定了几条基本原则？都是啥`: a heading the question names whose points are paragraphs led by phrases of their
 * own — what is counted and listed, whether named before the count or after it.
 */
function runInSection(d: Doc, q: string): DocReply | null {
  if (!(d.facts.shortTitles ?? shortTitles(d)).some((t) => t.length >= 4 && q.includes(t))) return null;
  const items = outlineOf(d);
  // (The heading the question names first, a cheap test; whether it has items under it only then.)
  const named = items.some((it) => it.title.length <= MAX_HEADING + 8 && headingKey(it.title).length >= 4 && q.includes(headingKey(it.title)) && !items.some((x) => x.parent === it.index) && runInTitles(it.text).length >= 2);
  return named ? sectionList(d, q) : null;
}

/** Parts asked for as such (`分成哪几块`, `有哪几个部分`). */
const PARTS_ASK = /分成|分为|哪几(?:块|个部分|部分|个方面|大块)|几(?:块|个部分|大部分|个方面)/u;
/** `除了总体要求，…`, `总体要求以外…`: a part the question sets aside, by its title. */
const SET_ASIDE = /除(?:了|去)?([^，,。？?、]{2,12}?)(?:以外|之外|外)?[，,]|([^，,。？?、]{2,12}?)(?:以外|之外)[，,]?/u;

/** The document's top-level parts but the one the question sets aside by its title, or null. */
function partsExcept(d: Doc, q: string): DocReply | null {
  const m = SET_ASIDE.exec(q);
  if (!m) return null;
  const named = (m[1] ?? m[2]!).replace(/^(?:那个|这个|前面的?|开头的?)/u, '');
  const items = outlineOf(d);
  const top = items.filter((i) => i.parent < 0 && i.depth === 0);
  const aside = top.find((i) => headingKey(i.title).length >= 2 && named.includes(headingKey(i.title)));
  if (!aside || top.length < 3) return null;
  const rest = top.filter((i) => i !== aside);
  const list = rest.map((i) => `${i.label}${clip(i.title, 24)}`).join('；');
  return reply(d, clip(`${nameOf(d)}除“${headingKey(aside.title)}”外，还有${toChineseNumber(rest.length)}个部分：${list}。`, 480), [cite(d, rest.map((i) => `${i.label}${i.title}`).join('\n'), sectionOf(rest[0]!))]);
}

/** A paragraph led by a short phrase of its own, closed by a full stop or colon (`坚持问题导向。从…出发，…`). */
const RUN_IN = /^([\p{Script=Han}“”、]{2,14})[。：:](?=\S)/u;

/**
 * The unnumbered points of an item set one to a paragraph, each led by its own short phrase — the
 * genre's `（二）基本原则。` followed by `坚持问题导向。…` `坚持市场驱动。…`: the phrases, when every paragraph
 * under the heading has one (two at least). A heading whose paragraphs are prose has none.
 */
function runInTitles(text: string): string[] {
  const paras = text.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
  const titles = paras.map((l) => RUN_IN.exec(l)?.[1]);
  return paras.length >= 2 && titles.every((t) => t !== undefined) ? (titles as string[]) : [];
}

/**
 * How many items a part the question names holds: its items when they stand under it, else the count
 * its heading states (`四、军民深度融合方面（共6项）`, a part whose rows the published table left out).
 */
function sectionCount(d: Doc, q: string, anywhere = false): DocReply | null {
  if (!(d.facts.shortTitles ?? shortTitles(d)).some((t) => t.length >= 4 && q.includes(t))) return null;
  const items = outlineOf(d);
  // The part is named before the count (`军民深度融合方面一共几项`); named after it (`多少项重点任务`) it is
  // the kind of item counted, which the document's own numbering counts.
  const at = q.search(COUNT_AT);
  const named = items
    .filter((it) => it.title.length <= MAX_HEADING + 8 && headingKey(it.title).length >= 4)
    .filter((it) => {
      const k = q.indexOf(headingKey(it.title));
      return k >= 0 && (anywhere || at < 0 || k < at);
    })
    .map((it) => ({ it, children: items.filter((x) => x.parent === it.index) }));
  const under = named.find((n) => n.children.length >= 2);
  if (!under) {
    const runIn = runInSection(d, q);
    if (runIn) return runIn;
  }
  if (under) {
    const { it, children } = under;
    const list = children.map((c) => `${c.label}${clip(c.title, 30)}`).join('；');
    const section = sectionOf(it);
    // Parts that hold numbered items of their own (`（一）…` holding `1.`–`5.`): the items are counted too, as the
    // question may count either (`主要任务一共列了多少条`: 21, under 5 parts).
    const grand = items.filter((x) => children.some((c) => c.index === x.parent));
    // (Their numbers, when they run on from part to part: `（1至21）`; numbered afresh in each part, none.)
    const runs = grand.length > children.length && grand.every((x, k) => x.no === grand[0]!.no + k);
    const range = runs ? `（${grand[0]!.label.replace(/[.、．]$/u, '')}至${grand.at(-1)!.label.replace(/[.、．]$/u, '')}）` : '';
    const counted = grand.length > children.length ? `分${children.length}个部分，共${grand.length}项${range}` : `共${children.length}项`;
    return { ...reply(d, clip(`${nameOf(d)}“${headingKey(it.title)}”${counted}：${list}。`, 480), [cite(d, it.text, section)], it.index), listed: true };
  }
  // (A heading that carries its count is one headingKey shortens.)
  const stated = named.find((n) => headingKey(n.it.title) !== n.it.title.replace(/[。：:]$/u, ''));
  if (!stated) return null;
  const section = sectionOf(stated.it);
  return reply(d, `${nameOf(d)}：${stated.it.label}${stated.it.title.replace(/[。：:]$/u, '')}。`, [cite(d, stated.it.text, section)], stated.it.index);
}

// ---- the entry point ------------------------------------------------------------------------

/**
 * The candidates a heading of which (`第二批支持创新相关改革举措推广清单`, `任务分工表`) holds a word the
 * question says before the ordinal (`清单里第11项`): where the question counts. Only words the documents
 * use and that say something in general Chinese count (not `里`, `那个`).
 */
function headedBy(index: KnowledgeIndex, candidates: KnowledgeDocument[], before: string): KnowledgeDocument[] {
  const words = saidWords(index, before);
  if (!words.length) return [];
  return candidates.filter((d) => {
    const headings = index.once(`headings:${d.id}`, () => d.text.split('\n').filter(headingTest(d)).join('\n'));
    return words.some((w) => headings.includes(w));
  });
}

/** The words of a stretch of the question that the documents use and that say something in general Chinese (`主要任务`, not `请问`, `那个`). */
function saidWords(index: KnowledgeIndex, text: string): string[] {
  return index.cut(text).filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && index.lexical.df(w) > 0 && (dictionaryWeight(w) ?? 1) >= 0.3);
}

function clarify(candidates: KnowledgeDocument[], what: string): DocReply {
  const names = candidates.slice(0, 5).map((d, i) => `${i + 1}. ${nameOf(d)}`).join('\n');
  return {
    answer: {
      body: `已收录的文件中有${candidates.length}份都有${what}，请问您指的是哪一份？\n${names}`,
      sources: [],
      grounded: false,
      citations: [],
      mode: 'facts',
    },
    candidates: candidates.slice(0, 5).map((d) => d.id),
  };
}

const PICK_ORDINAL = /^(?:是|选|要)?第?([一二三四五12345])(?:个|份|篇)?(?:吧|的|文件|那个)?[。.!！]?$/u;

/**
 * A short reply to "which one?" (`第二个`, `天河那个`): the candidate it picks, or undefined when the
 * reply is a new question rather than a choice.
 */
export function pickCandidate(index: KnowledgeIndex, reply: string, candidates: readonly string[]): string | undefined {
  const r = reply.replace(/\s+/g, '');
  if (r.length > 16) return undefined;
  const ord = PICK_ORDINAL.exec(r);
  if (ord) return candidates[(parseNumber(ord[1]!) ?? 0) - 1];
  const named = namedDocuments(index, r).filter((n) => candidates.includes(n.doc.id));
  const [first, second] = named;
  return first && (!second || first.score > second.score) ? first.doc.id : undefined;
}

/**
 * An exact answer from the documents' own facts, or null to fall through to retrieval.
 * `focus` is the document the conversation is about, used when the question names none.
 */
export function answerFromDocs(
  index: KnowledgeIndex,
  question: string,
  focus?: { docId?: string; definite?: boolean; item?: number; listed?: boolean; whole?: string },
): DocReply | null {
  // English words stand in Chinese for finding the document (`Tianhe` → 天河区); the asking stays English.
  const shadow = bridgeEnglish(question, (zh) => index.tokenizer.query(zh).every((t) => index.lexical.df(t) > 0), 2, index.titleNames)
    .flatMap((b) => b.zh)
    .join(' ');
  const joined = question.replace(/\s+/g, (m, at: number) => (/[a-z]/i.test(question[at - 1] ?? '') && /[a-z]/i.test(question[at + m.length] ?? '') ? ' ' : ''));
  // `Task 20 of … Which departments lead it?`, `What's the sixth measure …?`: the place said as the documents
  // number it, beside the English — when the place is what is asked, or whose owner. (`Under Article 36, how
  // much…` asks within the article: the text's sentences answer that.)
  const english = OWNER_ASK.test(joined) || ordinalAsk(question.replace(/\b(?:in|of) the [^?]*$/iu, '?')) ? englishOrdinal(question) : null;
  const q = english ? `${joined} ${chineseOrdinal(english)}` : joined;
  const pointed = pointedDocument(index, shadow ? `${q} ${shadow}` : q, focus?.docId, focus?.definite);
  const doc = withFacts(pointed) ? pointed : null;
  const all = index.once('docs-with-facts', () => index.documents.filter(withFacts));
  // (With no document named, the few loaded texts are read for it — one definition, or none is given.)
  // (`这个实施方案被定性成什么`: the focus took the pointer at the document off the question — the document is what is asked of.)
  const asked = definedTerm(q);
  const whole = (!asked.said || ONLY_POINTER.test(asked.said)) && focus?.whole ? definedTerm(focus.whole) : null;
  const term = whole && whole.kind !== undefined && SELF_POINTER.test(whole.said) ? whole : asked;
  const definers = !term.said ? [] : pointed ? [pointed] : index.documents.length <= DEFINITION_SCAN_DOCS ? index.documents : [];
  const definitions = definers.map((d) => definitionReply(d, term.said, term.meaning, term.kind)).filter((r): r is DocReply => r !== null);
  if (definitions.length === 1) return definitions[0]!;

  // `最后一个问题`, `倒数第二条`: counted from the end of the document pointed to.
  // (`第五个问题…最后一条是什么` counts from the end of that question's items, not of the document.)
  // (`倒数第二条` holds a `第二条` of its own: that is no ordinal from the start.)
  const fromEnd = FROM_END.exec(q);
  // (Blanked, not cut out: the places of the other words, which the ordinal's checks read, stay as they were.)
  const forward = fromEnd ? q.replace(fromEnd[0], '\u3000'.repeat(fromEnd[0].length)) : q;
  const back = doc && !OWNER_ASK.test(q) && !ORDINAL.test(forward) ? fromEnd : null;
  if (back && doc) {
    const noun = nounOf(back[2]!, q);
    // (The list counted as `第N条` is: `最后一条` of a notice numbered 一、–七、 is its 七、.)
    const level = countedLevel(doc, noun);
    const k = back[1] ? parseNumber(back[1]) : 1;
    const count = level ? itemsOf(doc, level).length : 0;
    const r = k && k > 0 && k <= count ? ordinalReply(doc, noun, count - k + 1, q) : null;
    if (r) return r;
  }
  // `主要任务的倒数第二项` with no document named: the one loaded text (of few) with a part of that title,
  // counted from that part's end — not the plan's facts, whose tasks are under another title.
  if (fromEnd && !doc && !pointed && !OWNER_ASK.test(q) && !ORDINAL.test(forward) && all.length <= DEFINITION_SCAN_DOCS) {
    const k = fromEnd[1] ? parseNumber(fromEnd[1]) : 1;
    const head = q.slice(0, fromEnd.index);
    const parts = k ? all.map((d) => ({ d, items: sectionChildren(d, head) })).filter((x) => x.items.length >= k) : [];
    if (parts.length === 1) {
      const { d, items } = parts[0]!;
      const it = items[items.length - k!]!;
      return itemReply(d, it, it.kind === 'pcn' || it.kind === 'pnum' ? 'paren' : 'item', it.no);
    }
    // `倒数第二项是啥`, `请问倒数第二条…` with no document named and nothing said it counts within: every loaded text long
    // enough has one — ask which, as for `第十九项`, never the plan's by default.
    if (!saidWords(index, head).length) {
      const noun = nounOf(fromEnd[2]!, q);
      const long = k ? all.filter((d) => { const level = countedLevel(d, noun); return level !== null && itemsOf(d, level).length >= k; }) : [];
      // (A plan's tasks are its 条 as much as its 项: `倒数第二条` of the plan is its next-to-last task.)
      const plans = k && (noun === 'item' || noun === 'article') ? index.facts.filter((f) => f.tasks.length >= k).map((f) => index.document(f.docId)).filter((d): d is KnowledgeDocument => d !== undefined) : [];
      const candidates = [...long, ...plans.filter((p) => !long.includes(p as Doc))];
      if (candidates.length > 1 && candidates.length <= MAX_CANDIDATES) return clarify(candidates, fromEnd[0]);
      // (Of more, not this layer's to guess, as for `第十六项`.)
      if (candidates.length > MAX_CANDIDATES) return null;
    }
  }
  const ordAny = ORDINAL.exec(forward);
  // (`第二个有效期里…`: a bare 个 before a noun that names no item counts that thing, not the document's items.)
  const ord = ordAny && !countsOtherThing(index, q, ordAny) ? ordAny : null;
  // `第二个是哪个部门指导的` right after a part's items were listed: the second of them, its units when asked.
  // (`第五种呢？具体是怎么做的`: what it says is asked, of that one.)
  // `那它前面一项讲的啥`, `下一条呢` after an item was answered: its neighbour in the same list.
  // `第四步是什么` after a step of a procedure (`(三) 复审核验` of `三、认定流程`): the fourth step of the same
  // procedure — of the item in focus when it is the procedure, else of its siblings. Steps count a procedure's own
  // parts, never the document's items (nor a plan's tasks).
  // (Not in a plan read by its own facts: its outline's items are aspects, where `它后头那项` means the next task.)
  const inOutline = !ord && !!doc && focus?.item !== undefined && doc.id === focus.docId && !index.facts.some((f) => f.docId === doc.id);
  const step = inOutline ? neighbourStep(q, NEIGHBOUR_ITEM) : 0;
  const stepOrd = inOutline ? STEP_ORDINAL.exec(q) : null;
  const stepN = stepOrd ? parseNumber(stepOrd[1]!) : null;
  if ((step || stepN) && doc) {
    const items = outlineOf(doc);
    const cur = items.find((i) => i.index === focus!.item);
    const peers = cur ? peersOf(items, cur) : [];
    const children = cur && stepN ? items.filter((i) => i.parent === cur.index) : [];
    const steps = children.length ? children : peers;
    const it = (step && cur ? peers[peers.indexOf(cur) + step] : undefined) ?? (stepN ? (steps.find((i) => i.no === stepN) ?? steps[stepN - 1]) : undefined);
    if (it) return (OWNER_ASK.test(q) ? focusOwnerReply(doc, it.index) : null) ?? itemReply(doc, it, 'item', it.no);
  }
  const inList = focus?.listed ? (ord ?? LISTED_ORDINAL.exec(q)) : null;
  const listed = inList && doc && focus?.item !== undefined && doc.id === focus.docId && bare(q.replace(inList[0], '').replace(CONTENT_ASK, '')) ? outlineOf(doc).filter((i) => i.parent === focus.item) : [];
  const pick = inList ? listed[(parseNumber(inList[2]!) ?? 0) - 1] : undefined;
  if (pick && doc) return (OWNER_ASK.test(q) ? focusOwnerReply(doc, pick.index) : null) ?? itemReply(doc, pick, 'item', pick.no);
  // `违反本法第九条的，罚款多少`: an article cited as a condition; what is asked is elsewhere in the text.
  const cited = ord ? CITED_BEFORE.test(q.slice(0, ord.index)) : false;
  if (ord && !cited && !OWNER_ASK.test(q)) {
    const n = parseNumber(ord[2]!);
    const noun = ordinalNoun(ord, q);
    if (n && n > 0) {
      if (doc) {
        // `其中第五条…` after a list of an item's parts (`强化事中事后监管…有哪些措施`): the fifth of them.
        const within = focus?.item !== undefined && doc.id === focus.docId && WITHIN.test(q) ? outlineOf(doc).filter((i) => i.parent === focus.item) : [];
        const child = within.find((i) => i.no === n) ?? within[n - 1];
        if (child) return itemReply(doc, child, 'item', n);
        const inPart = pathItem(doc, q) ?? inNamedSection(doc, q, ord.index, n);
        if (inPart) return itemReply(doc, inPart, inPart.kind === 'pcn' || inPart.kind === 'pnum' ? 'paren' : 'item', inPart.no);
        // (A document found by a word of its title the question uses otherwise — `拿出实施办法` of a 扶持办法 — is
        // not the one meant when its item N speaks of none of the rest.)
        const meant = focus?.definite || explicitDocument(index, q)?.docs.length === 1 || clearlyNamed(index, q, doc) || speaksOfAsked(index, doc, ordinalItem(doc, noun, n, q), q.replace(ord[0], ''));
        if (!meant) return null;
        return (noun === 'part' ? inlineListItem(doc, q, n) : null) ?? ordinalReply(doc, noun, n, q);
      }
      // A code filed in parts (民法典's books): the part that has article N.
      const parts = (explicitDocument(index, q)?.docs ?? []).filter(withFacts);
      const holder = parts.length > 1 ? parts.find((d) => { const l = levelFor(d, noun); return l && itemsOf(d, l).some((i) => i.no === n); }) : undefined;
      if (holder) return ordinalReply(holder, noun, n);
      // Which documents have an item N of that kind, from their numbering's counts (no outline is built
      // for the documents that cannot have it: a corpus of laws would otherwise be read whole).
      const fits = all.filter((d) => {
        const level = levelFor(d, noun);
        return level && (level.continuous ? level.count >= n : true);
      });
      const asked = ord[0];
      // `解读里主要改革内容的第四点`: the one document with a part of that title, and its fourth point — also when
      // only one text has an item N at all (`无废城市方案保障措施里第二条`: the part named is where it counts).
      // (Each text's item under the part looked up once: the one found is the reply.)
      const sectioned: { d: Doc; it: OutlineItem & { kind: string } }[] = [];
      for (const d of all) {
        const it = inNamedSection(d, q, ord.index, n);
        if (it) sectioned.push({ d, it });
      }
      if (sectioned.length === 1) {
        const { d, it } = sectioned[0]!;
        return itemReply(d, it, it.kind === 'pcn' || it.kind === 'pnum' ? 'paren' : 'item', it.no);
      }
      // `民间借贷规定第三条`: of the titles the question names about equally (the 规定 and a 批复 on it), the one
      // with an item N.
      const nearExact = nearlyNamed(index, q, NAMING_MIN / 2).filter((d) => fits.includes(d) && itemsOf(d, levelFor(d, noun)!).some((i) => i.no === n));
      // (Named that weakly, its item N must speak of the rest of the question.)
      if (nearExact.length === 1 && speaksOfAsked(index, nearExact[0]!, ordinalItem(nearExact[0]!, noun, n, q), q.replace(asked, ''))) return ordinalReply(nearExact[0]!, noun, n, q);
      // (Of many, `民间借贷规定第三条：借款合同没约定履行地的，怎么确定` says enough besides for the search to find it.)
      if (fits.length > MAX_CANDIDATES && topicsBeyond(index, q.replace(asked, '')).length >= UNSPOKEN_TOPICS) return null;
      if (fits.length > 1 && noun !== 'item') return clarify(fits, asked);
      // `第十六项` that several documents could mean, none named: not this layer's to guess.
      if (fits.length > MAX_CANDIDATES) return null;
      const exact = fits.filter((d) => itemsOf(d, levelFor(d, noun)!).some((i) => i.no === n));
      // A plan read by its own facts (knowledge/facts/plan.ts) has a task N too: it is one of the candidates, not the default.
      const plans = noun === 'item' ? index.facts.filter((f) => f.tasks.some((t) => t.no === n)).map((f) => index.document(f.docId)!) : [];
      const candidates = [...exact, ...plans.filter((p) => p && !exact.includes(p as Doc))];
      // `清单里第11项`: the one candidate with a heading that names what the question counts in.
      const headed = candidates.length > 1 ? headedBy(index, candidates, q.slice(0, ord.index)) : [];
      if (headed.length === 1 && exact.includes(headed[0] as Doc)) return ordinalReply(headed[0] as Doc, noun, n);
      // `第十二项提升线上服务能力里…`: the one candidate whose item N has the title the question gives it.
      const titled = candidates.length > 1 ? exact.filter((d) => titledAs(d, noun, n, q)) : [];
      if (titled.length === 1) return ordinalReply(titled[0]!, noun, n, q);
      if (candidates.length > 1) return clarify(candidates, asked);
      if (exact.length === 1 && !plans.length) return speaksOfAsked(index, exact[0]!, ordinalItem(exact[0]!, noun, n, q), q.replace(asked, '')) ? ordinalReply(exact[0]!, noun, n) : null;
      return null;

    }
  }
  // `这方案是哪些部门联名印发的`, with two 方案 loaded (a plan's press release among them): the one of the texts
  // named about equally that names its issuers.
  if (!doc && asksIssuer(q)) {
    const near = nearlyNamed(index, q);
    const issuing = near.filter((d) => d.facts.issuers.length > 0);
    const meta = near.length > 1 && near.length <= MAX_CANDIDATES && issuing.length === 1 ? metaReply(issuing[0]!, q) : null;
    if (meta && !asksBeyondMeta(q, false, issuing[0])) return meta;
  }
  if (doc) {
    const meta = metaReply(doc, q, focus?.whole);
    // `立法目的是什么？自何时起施行？`: an ask beside the document's own facts is the text's to answer,
    // and the extract answers both (one sentence per ask); the date alone would leave half unanswered.
    // What the question counts (`几条`, `多少项`), none when it asks money (`多少万`).
    const nouns = /多少(?:万|元|钱|%)/.test(q) ? [] : [...new Set([...q.matchAll(COUNT)].map((m) => nounOf(m[1]!, q)))];
    if (meta && !asksBeyondMeta(q, false, doc)) {
      // (`文号是多少，一共几条` in one clause: the count with it, when the document's items are counted — its own
      // clause says what is counted: `文号是多少` before it is no thing counted.)
      const clause = q.split(/[，,？?。；;\s]/u).find((c) => COUNT_AT.test(c)) ?? q;
      const counted = nouns.length && countsItself(index, doc, clause) ? countReply(doc, ...nouns) : null;
      return counted ? beside(doc, counted, meta) : meta;
    }
    const place = WHICH_PLACE.exec(q);
    const placed = place ? placeReply(index, doc, q, nounOf(place[1]!, q)) : null;
    if (placed) return placed;
    const contained = containingReply(index, doc, all, q);
    if (contained) return contained;
    const chapter = chapterReply(index, doc, q) ?? chapterContentReply(doc, q);
    if (chapter) return chapter;
    // A section the question names (`重点任务分为哪几个方面`) is listed with its count, before the
    // document's own parts are counted. (`…第14项任务的责任单位有哪些`: a list of units, not of the section's parts.)
    // (`重点任务一共多少条？分成几个方面`: the items counted too, and the parts they stand in — both, as
    // sectionCount gives them, wherever the part is named.)
    const countsItems = [...q.matchAll(COUNT)].some((m) => nounOf(m[1]!, q) !== 'part') && /几个?(?:方面|部分)|分成|分为/u.test(q);
    // `除了总体要求，具体举措分成哪几块`: the parts but the one set aside, not the one named.
    const except = PARTS_ASK.test(q) && !OWNER_ASK.test(q) ? partsExcept(doc, q) : null;
    if (except) return except;
    const section = (LIST_ASK.test(q) || /分成|分为|包括|几个方面|几部分/u.test(q)) && !OWNER_ASK.test(q) ? ((countsItems ? sectionCount(doc, q, true) : null) ?? sectionList(doc, q)) : null;
    if (section) return section;
    // `军民深度融合方面一共几项`: the items of the part the question names, not the whole document's.
    const inSection = nouns.length === 1 ? sectionCount(doc, q) : null;
    if (inSection) return inSection;
    const counted = nouns.length && countsItself(index, doc, q) ? countReply(doc, ...nouns) : null;
    // `增值税法从哪天开始施行？一共多少条？`: the count and the document's own fact, both.
    if (counted && meta && !asksBeyondMeta(q, true, doc)) {
      return beside(doc, counted, meta);
    }
    // `一共几个附件？最后一个是什么表`: the attachments the notice lists at its end, beside a count of its articles.
    const attached = ATTACHMENTS_ASK.test(q) ? attachmentsOf(doc) : null;
    if (attached) {
      const said = `附件${attached.length}个：${attached.map((a, k) => `${k + 1}.${a}`).join('；')}`;
      // (`一共多少条，带了几个附件`: the articles counted are the notice's own, beside its attachments.)
      const both = counted ?? (nouns.length ? countReply(doc, ...nouns) : null);
      if (both) return { ...both, answer: { ...both.answer, body: `${both.answer.body.replace(/。$/u, '')}；${said}。`, citations: [...both.answer.citations, cite(doc, attached.join('\n'))] } };
      return reply(doc, `${nameOf(doc)}共有${said}。`, [cite(doc, attached.join('\n'))]);
    }
    if (counted) return counted;
    // (Not when it names one of them, `军民深度融合那6项分别是什么`: its items are asked, not the parts.)
    const namesPart = () =>
      outlineOf(doc).some((it) => {
        const key = headingKey(it.title).replace(/(?:方面|部分|领域|板块)$/u, '');
        return it.title.length <= MAX_HEADING + 8 && key.length >= 4 && q.includes(key);
      });
    // (…and its headings of the first rank, `大标题都有哪些`, `一级标题是什么`.)
    const parts = /(?:分别|各)(?:叫|是)什么|哪(?:几|些)(?:个|大)?(?:部分|方面|板块|块|章)|(?:几|三|四|五|六)大(?:部分|方面|板块|块)|(?:章节|篇章|整体)(?:结构|框架)|结构是怎样|框架是怎样|(?:大|一级)标题/u.exec(q);
    if (parts && !namesPart() && !asksOfThing(q) && !asksWithinDocument(index, doc, q, parts)) {
      const r = countReply(doc, 'part');
      if (r) return r;
    }
  }
  // `“山城洞天”…在哪一条措施里提的` with no document named: the one document that says the quoted thing.
  const contained = doc || OWNER_ASK.test(q) ? null : containingReply(index, null, all, q);
  if (contained) return contained;
  // `市场监管方面一共几项` with no document named: the one document that has a part of that name.
  if (!doc && ([...q.matchAll(COUNT)].length === 1 || LIST_ASK.test(q))) {
    const holders = all.filter((d) => (d.facts.shortTitles ?? shortTitles(d)).some((t) => t.length >= 4 && q.includes(t)));
    // (A list asked without a count: only of a heading whose points are led by phrases of their own.)
    const r = holders.length === 1 ? ([...q.matchAll(COUNT)].length === 1 ? sectionCount(holders[0]!, q) : runInSection(holders[0]!, q)) : null;
    if (r) return r;
  }
  const target = targetReply(index, doc ? [doc] : all, q);
  if (target) return target;
  // (`各牵头单位要在多久内把配套制度搞出来`: the units are who the question speaks of; it asks a period, not who.)
  const ownersAreSubject = askedAmountKinds(q).length > 0 && !/谁|哪|\b(?:which|who|whom)\b/iu.test(q);
  if (OWNER_ASK.test(q) && !ISSUER_ASK.test(q) && !ownersAreSubject) {
    // `谁牵头？` with no subject: the item the conversation is on.
    // So is `这条谁指导？在哪推广？`: the pointer says which item, whatever else is asked of it (the reply quotes the item whole).
    // …and so is `配合的除了发改委，还有哪些单位`: units besides one just named are that item's others.
    if ((bare(q) || ITEM_POINTER.test(q) || BESIDES_NAMED.test(q)) && doc && focus?.item !== undefined && doc.id === focus.docId) {
      // (Its parts' units, when it names none, unless the question goes on to one of its parts: `它的第3条谁负责`.)
      const r = focusOwnerReply(doc, focus.item, !ORDINAL.test(q));
      if (r || bare(q)) return r;
    }
    // `第6项是哪些单位负责的`, `第三部分的第五项由哪些部门负责`: the item by its number, with its own units.
    // (`哪个部门排在第一个负责`: a place in the list of units, not item 1.)
    const ordAt = doc ? ORDINAL.exec(q) : null;
    const ord = ordAt && !RANKED.test(q.slice(0, ordAt.index)) ? ordAt : null;
    if (doc && ord) {
      const n = parseNumber(ord[2]!);
      // (`它的第3条讲什么？谁负责？` after an action was given: its third item.)
      const within = n && focus?.item !== undefined && doc.id === focus.docId && WITHIN.test(q) ? outlineOf(doc).filter((i) => i.parent === focus.item) : [];
      const it = (within.find((i) => i.no === n) ?? within[(n ?? 0) - 1]) ?? pathItem(doc, q) ?? (n ? ordinalItem(doc, ordinalNoun(ord, q), n, q) : undefined);
      const r = it ? focusOwnerReply(doc, it.index) : null;
      if (r) return r;
      // (`第二条谁牵头` of a notice whose points 一、–三、 come before its measures 一、–十九、: of the series' items N, the
      // one that names its units — the notice's own points name none.)
      const owned = !it && n ? numberedInSeries(doc, n).map((x) => focusOwnerReply(doc, x.index, false)).filter((x) => x !== null) : [];
      if (owned.length === 1) return owned[0]!;
    }
    const owners = doc ? (doc.facts.owners.length ? [doc] : []) : index.once('docs-with-owners', () => all.filter((d) => d.facts.owners.length));
    // `第十四项谁牵头` with no document named: of the loaded texts, the ones whose item N names its units — a
    // plan whose tasks name none (its press release) has a task 14 too, but not who leads it.
    const anyOrd = !doc ? ORDINAL.exec(q) : null;
    const n = anyOrd && !RANKED.test(q.slice(0, anyOrd.index)) ? parseNumber(anyOrd[2]!) : null;
    if (anyOrd && n) {
      const noun = ordinalNoun(anyOrd, q);
      const owning = owners.flatMap((d) => {
        const it = ordinalItem(d, noun, n, q);
        const r = it ? focusOwnerReply(d, it.index) : null;
        return r && it ? [{ d, r, it }] : [];
      });
      if (owning.length === 1) return owning[0]!.r;
      // (`第十项失业保险待遇谁负责`: of several texts' items N, the one item that speaks of what the question names.)
      // (Every word of the owner ask is off, and the units' parentheses: `由哪个部门负责` speaks of no item's 负责.)
      const topics = topicsBeyond(index, q.replace(anyOrd[0], '').replace(OWNER_ASKS, ''));
      const speaking = owning.filter((x) => topics.some((c) => index.mentions(x.it.whole.replace(UNITS_NOTED, ''), c)));
      if (speaking.length === 1 && owning.length <= MAX_CANDIDATES) return speaking[0]!.r;
      if (owning.length > 1 && owning.length <= MAX_CANDIDATES) return clarify(owning.map((x) => x.d), anyOrd[0]);
    }
    if (owners.length) return ownersReply(index, owners, q) ?? ownerReply(index, owners, q);
  }
  return null;
}

