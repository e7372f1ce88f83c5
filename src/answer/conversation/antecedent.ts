// `这属于21项任务里的哪一项？` after an answer about the 三大储库: the subject of the follow-up is a pointer
// to what was just said. The facts layer cannot read a pointer, but it can read the sentence it
// points to: the previous answer's first sentence stands in for it.
import type { KnowledgeIndex } from '../../retrieval/knowledge-index.ts';
import { itemLabel } from '../facts/documents.ts';

/** A follow-up whose subject is a pointer, asking where that thing belongs or what it is. */
const POINTER = /^(?:那|那么)?(?:这个|这项|这条|这一项|这|它|该项|此项)(?=[^，。？?]{0,8}?(?:属于|归|算在|算是|算哪|放在|列在|是哪|是第几))/u;

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

/** A pointer to the article just given (`这条`, `该条`, `这一条`). */
const THIS_ARTICLE = /这一?条|该条|此条|上述条款/u;

/**
 * `违反这条的话…` after `…第九条讲的是什么`: the question asked of the document the item in focus is in,
 * the pointer replaced by the article's own label (`本法第九条`) when the item is an article; null when
 * the question points to no item in focus.
 */
export function pointedArticle(index: KnowledgeIndex, question: string, docId: string | undefined, item: number | undefined): { question: string; docId: string } | null {
  if (docId === undefined || item === undefined || !THIS_ARTICLE.test(question)) return null;
  const label = itemLabel(index, docId, item);
  if (!label) return null;
  return { question: /^第.+条$/u.test(label) ? question.replace(THIS_ARTICLE, `本法${label}`) : question, docId };
}
