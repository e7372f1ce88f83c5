// An answer quotes its documents in the forms their sources write: the index folds `（原粮）`, `82.0％`,
// `元／吨` to ASCII to read them alike, but the asker (and anyone checking the quote against the
// published text) reads the document's own characters.
import type { Answer } from '../knowledge/types.ts';
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { asWritten } from '../text/normalize.ts';

/** The answer with each citation in its document's written forms, and the body in its first citation's. */
export function quotedAsWritten<T extends Answer>(index: KnowledgeIndex, answer: T): T {
  if (!answer.citations.length) return answer;
  const byTitle = index.once('written-wide-by-title', () => new Map(index.documents.filter((d) => d.writtenWide).map((d) => [d.title, d.writtenWide!])));
  if (!byTitle.size) return answer;
  const wide = (source: string) => byTitle.get(source) ?? '';
  if (!answer.citations.some((c) => wide(c.source))) return answer;
  return {
    ...answer,
    body: asWritten(answer.body, wide(answer.citations[0]!.source)),
    citations: answer.citations.map((c) => ({ ...c, text: asWritten(c.text, wide(c.source)) })),
  };
}
