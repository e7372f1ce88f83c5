// `这属于21项任务里的哪一项？` after an answer about the 三大储库: the subject of the follow-up is a pointer
// to what was just said. The facts layer cannot read a pointer, but it can read the sentence it
// points to: the previous answer's first sentence stands in for it.
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { explicitDocument, itemLabel, itemText } from '../facts/documents.ts';
import { dictionaryWeight } from '../../retrieval/lexical/general.ts';

/** A follow-up whose subject is a pointer, asking where that thing belongs or what it is. */
const POINTER = /^(?:那|那么)?(?:这个|这项|这条|这一项|这|它|该项|此项)(?=[^，。？?]{0,8}?(?:属于|归|算在|算是|算哪|算第几|放在|列在|是哪|是第几|哪一?(?:块|项|个方面|方面|部分)|第几(?:大?块|个?方面|部分)))/u;

/** The previous turn as the session keeps it. */
export interface Turn {
  q: string;
  a: string;
  /** Whether that answer came from the documents (a refusal says nothing to point to). */
  grounded?: boolean;
}

/** The question with its pointer replaced by the previous answer's first sentence, or null. */
export function withAntecedent(question: string, last: Turn | undefined): string | null {
  if (!last?.grounded) return null;
  const m = POINTER.exec(question.trim());
  if (!m) return null;
  const said = /^[^。！？\n]{4,200}/u.exec(last.a.trim())?.[0];
  return said ? `${said}，${question.trim().slice(m[0].length)}` : null;
}

/** A pointer to the article just given (`这条`, `该条`, `这一条`, `这一款`). */
const THIS_ARTICLE = /这一?条|该条|此条|上述条款|这一?款|该款|此款/u;
/** A paragraph asked on its own (`第二款呢？`, `那第三款说的是什么`): of the article in focus. */
const BARE_PARAGRAPH = /^(?:那么?|还有)?(第[一二三四五六七八九十\d]{1,2}款)(.*)$/u;
/** `违反了怎么罚`, `违反的话会怎样`: a violation with no object named is of the article in focus. */
const BARE_VIOLATION = /违反(?:了|的话)?(?=[，,]?(?:怎么|如何|会|要|该|罚|处罚|有什么|有啥|承担|的话))/u;

/** Below this weight in general Chinese a word says nothing of a deed (`已经`, `生产`). */
const COMMON_WORD = 0.2;

/** Whether the question speaks of a deed of its own: a word the documents use, not common, that the article lacks. */
function ownDeed(index: KnowledgeIndex, question: string, article: string): boolean {
  return index.parse(question).concepts.some((c) => !PENALTY_ASK.test(c.text) && index.known(c) && !((dictionaryWeight(c.text) ?? 1) < COMMON_WORD) && !index.mentions(article, c));
}

/** A penalty asked (`罚多少`, `会被怎么处罚`, `受什么处分`, `承担什么法律责任`). */
const PENALTY_ASK = /(?:怎么|如何|会被|要被|被|会|咋)(?:罚|处罚|处理)|罚(?:多少|几|款多少|款是多少|得多|钱)|(?:什么|啥|哪些)(?:处罚|罚款|处分|法律责任|责任)|承担(?:什么|啥|哪些)?(?:法律)?责任|受(?:什么|啥)?处分/u;
/** …not something else about a fine (`罚款交到哪里`, `能分期交吗`, `不服能复议吗`). */
const PENALTY_ELSE = /交到|缴到|交给|交哪|缴哪|分期|复议|起诉|诉讼|谁收|在哪交|哪里交/u;

/** Whether another article of the document cites this one for its breach (`违反本规定第十四条…`). */
function citedForBreach(index: KnowledgeIndex, docId: string, item: number): boolean {
  const label = itemLabel(index, docId, item);
  const text = index.document(docId)?.text ?? '';
  return !!label && new RegExp(`违反[^。；;]{0,30}${label}`, 'u').test(text);
}
/** An article that forbids or requires something: a penalty article cites it for its breach (`违反本规定第十四条…`). */
const OBLIGES = /禁止|不得|应当|必须/u;

/**
 * `违反这条的话…` after `…第九条讲的是什么`: the question asked of the document the item in focus is in,
 * the pointer replaced by the article's own label (`本法第九条`) when the item is an article; null when
 * the question points to no item in focus. So are `第二款呢？` (that article's second paragraph) and
 * `那违反了怎么罚？` (the penalty for breaking it: the text's articles that cite it say).
 */
export function pointedArticle(index: KnowledgeIndex, question: string, docId: string | undefined, item: number | undefined): { question: string; docId: string } | null {
  if (docId === undefined || item === undefined) return null;
  const q = question.trim();
  const paragraph = /第.{1,5}条/u.test(q) ? null : BARE_PARAGRAPH.exec(q);
  const pointer = THIS_ARTICLE.test(q);
  const unnamed = !pointer && !/第.{1,5}条|本法/u.test(q);
  const violation = unnamed && BARE_VIOLATION.test(q);
  // (`那要是已经养了，由谁来罚，罚多少？` after an article that forbids or requires: the penalty for breaking it.)
  // (Not one that names a law of its own, `按安全生产许可证条例怎么罚`, nor a deed of its own the article does not
  // speak of, `要是志愿服务组织向服务对象收钱，会怎么处罚`: the penalty is that law's, or that deed's.)
  const text = unnamed && !violation && !/违反/u.test(q) && PENALTY_ASK.test(q) && !PENALTY_ELSE.test(q) ? (itemText(index, docId, item) ?? '') : '';
  const penalty = OBLIGES.test(text) && !explicitDocument(index, q) && !ownDeed(index, q, text) && citedForBreach(index, docId, item);
  if (!paragraph && !pointer && !violation && !penalty) return null;
  const label = itemLabel(index, docId, item);
  if (!label) return null;
  const article = /^第.+条$/u.test(label);
  if (paragraph) {
    if (!article) return null;
    const rest = paragraph[2]!.replace(/^呢?[？?]?$/u, '说的是什么？');
    return { question: `本法${label}${paragraph[1]}${rest}`, docId };
  }
  if (violation) return article ? { question: q.replace(BARE_VIOLATION, `违反本法${label}规定的`), docId } : null;
  if (penalty) return article ? { question: `违反本法${label}规定的，${q}`, docId } : null;
  return { question: article ? q.replace(THIS_ARTICLE, `本法${label}`) : q, docId };
}

/** `这条在哪部法里？`, `上面这个规定出自哪个文件`: where the answer just given comes from. */
const WHICH_SOURCE = /(?:这|那|该|上面|刚才|前面)[^，。？?]{0,8}?(?:在|出自|来自|属于|是)?哪(?:一)?(?:部|个|份)(?:法律?|法规|文件|规定|条例|办法|政策)|出处(?:是|在)?哪/u;

export function asksSource(question: string): boolean {
  return WHICH_SOURCE.test(question);
}
