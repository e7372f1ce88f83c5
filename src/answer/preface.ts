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
/** Interrogatives: a clause with one asks something itself — in words (a clause's own `？` is not one of them:
 * `…帮我补上？`), or by its question mark. */
const ASKS_IN_WORDS = /什么|啥|哪|几|多少|谁|吗|呢|怎么|怎样|如何|是否|咋|能否|可否/u;
const ASKS = new RegExp(`${ASKS_IN_WORDS.source}|[？?]`, 'u');
/** What the rest needs to stand alone: words the documents use, at least this many. */
const MIN_KNOWN = 2;

/**
 * The asker's own stake, asked after the question (`…是啥，跟我们企业有关系不？`, `…对我们公司有没有用？`):
 * whether it concerns them is what the answer lets them judge, not a fact any document states.
 */
const STAKE = /[，,]\s*(?:这|那|它)?(?:跟|和|与|对)(?:我|我们|咱|咱们|俺|俺们|我家|我们家)(?:企业|公司|厂|单位|这样的企业|这种企业)?(?:有|有没有|有没)?(?:关系|关|影响|用|帮助)(?:吗|不|没|没有|么|嘛)?[？?]?\s*$/u;

/**
 * A clause about the asker's own paperwork (`做会议简报要写全名：`, `…，我写汇报要用`, `我们财务要写进申报材料里`, `我要给他寄份
 * 材料`): what the answer is for, not what it is about — a paper of theirs and something done with it.
 */
const OWN_PAPER = /简报|汇报|纪要|台账|大事记|稿|材料|报告|通报|笔记|课件|ppt|总结|展板|推文|表格/iu;
/**
 * …said as a purpose, something the asker is about to do with the answer: an intent before the act (`要写`, `准备整理`,
 * `给领导写`, `帮领导整理`), what it is for at the clause's end (`要用`, `汇报用`, `写简报的问`) — not what was done
 * (`我写的申报材料里填了虚假数据`, `我整理的台账不全`): that is the case asked about.
 */
const PURPOSE = /(?:要|得|准备|正在|想|打算|帮[^，,：:]{0,4}?|给[^，,：:]{0,6}?|替[^，,：:]{0,4}?)(?:写|做|填|整理|补|引|寄|建|记|抄|核)|^(?:写|做|填|整理)|要用$|用$|的问$/u;
/** A case the asker supposes or a fault found (`要是…`, `虚假`, `不全`, `被…`): the matter asked about, never an aside. */
const THE_CASE = /要是|如果|假如|若是|万一|倘若|虚假|虚报|错|漏|不全|问题|被|违规|违法|造假|伪造|(?:写|做|填|整理|补|寄|建|记|抄|核)(?:了|过|的)/u;
/** A bare request that the answer be given (`帮忙补上`, `麻烦查一下`, `告诉我下`): the asking, said again. */
const REQUEST_ONLY = /^(?:帮忙|帮我|麻烦|请)?(?:补上|补一下|查一下|查下|告诉我一?下?|说一下)$/u;
/** A request that the answer be given, anywhere in the question (`姓名告诉我下`, `帮我补上`): it asks without a question word. */
const REQUESTED = /告诉我|帮我|帮忙|麻烦|请告知|查一下|查下|补上/u;

/** The question without the clauses that only say what the answer is for or ask for it again. */
function withoutAsides(index: KnowledgeIndex, question: string): string {
  const clauses = question.split(/(?<=[，,：:；;。！!？?])/u);
  if (clauses.length < 2) return question;
  const aside = (c: string) => {
    const bare = c.replace(/[，,：:；;。！!？?\s]+$/u, '').trim();
    return !ASKS_IN_WORDS.test(bare) && ((OWN_PAPER.test(bare) && PURPOSE.test(bare) && !THE_CASE.test(bare)) || REQUEST_ONLY.test(bare));
  };
  const kept = clauses.filter((c) => !aside(c));
  if (kept.length === clauses.length || !kept.length) return question;
  const joined = kept.join('').trim();
  // (A bare request dropped, `…我漏记了，麻烦查一下`, was what asked: the rest is asked without a question word.)
  const requested = REQUESTED.test(question);
  if (!ASKS.test(joined) && !requested) return question;
  // (What is left ends as a question: `…的全名我没记下，` of `…，帮我补上`.)
  const rest = joined.replace(/[，,：:；;]+$/u, '？');
  return index.parse(rest).concepts.filter((c) => index.known(c)).length >= MIN_KNOWN ? rest : question;
}

export function withoutPreface(index: KnowledgeIndex, question: string): string {
  question = withoutAsides(index, question);
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
