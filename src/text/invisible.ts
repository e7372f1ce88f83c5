// Characters that show nothing: zero-width spaces and joiners, the soft hyphen, bidirectional
// marks, the BOM, and the fillers that render as blank (Hangul fillers, braille blank). A question
// made only of them is empty, and inside a question they only serve to dodge word checks.
const INVISIBLE = /[\p{Cf}\u115F\u1160\u3164\uFFA0\u2800\u034F\u180E]/gu;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
