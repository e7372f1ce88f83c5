// How much a word says in general Chinese, from the frequencies in jieba's dictionary (≈350k words
// counted over a large general corpus). Rarity in the loaded documents alone mistakes everyday words
// the documents happen not to use (公司, 打算, 我们, 麻烦) for the most specific part of a question;
// a word's general frequency tells the asking apart from the asked about.
import { createRequire } from 'node:module';

/** Self-information (natural log of total/frequency) at or below which a word says nearly nothing. */
const PLAIN = 7;
/** Self-information from which a word counts fully (≈ frequency 220 in 60 million). */
const SPECIFIC = 12.5;
/** The least a word is worth: even a common word may be what is asked about. */
const FLOOR = 0.1;
/** What a bare number in a question is worth. */
const DIGITS = 0.2;
/**
 * Counts at or below this are placeholders, not observations: the dictionary lists many phrases
 * (太多, 一管, 理财产品) with a count of 3. Such a word is judged by its characters instead.
 */
const UNCOUNTED = 5;

/**
 * The dictionary as hashes (32-bit FNV-1a of each word's UTF-8): the weights of common words, NaN for
 * uncounted ones, and the sorted hashes of the rare words it counts. Read straight from the dictionary's
 * bytes: no string per word, about 3 MB in all instead of a 30 MB word set.
 */
interface Table {
  weights: Map<number, number>;
  rare: Uint32Array;
}

let table: Table | null = null;

function fnv(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const encoder = new TextEncoder();

function load(): Table {
  // Read when first needed (a question), not when the module is imported: a start does without it.
  const bytes = (createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Buffer }).dict as Uint8Array;
  const rows: { hash: number; f: number }[] = [];
  let total = 0;
  for (let at = 0; at < bytes.length; ) {
    let nl = bytes.indexOf(0x0a, at);
    if (nl < 0) nl = bytes.length;
    const sp = bytes.indexOf(0x20, at);
    if (sp > at && sp < nl) {
      let f = 0;
      for (let i = sp + 1; i < nl && bytes[i]! >= 0x30 && bytes[i]! <= 0x39; i++) f = f * 10 + (bytes[i]! - 0x30);
      if (f > 0) {
        total += f;
        rows.push({ hash: fnv(bytes, at, sp), f });
      }
    }
    at = nl + 1;
  }
  const weights = new Map<number, number>();
  const rare: number[] = [];
  for (const { hash, f } of rows) {
    const info = Math.log(total / f);
    if (f <= UNCOUNTED) weights.set(hash, Number.NaN);
    else if (info < SPECIFIC) weights.set(hash, Math.max(FLOOR, Math.min(1, (info - PLAIN) / (SPECIFIC - PLAIN))));
    else rare.push(hash);
  }
  return { weights, rare: Uint32Array.from(rare).sort() };
}

function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === h) return true;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * 0.1–1: how specific the word is in general Chinese, when the dictionary really counts it; undefined
 * for a word it does not count (absent, or listed with a placeholder count).
 */
export function dictionaryWeight(word: string): number | undefined {
  // The asker's own figures (`投了600万`, `82岁`) locate a case; they are not what the documents must state.
  if (/^\d+(?:\.\d+)?$/.test(word)) return DIGITS;
  table ??= load();
  const utf8 = encoder.encode(word);
  const h = fnv(utf8, 0, utf8.length);
  const v = table.weights.get(h);
  if (v === undefined) return has(table.rare, h) ? 1 : undefined;
  return Number.isNaN(v) ? undefined : v;
}

/** A string the dictionary does not count, by its characters: the mean of their weights. */
export function charsWeight(text: string): number {
  const chars = [...text];
  return chars.reduce((n, ch) => n + (dictionaryWeight(ch) ?? 1), 0) / (chars.length || 1);
}

/** The weight of a question's word: the dictionary's, else (a Han string it does not count) its characters'. */
export function generalWeight(word: string): number {
  return dictionaryWeight(word) ?? (/^\p{Script=Han}{2,}$/u.test(word) ? charsWeight(word) : 1);
}
