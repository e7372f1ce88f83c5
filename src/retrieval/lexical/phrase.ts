// Words the question writes together should be found together: a light proximity signal on top
// of BM25 and coverage, which treat a passage as a bag of words.
import type { Concept, ParsedQuery } from '../types.ts';

/** Share added to a passage's score when it has every pair of the question's adjacent words adjacent too. */
export const PHRASE_BONUS = 0.3;
/** Characters allowed between two words for them to count as one phrase (`企业所得税的税率`). */
const PHRASE_GAP = 2;

/**
 * Pairs of concepts written next to each other in the question (at most PHRASE_GAP characters
 * apart, in this order): "企业所得税的税率" asks about the rate of that tax, which a passage saying
 * "企业所得税的税率为" states more directly than one that names the tax and a rate apart.
 */
export function phrasePairs(query: ParsedQuery): [Concept, Concept][] {
  const placed = query.concepts
    .map((c) => ({ c, at: query.normalized.indexOf(c.text) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  const out: [Concept, Concept][] = [];
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1]!;
    const gap = placed[i]!.at - (prev.at + prev.c.text.length);
    if (gap >= 0 && gap <= PHRASE_GAP) out.push([prev.c, placed[i]!.c]);
  }
  return out;
}

/** Whether the text has a phrase of `a` followed, at most PHRASE_GAP characters later, by one of `b`. */
export function adjacent(text: string, a: Concept, b: Concept): boolean {
  for (const pa of a.phrases) {
    for (let at = text.indexOf(pa); at >= 0; at = text.indexOf(pa, at + 1)) {
      if (startsNear(text, at + pa.length, b)) return true;
    }
  }
  return false;
}

/**
 * Whether a phrase of `b` starts at most PHRASE_GAP characters after `from`: read in place with
 * startsWith, where a slice of the text after each occurrence of `a` made a string per occurrence.
 */
function startsNear(text: string, from: number, b: Concept): boolean {
  for (const pb of b.phrases) {
    for (let k = 0; k <= PHRASE_GAP; k++) if (text.startsWith(pb, from + k)) return true;
  }
  return false;
}
