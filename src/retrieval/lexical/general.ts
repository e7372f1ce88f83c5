// How much a word says in general Chinese, from the frequencies in jieba's dictionary (≈350k words
// counted over a large general corpus). Rarity in the loaded documents alone mistakes everyday words
// the documents happen not to use (公司, 打算, 我们, 麻烦) for the most specific part of a question;
// a word's general frequency tells the asking apart from the asked about.
import { jiebaDictionary } from './jieba-dict.ts';

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
/**
 * Weights by word hash as two sorted columns (a Map of ~300k numbers was 9 MB of heap for the life
 * of the process, and its rows on the way twice that in garbage), and the rare words' hashes.
 */
interface Table {
  hashes: Uint32Array;
  weights: Float64Array;
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
  const bytes = jiebaDictionary();
  const rowHash: number[] = [];
  const rowF: number[] = [];
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
        rowHash.push(fnv(bytes, at, sp));
        rowF.push(f);
      }
    }
    at = nl + 1;
  }
  // Each weighed row as hash·2^20 + row number (exact in a double: hashes < 2^32, rows < 2^20), sorted
  // numerically: rows of one hash end up together, in row order, and the last one is the one a
  // Map.set per row kept.
  const keyed: number[] = [];
  const value = new Float64Array(rowHash.length);
  const rare: number[] = [];
  for (let r = 0; r < rowHash.length; r++) {
    const f = rowF[r]!;
    const info = Math.log(total / f);
    if (f <= UNCOUNTED) value[r] = Number.NaN;
    else if (info < SPECIFIC) value[r] = Math.max(FLOOR, Math.min(1, (info - PLAIN) / (SPECIFIC - PLAIN)));
    else {
      rare.push(rowHash[r]!);
      continue;
    }
    keyed.push(rowHash[r]! * ROW_SPAN + r);
  }
  if (rowHash.length >= ROW_SPAN) throw new Error('general: more dictionary rows than the table can number');
  const order = Float64Array.from(keyed).sort();
  const hashes: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const k = order[i]!;
    const h = Math.floor(k / ROW_SPAN);
    // Only the last row of a run of equal hashes counts.
    if (i + 1 < order.length && Math.floor(order[i + 1]! / ROW_SPAN) === h) continue;
    hashes.push(h);
    weights.push(value[k - h * ROW_SPAN]!);
  }
  return { hashes: Uint32Array.from(hashes), weights: Float64Array.from(weights), rare: Uint32Array.from(rare).sort() };
}

/** Row numbers are kept below this in the sort keys. */
const ROW_SPAN = 2 ** 20;

/** Where `h` is in `sorted`, or -1. */
function find(sorted: Uint32Array, h: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === h) return mid;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
  const at = find(table.hashes, h);
  if (at < 0) return find(table.rare, h) >= 0 ? 1 : undefined;
  const v = table.weights[at]!;
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
