// The asker's preface (`老铁问一下，`, `发稿前核对一下：`, `俺们老板让我问问，`): a first clause that only says a
// question is coming. It names nothing the answer is about, but its words would count against the
// evidence (老板, 核对) and stand unexplained beside a fact — so the question is answered without it.
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';

/** Verbs of asking and telling: what a preface does. */
const SPEECH_ACT = /问问|问一下|问下|请问|请教|咨询|打听|核对|确认一下|告知|想知道|想了解|了解一下|麻烦/u;
/** Interrogatives: a clause with one asks something itself. */
const ASKS = /什么|啥|哪|几|多少|谁|吗|呢|怎么|怎样|如何|是否|咋|能否|可否|[？?]/u;
/** What the rest needs to stand alone: words the documents use, at least this many. */
const MIN_KNOWN = 2;

export function withoutPreface(index: KnowledgeIndex, question: string): string {
  const m = /^([^，,：:；;。！!？?]{2,16})[，,：:；;。！!]\s*(.+)$/su.exec(question);
  if (!m) return question;
  const [, preface, rest] = m as unknown as [string, string, string];
  if (!SPEECH_ACT.test(preface) || ASKS.test(preface) || !ASKS.test(rest)) return question;
  // `我想咨询一下社保断缴的问题，怎么补？`: the rest (`怎么补`) is not a question without the first clause.
  const known = index.parse(rest).concepts.filter((c) => index.known(c)).length;
  return known >= MIN_KNOWN ? rest : question;
}
