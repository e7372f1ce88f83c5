// The asker's situation. A question in WeChat often tells its story before it asks
// (`我是做催化剂的小厂，有一种关键助剂一直靠国外供货，…里面对攻克这种核心技术难题有没有什么机制？`): the
// clauses that state rather than ask say who is asking, not what the answer must be about. Words there
// that no document uses (小厂, 供货, 房东, 印象) are the asker's life, not a subject the documents lack.
import type { ParsedQuery } from '../retrieval/knowledge-index.ts';

/**
 * What makes a clause ask: question words, A-not-A (能不能, 算不算, `有具体目标没`, `还能申请贷款不`), a final particle
 * or mark.
 */
const ASKING = /[？?]|吗|呢|么|什么|啥|哪|怎|咋|多少|几|如何|是否|能否|可否|有无|谁|为何|何时|多久|多长|多大|多高|(\p{Script=Han})[不没]\1|^有.*没有?$|了没有?$|(?:能|可以|行|会|要|用|算|是|有).*(?<![并也从决绝])不$/u;

/**
 * A condition is part of what is asked (`博士后进站的话，…能领多少`): the answer must meet it, so it is
 * never the asker's mere situation.
 */
const CONDITION = /^(?:如果|假如|假设|要是|若|倘若|万一)|的话$|时$/u;

/**
 * A topic set before the question (`船舶和海工装备制造这块，方案里咋安排的？`, `关于稳岗返还，…`) is what is asked
 * about, never the asker's situation.
 */
const TOPIC = /^(?:关于|对于|至于)|(?:这|那)一?块$|(?:这|那)?方面$|领域$|(?:这|那)部分$/u;

/** `好几块`, `十几年`, `这几项`, `几十家`: 几 as a rough or pointed number, not a question. */
const NOT_ASKING_JI = /好几|十几|这几|那几|几[十百千万]/gu;

/** `7%、8%啥的`: 什么的 closing a list is "and so on", not a question. */
const LIST_ETC = /(、[^、]+)什么的$/u;

/** Clause ends: the question's sentences and their parts. */
const CLAUSE = /[^，,。！!？?；;：:\n]+[？?]?/gu;

/**
 * The clauses of a question that tell the asker's situation: those that do not ask, when some other
 * clause does. A question with no asking clause at all (`烦请告知…完整标题。`) is all ask.
 */
export function situationClauses(question: string): string[] {
  const clauses = question.match(CLAUSE)?.map((c) => c.trim()).filter(Boolean) ?? [];
  const asks = clauses.map((c) => ASKING.test(c.replace(NOT_ASKING_JI, '').replace(LIST_ETC, '$1')) || CONDITION.test(c) || TOPIC.test(c));
  if (!asks.some(Boolean)) return [];
  return clauses.filter((_, i) => !asks[i]);
}

/**
 * The question without the clauses that only tell the asker's situation (each left as a gap, `|`) — of those,
 * only the ones `drop` lets go when given.
 */
export function withoutSituation(q: string, drop: (clause: string) => boolean = () => true): string {
  const told = situationClauses(q).filter(drop);
  return told.length ? told.reduce((r, c) => r.replace(c, '|'), q) : q;
}

/** Whether a word of the question occurs only in its situation clauses (not in any clause that asks). */
export function onlyInSituation(question: string, situation: readonly string[], word: string): boolean {
  if (!situation.length || !situation.some((c) => c.includes(word))) return false;
  const asking = (question.match(CLAUSE) ?? []).filter((c) => !situation.includes(c.trim()));
  return !asking.some((c) => c.includes(word));
}

/**
 * The concepts a question tells only in its situation clauses (their texts), worked out once per parsed
 * question: the gate weighs the same question against several sets of hits (each passage, the top three,
 * the focus and elsewhere), and the extract asks it again of a figure's topic.
 */
const toldOnly = new WeakMap<ParsedQuery, Set<string>>();

export function toldInSituation(query: ParsedQuery): Set<string> {
  let told = toldOnly.get(query);
  if (!told) {
    const situation = situationClauses(query.normalized);
    told = new Set(situation.length ? query.concepts.filter((c) => onlyInSituation(query.normalized, situation, c.text)).map((c) => c.text) : []);
    toldOnly.set(query, told);
  }
  return told;
}
