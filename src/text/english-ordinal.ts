// A place in a list asked in English (`the seventh area`, `Task 20`, `item 20`, `Article 12`), said the
// way the documents number it (`第七个方面`, `第20项`, `第十二条`): the facts layers read Chinese ordinals.
import { toChineseNumber } from './numerals.ts';

export type OrdinalNoun = 'area' | 'item' | 'article' | 'question' | 'part';

export interface EnglishOrdinal {
  n: number;
  noun: OrdinalNoun;
  /** The words that said it. */
  text: string;
}

const WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** What each English noun counts in a policy document. */
const NOUNS: Record<string, OrdinalNoun> = {
  area: 'area', aspect: 'area', field: 'area', pillar: 'area',
  task: 'item', measure: 'item', item: 'item', point: 'item', action: 'item',
  article: 'article', provision: 'article', clause: 'article',
  question: 'question',
  part: 'part', section: 'part', chapter: 'part',
};
const NOUN = Object.keys(NOUNS).join('|');

const BEFORE = new RegExp(`\\b(?:the\\s+)?(${WORDS.join('|')}|\\d{1,3}(?:st|nd|rd|th))\\s+(${NOUN})s?\\b`, 'iu');
// (`item (15)`: the number as the document prints its label, in parentheses; `Which task is number 18`: said
// after the noun it numbers.)
const AFTER = new RegExp(`\\b(${NOUN})\\s+(?:(?:is|was)\\s+)?(?:(?:number|no\\.?)\\s*|#\\s*)?\\(?(\\d{1,3})\\b`, 'iu');

export function englishOrdinal(question: string): EnglishOrdinal | null {
  const b = BEFORE.exec(question);
  if (b) {
    const w = b[1]!.toLowerCase();
    const n = WORDS.indexOf(w) + 1 || Number.parseInt(w, 10);
    return n > 0 ? { n, noun: NOUNS[b[2]!.toLowerCase()]!, text: b[0] } : null;
  }
  const a = AFTER.exec(question);
  if (!a) return null;
  const n = Number.parseInt(a[2]!, 10);
  return n > 0 ? { n, noun: NOUNS[a[1]!.toLowerCase()]!, text: a[0] } : null;
}

/** The ordinal as the documents write one (`第七个方面`, `第20项`, `第十二条`). */
export function chineseOrdinal(o: EnglishOrdinal): string {
  const cn = toChineseNumber(o.n);
  switch (o.noun) {
    case 'area':
      return `第${cn}个方面`;
    case 'article':
      return `第${cn}条`;
    case 'question':
      return `第${cn}个问题`;
    case 'part':
      return `第${cn}部分`;
    default:
      return `第${o.n}项`;
  }
}

/** Words of an English ask that only frame it (`What does … cover?`, `…among the plan's 21 key tasks`), around its ordinal. */
const FRAME = /\b(?:among|key|tasks|items|areas|measures|listed|total|what|what's|whats|which|does|do|did|is|are|was|the|a|an|of|in|on|it|its|this|that|plan|plan's|cover|covers|say|says|about|deal|deals|with|contain|contains|include|includes|called|named|name|mean|means|focus|focuses|tell|me|please|and)\b/giu;

/**
 * The Chinese question an English ask is when it asks only what an item at a place is (`What does the
 * seventh area cover?` → `第七个方面是什么？`): its last sentence holds the ordinal and nothing but framing
 * words. Null for anything more (a unit, an amount, a document's name): those go on in English.
 */
export function ordinalAsk(question: string): string | null {
  const sentences = question.split(/(?<=[.?!])\s+/u).filter((s) => s.trim());
  const ask = sentences.at(-1) ?? '';
  const o = englishOrdinal(ask);
  if (!o) return null;
  // (A possessive's `'s` goes with its word: `the plan's` frames as `the plan` does.)
  const rest = ask.replace(o.text, ' ').replace(/['’]s\b/gu, '').replace(FRAME, ' ').replace(/[^A-Za-z]+/gu, ' ').trim();
  return rest ? null : `${chineseOrdinal(o)}是什么？`;
}
