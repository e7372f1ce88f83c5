// Words the documents or the asker say, matched inside patterns built around them: their characters taken
// literally, whatever of them a pattern would read as syntax.

/** `s` with every character a regular expression gives a meaning to escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
