// The asker's preface (`老铁问一下，`, `发稿前核对一下：`, `俺们老板让我问问，`): a first clause that only says a
// question is coming. It names nothing the answer is about, but its words would count against the
// evidence (老板, 核对) and stand unexplained beside a fact — so the question is answered without it.
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';

/** Verbs of asking and telling: what a preface does. */
const SPEECH_ACT = /问问|问一下|问下|请问|请教|咨询|打听|核对|确认一下|告知|想知道|想了解|了解一下|麻烦|讲讲|说说|讲一讲|说一说|讲一下|说一下/u;
/**
 * The same acts opening the clause that asks (`…，想确认下这个新闻发布会是谁主办的`): the asker wanting to confirm or
 * learn, not what is asked — an act said with 想/要 before it or 一下/下 after it.
 */
const ASKING_LEAD = /(^|[，,：:；;。！!])\s*(?:我|我们)?(?:(?:想|要|来|得)(?:确认|核实|核对|问问|打听|了解|请教)(?:一下|下)?|(?:确认|核实|核对|打听|请教)(?:一下|下))(?=\p{Script=Han}{4})/u;
/** Interrogatives: a clause with one asks something itself. */
const ASKS = /什么|啥|哪|几|多少|谁|吗|呢|怎么|怎样|如何|是否|咋|能否|可否|[？?]/u;
/** What the rest needs to stand alone: words the documents use, at least this many. */
const MIN_KNOWN = 2;

/**
 * The asker's own stake, asked after the question (`…是啥，跟我们企业有关系不？`, `…对我们公司有没有用？`):
 * whether it concerns them is what the answer lets them judge, not a fact any document states.
 */
const STAKE = /[，,]\s*(?:这|那|它)?(?:跟|和|与|对)(?:我|我们|咱|咱们|俺|俺们|我家|我们家)(?:企业|公司|厂|单位|这样的企业|这种企业)?(?:有|有没有|有没)?(?:关系|关|影响|用|帮助)(?:吗|不|没|没有|么|嘛)?[？?]?\s*$/u;

export function withoutPreface(index: KnowledgeIndex, question: string): string {
  const lead = ASKING_LEAD.exec(question);
  if (lead && ASKS.test(question.slice(lead.index))) question = `${question.slice(0, lead.index)}${lead[1]}${question.slice(lead.index + lead[0].length)}`;
  const stake = STAKE.exec(question);
  if (stake && ASKS.test(question.slice(0, stake.index))) question = question.slice(0, stake.index);
  const m = /^([^，,：:；;。！!？?]{2,16})[，,：:；;。！!]\s*(.+)$/su.exec(question);
  if (!m) return question;
  const [, preface, rest] = m as unknown as [string, string, string];
  if (!SPEECH_ACT.test(preface) || ASKS.test(preface) || !ASKS.test(rest)) return question;
  // `我想咨询一下社保断缴的问题，怎么补？`: the rest (`怎么补`) is not a question without the first clause.
  const known = index.parse(rest).concepts.filter((c) => index.known(c)).length;
  return known >= MIN_KNOWN ? rest : question;
}
