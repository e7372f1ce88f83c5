// The document a conversation is about. A follow-up rarely names its document again ("这个办法",
// "它", "谁牵头？", "回到前面那个办法…"): the session remembers the documents its answers came from,
// and a question that names none — or points back with a definite reference — is read against them.
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { ASKING, explicitDocument, NAMING_MIN, namedDocuments, namesSeries, pointedByKind, pointedDocument } from '../facts/documents.ts';
import { BARE_ASK } from './rewrite.ts';

export interface Focus {
  /** The document the question is about, when the conversation tells. */
  docId?: string;
  /** Every document the question is scoped to (a code filed in parts); docId is the first. */
  docIds?: string[];
  /** The question points back explicitly (这个办法, 该方案, 它, 回到…): the focus wins over title words. */
  definite: boolean;
  /** The question names the document by words of its title (not the conversation): only a clear cover elsewhere leaves it. */
  named?: boolean;
  /** The question names the document outright (its title, or an ending of it in the genre: `劳动合同法`). */
  explicit?: boolean;
  /** The question without its reference phrase (`回到前面那个办法，`), for retrieval. */
  question: string;
}

const GENRE = '(办法|实施方案|分工方案|方案|意见|通知|文件|规定|措施|政策|答记者问|问答|规划|条例|行动计划|计划)';
const RETURN = new RegExp(`^(?:再)?(?:回到|说回|返回|回头说|再说回|再看)?(?:前面|之前|刚才|最开始|最早|一开始|第一个|开头)(?:的|那个|那份|那篇|说的)?${GENRE}?[，,]?`, 'u');
const EARLIEST = /最开始|最早|一开始|第一个|开头/u;
const DEFINITE = new RegExp(`(?:这个|该|此|上述|这份|这篇|这一|那个|本)${GENRE}|它`, 'u');

/** Most recent last; at most this many documents are remembered per session. */
export const FOCUS_KEPT = 5;

/**
 * `天河区…实施办法里，怎样才算港澳青年企业？`: a question that opens by naming its document. The name
 * scopes the question to that document and is taken off what is asked — its words are in every passage
 * of the document and would otherwise pull its title page to the top. The name is one phrase: a clause
 * before it (`对线上演出这块，答记者问里怎么说的`) is what is asked, not part of the name.
 */
const NAMED_GENRE = '(办法|实施方案|分工方案|方案|意见|通知|规定|措施|答记者问|问答|规划|条例|细则|行动计划|计划)';
const NAMING = new RegExp(`^([^，,。？?！!；;]{2,60}?${NAMED_GENRE})(?:(?:里面|里|中的|中|当中)[，,：:]?|[，,：:])`, 'u');

const FIRST_NAMING = new RegExp(`^.{2,60}?${NAMED_GENRE}`, 'u');

/**
 * A quoted thing (not a 《》 title), a verb of belonging, or things gathered under a pointer (`奖励机制、贷款贴息这些
 * 政府支持措施`: the measures just listed, not a document's name): a clause about the document's content.
 */
const NOT_A_NAME = /[“"「]|属于|归于|列入|是在|这些|那些|这几|那几|这类|那类/u;

function namedPrefix(index: KnowledgeIndex, question: string): Focus | null {
  const m = NAMING.exec(question);
  if (!m || m[0].length >= question.length - 1) return null;
  // (`…是在哪一条措施里提的`: a clause that asks is the question, not a name — whatever genre word it ends in.
  // Nor is one that says where something belongs, `“六税两费”减免属于意见里…`: the quoted thing is asked about.)
  if (ASKING.test(m[1]!) || NOT_A_NAME.test(m[1]!)) return null;
  const doc = pointedDocument(index, m[1]!);
  if (!doc || !mostlyTitle(index, m[1]!, doc.title)) return null;
  // (`无废城市方案保障措施里第二条`: the name ends at its first genre word when what runs from there to 里 is a
  // heading of the document — the part the asker counts in, which stays in the question.)
  const first = FIRST_NAMING.exec(m[1]!)?.[0];
  const heading = first && first.length < m[1]!.length ? m[1]!.slice(first.length).replace(/^的/u, '') : '';
  const named = heading && doc.facts?.shortTitles?.includes(heading) ? first! : m[0];
  const rest = question.slice(named.length).replace(/^的/u, '');
  // (Named outright when the prefix is the document's name, not words of its title.)
  const explicit = explicitDocument(index, m[1]!)?.docs.some((d) => d.id === doc.id) === true;
  return rest.length >= 2 ? { docId: doc.id, definite: true, ...(explicit ? { explicit } : {}), question: rest } : null;
}

/**
 * Whether a clause is mostly words of the title — a name, not a topic that ends in a genre word
 * (`吴淞江生态间隔带作为试点编专项规划，牵头的是哪个区？`: 规划 closes an item's subject, and of its words only 生态
 * and 规划 are the title's).
 */
function mostlyTitle(index: KnowledgeIndex, clause: string, title: string): boolean {
  const words = index.cut(clause).filter((w) => w.length >= 2);
  return words.length > 0 && words.filter((w) => title.includes(w)).length * 2 >= words.length;
}

/**
 * `劳动合同法规定，试用期最长多久？`, `《刑法》第十七条…`: a question that names a document outright, anywhere,
 * is asked of that document without its name (the name is in every passage's title and would only pull
 * the passages that repeat it, like the first article's `为保护消费者…制定本法`).
 */
function explicitName(index: KnowledgeIndex, question: string): Focus | null {
  const named = explicitDocument(index, question);
  if (!named) return null;
  const found = question.replace(/（/gu, '(').replace(/）/gu, ')').indexOf(named.name);
  const docIds = named.docs.map((d) => d.id);
  if (found < 0) return { docId: docIds[0]!, docIds, definite: true, question };
  // A name found from inside a word the asker said (`人优待办法` of `广州老人优待办法`, the title's 老年人 said 老人)
  // is taken off from that word's start: `广州老` is no part of the question.
  const at = wordStart(index, question, found);
  const before = question.slice(0, at).replace(/(?:根据|按照|依照|依据|按|据|在)?《?$/u, '');
  const after = question.slice(found + named.name.length).replace(/^》?(?:的规定|规定|里面|里|中的|中|当中|上)?[，,：:]?/u, '');
  const rest = `${before}${after}`.replace(/^的/u, '');
  return { docId: docIds[0]!, docIds, definite: true, explicit: true, question: rest.replace(/[\p{P}\s]/gu, '').length >= 2 ? rest : question };
}

/** Where the word of the question that holds position `at` begins (jieba's tagger's words). */
function wordStart(index: KnowledgeIndex, question: string, at: number): number {
  let from = 0;
  for (const { word } of index.tag(question)) {
    const end = from + word.length;
    if (at < end) return from;
    from = end;
  }
  return at;
}

/** Jieba's tags of proper names: places (ns), persons — which small places are often read as — (nr), organisations (nt). */
const PROPER = /^n[srt]/u;

function properlyNamed(index: KnowledgeIndex, question: string) {
  const doc = pointedDocument(index, question);
  if (!doc) return null;
  const title = doc.title;
  return index.tag(question).some((w) => PROPER.test(w.tag) && w.word.length >= 2 && title.includes(w.word)) ? doc : null;
}

/**
 * A title of a series named with its number (`按婚姻法司法解释（三）这房子怎么认定`, `公司法司法解释五`), named twice as
 * clearly as the runner-up (namedDocuments counts the number for the titles that carry it, other numbers' titles
 * out). Not words alone: a genre word inside the asker's own (`工业APP解决方案` holds 方案) names the one plan loaded by
 * a hair more than the texts that answer.
 */
function clearlyNamed(index: KnowledgeIndex, question: string) {
  if (!namesSeries(question)) return null;
  const [first, second] = namedDocuments(index, question);
  return first && first.score >= NAMING_MIN && (!second || first.score >= 2 * second.score) ? first.doc : null;
}

export function resolveFocus(index: KnowledgeIndex, question: string, history: readonly string[]): Focus {
  const prefixed = namedPrefix(index, question);
  if (prefixed) return prefixed;
  const explicit = explicitName(index, question);
  if (explicit) return explicit;
  const known = history.filter((id) => index.document(id) !== undefined);
  // `鹿城开放型经济政策对出口信用保险保费补多少比例`: a document named loosely (words of its title, not the
  // title) is where the question is read first — another document answers only when it covers the
  // question clearly (the words may be a topic's as well as a name's).
  // Only a proper name of its title (a place, an issuer) names it so: topic words (工业互联网, 出口) are in
  // many a document's text, and a title that happens to hold them is no more the one meant.
  const fresh = (): Focus => {
    // (…or by its kind, when one loaded text alone is of it: `各省政府接到这个通知要做啥`.)
    const pointed = properlyNamed(index, question) ?? pointedByKind(index, question) ?? clearlyNamed(index, question);
    return pointed ? { docId: pointed.id, definite: false, named: true, question } : { definite: false, question };
  };
  const back = RETURN.exec(question);
  if (back && back[0].length > 0 && /前面|之前|刚才|最开始|最早|一开始|第一个|开头/u.test(back[0])) {
    const genre = back[1];
    const titleOf = (id: string) => index.document(id)?.title ?? '';
    const order = EARLIEST.test(back[0]) ? known : [...known].reverse().slice(1);
    const docId = order.find((id) => !genre || titleOf(id).includes(genre.replace(/^实施|^分工/u, ''))) ?? order[0];
    return { ...(docId ? { docId } : {}), definite: true, question: question.slice(back[0].length) || question };
  }
  const current = known.at(-1);
  if (!current) return fresh();
  // (`谁牵头？`, `什么时候完成？`: a bare ask names nothing but the item just given — of that document.)
  if (DEFINITE.test(question) || BARE_ASK.test(question)) return { docId: current, definite: true, question };
  // A question that names a document of its own starts a new focus — named at all, by a quarter of NAMING_MIN:
  // `公示期一般多长` after a question on a 条例's 公示 holds a word of 《企业信息公示暂行条例》's title, which names it
  // by a hair (0.09 among the laws) — that word is in a great many texts.
  const named = namedDocuments(index, question);
  if (named.length && named[0]!.score >= NAMING_MIN / 4 && !named.some((n) => n.doc.id === current)) return fresh();
  return { docId: current, definite: false, question };
}
