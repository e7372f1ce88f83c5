// How people shorten a law's name: 反恐法 for 反恐怖主义法, 税收征管法 for 税收征收管理法, 网安法 for
// 网络安全法, 工伤条例 for 工伤保险条例. A short name keeps the name's first character and picks the
// rest from it in order, most often the first character of each word.

/**
 * Whether `short` abbreviates `stem` (a name without its genre word): the same first character, every
 * other character of `short` found in `stem` after the one before it — and not the stem itself.
 */
export function abbreviates(short: string, stem: string): boolean {
  return short.length >= 2 && short.length < stem.length && short[0] === stem[0] && inOrder(short.slice(1), stem.slice(1));
}

/** Whether every character of `chars` is in `text`, in order (`村委` in 村民委员). */
export function inOrder(chars: string, text: string): boolean {
  let at = 0;
  for (const ch of chars) {
    const found = text.indexOf(ch, at);
    if (found < 0) return false;
    at = found + 1;
  }
  return true;
}

/**
 * A law or regulation named short in a question: the characters before its genre word (`反恐法`,
 * `工伤条例`) or before a pointer and the genre (`反恐那部法律`). Not 法 of another word (`办法`, `方法`,
 * `法院`, `法律` said bare, `法定`), nor the genre `网络法规` (laws and regulations of a field).
 */
export const SHORT_NAMED = /(\p{Script=Han}{2,6}?)((?:那部|这部|那个|这个|的那部|的那个)(?:法律|法|条例)|(?<![办方])法(?![院官律人典学治定制庭]|规(?!定))|条例)/gu;

/** The genre a short name's ending says: a law (法, 法律) or a regulation (条例). */
export function shortGenre(ending: string): 'law' | 'regulation' {
  return ending.endsWith('条例') ? 'regulation' : 'law';
}
