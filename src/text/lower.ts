// Lower case without a copy where lower-casing changes nothing. The laws' passages are Chinese with
// the odd Latin capital (102 of 41,960 chunks have one): `toLowerCase()` of a two-byte string makes a
// new string whatever it holds, and ranking lowers every passage it meets and every sentence it
// weighs — garbage, and on the first question about a law a copy of each of its passages.

/**
 * Every UTF-16 code unit that is, or begins, a character lower-casing changes — with neighbours to
 * spare (a superset; tests/text/lower.test.ts checks every code point against toLowerCase()). Σ is
 * the one character whose lower case depends on its context (σ or ς), and it is in the set: a string
 * with none of these is its own lower case. Astral cased letters (Deseret, Osage, Adlam…) by their
 * high surrogates.
 */
const MAY_LOWER = /[A-Z\u00C0-\u058F\u10A0-\u10FF\u13A0-\u13FF\u1C80-\u1CBF\u1E00-\u1FFF\u2100-\u21FF\u24B6-\u24E9\u2C00-\u2D2F\uA640-\uA7FF\uFF21-\uFF3A\uD801\uD803\uD806\uD81B\uD83A]/;

/** `s.toLowerCase()`, and `s` itself (no copy) when that is the same text. */
export function lowerOrSame(s: string): string {
  if (!MAY_LOWER.test(s)) return s;
  const lower = s.toLowerCase();
  return lower === s ? s : lower;
}
