// A figure asked that the best passage does not state. The passage retrieval put first may speak of the topic
// and state no figure of the kind asked (`收费标准是多少钱` finds the article on who qualifies, `开了个小店…能贷多少`
// the condition on 个体工商户): a passage of its document just behind it that states one, about what is asked,
// leads instead — the checks of what a figure is about are the extract's own, made again for that lead.
import type { Hit, KnowledgeIndex, ParsedQuery } from '../retrieval/knowledge-index.ts';
import { coverageOf } from './gate.ts';
import { extract, type Extract } from './extractive.ts';
import { toldInSituation } from './situation.ts';

/** Passages behind the best one looked at for the figure (the answer's citations are the first three). */
const BEHIND = [1, 2];
/** The share of the best passage's score a passage needs to stand beside another lead (extract's own floor). */
const FLOOR = 0.5;

/**
 * The extract for the question; when it states no figure of the kind asked, the first extract led by a passage
 * behind the best one that does — else the first. `minBestCoverage`: what the gate asks of one passage.
 */
export function extractStatingFigure(index: KnowledgeIndex, query: ParsedQuery, hits: Hit[], minBestCoverage: number): Extract | null {
  const first = extract(index, query, hits);
  if (!first?.missingAmount) return first;
  // What the figure is asked of: the weightiest word the texts use, not told of the asker's own case
  // (`我开了个小店…` is where they stand). The passage that leads instead must speak of it: `“政采贷”的贷款利率`
  // is not answered by the rate of the loans to 个人创业者 beside it.
  const told = toldInSituation(query);
  const subject = query.concepts.filter((c) => !told.has(c.text) && index.known(c)).sort((a, b) => index.conceptIdf(b) - index.conceptIdf(a))[0];
  const best = hits[0]!;
  for (const k of BEHIND) {
    const h = hits[k];
    // Of the same document (another text's figure — a court case's service number — is not this rule's), and
    // holding by itself what the gate asks of the best passage: an age bound of a conditions list is no answer
    // to `要交多少手续费`.
    if (!h || h.chunk.docId !== best.chunk.docId || coverageOf(index, query, [h]).share < minBestCoverage) continue;
    if (subject && index.credit(h.chunk, subject) === 0) continue;
    // With the others behind it — alone, a passage loses the checks that weigh its sentences against theirs —
    // but only those the best one's floor let in: a lower lead lowers the floor.
    const alt = extract(index, query, [h, ...hits.filter((x) => x !== h && x.score >= best.score * FLOOR)]);
    if (alt && !alt.missingAmount) return alt;
  }
  return first;
}
