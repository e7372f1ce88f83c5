// Traditional ⇄ simplified conversion with opencc-js's own dictionaries and its exact algorithm
// (longest match at each position, a segmentation pass, then a chain of dictionaries), kept in
// flat tables instead of opencc-js's tries. Its tries hold a Map per trie node: the two converters
// the service uses made ~600k Maps, 60–75 MB of heap for the life of the process, and building them
// was ~0.3 s of every start (the warm-up the readiness probe waits for). Here each dictionary is
// one Map from a whole key to its value, plus, per first character, the key lengths that exist:
// a lookup tries those lengths, longest first — the same longest match as the trie walk.
// tests/text/script-convert.test.ts checks the output against opencc-js itself.
//
// The dictionaries are read from opencc-js's files when a converter is made, not imported: as
// imports they were 1.15 MB of string literals in the bundle (the s2hk phrases alone 1 MB, which only
// a traditional answer needs), decoded, scanned and measured for source maps at every start before
// the server listened (~70 ms of CPU).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * One of opencc-js's dictionaries (`opencc-js/dict/<name>`, a module `export default "key value|…";`),
 * its string read from the file. The literal is checked to be one JSON string, so anything else in a
 * later version of the file fails here rather than converting differently.
 */
function dictionary(name: string): string {
  const file = require.resolve(`opencc-js/dict/${name}`);
  const source = readFileSync(file, 'utf8');
  const m = /^export default ("[^]*");\s*$/.exec(source);
  const value: unknown = m ? JSON.parse(m[1]!) : undefined;
  if (typeof value !== 'string') throw new TypeError(`script-convert: ${file} is not \`export default "…";\``);
  return value;
}

/** A dictionary group as opencc-js loads it: `key value|key value…` strings, the first one winning. */
class Table {
  /** Keys of one code point, by that code point: most positions of a text are decided here. */
  private readonly singles = new Map<number, string>();
  /** Longer keys, whole. */
  private readonly values = new Map<string, string>();
  /** Longer keys' lengths (UTF-16 units) per first code point, longest first. */
  private readonly lengths = new Map<number, number[]>();
  /**
   * A bit per hash of a longer key's first two UTF-16 units: a position whose two units start no
   * longer key skips the slices and string lookups (over a law's text, most positions). A hash may
   * collide; the lookup after it is exact.
   */
  private readonly starts = new Uint8Array(START_BITS / 8);
  /**
   * Whether any key (of one code point or longer) starts with this UTF-16 unit (a high surrogate for
   * a key outside the BMP). A simplified text run through the traditional → simplified tables is
   * mostly characters no key starts with: they are passed over without a lookup.
   */
  private readonly startsAny = new Uint8Array(0x10000);

  /** `singlesOnly`: the keys of one code point only (a converter of single characters, see simplifiedToHongKongChar). */
  constructor(group: string[], singlesOnly = false) {
    // opencc-js adds the group's dictionaries last to first, each line in order, a later key
    // replacing an earlier one: the same order here gives the same winner for every key.
    for (let d = group.length - 1; d >= 0; d--) {
      const dict = group[d]!;
      // `key value|key value…`, read by offsets: a split per line was most of the build.
      for (let at = 0; at <= dict.length; ) {
        let bar = dict.indexOf('|', at);
        if (bar < 0) bar = dict.length;
        const space = dict.indexOf(' ', at);
        if (space < 0 || space > bar) throw new TypeError(`script-convert: bad dictionary entry ${JSON.stringify(dict.slice(at, bar))}`);
        // opencc-js takes the value up to a second space, if any.
        const end = dict.indexOf(' ', space + 1);
        if (singlesOnly && !(space - at === 1 || (space - at === 2 && codePointLength(dict, at) === 2))) {
          at = bar + 1;
          continue;
        }
        this.add(dict.slice(at, space), dict.slice(space + 1, end >= 0 && end < bar ? end : bar));
        at = bar + 1;
      }
    }
  }

  private add(key: string, value: string): void {
    // The trie never matches an empty key (it looks at a node only after a step).
    if (!key) return;
    this.startsAny[key.charCodeAt(0)] = 1;
    const first = key.codePointAt(0)!;
    if (key.length === codePointLength(key, 0)) {
      this.singles.set(first, value);
      return;
    }
    this.values.set(key, value);
    const h = startHash(key.charCodeAt(0), key.charCodeAt(1));
    this.starts[h >>> 3]! |= 1 << (h & 7);
    const lens = this.lengths.get(first);
    if (!lens) this.lengths.set(first, [key.length]);
    else if (!lens.includes(key.length)) {
      lens.push(key.length);
      lens.sort((a, b) => b - a);
    }
  }

  /**
   * The longest key starting at `i` (as opencc-js's Trie.matchPrefix): its end and value, or null.
   * `phrasesOnly`: keys of one code point left out (see converter()).
   */
  private match(s: string, i: number, phrasesOnly = false): { end: number; value: string } | null {
    if (!this.startsAny[s.charCodeAt(i)]) return null;
    const cp = s.codePointAt(i)!;
    // A longer key first (longest match), then the one-code-point key.
    const h = i + 1 < s.length ? startHash(s.charCodeAt(i), s.charCodeAt(i + 1)) : -1;
    if (h >= 0 && this.starts[h >>> 3]! & (1 << (h & 7))) {
      for (const len of this.lengths.get(cp) ?? []) {
        if (i + len > s.length) continue;
        const value = this.values.get(s.slice(i, i + len));
        if (value !== undefined) return { end: i + len, value };
      }
    }
    if (phrasesOnly) return null;
    const value = this.singles.get(cp);
    return value === undefined ? null : { end: i + (cp > 0xffff ? 2 : 1), value };
  }

  /** Trie.convert: each longest match replaced, the rest kept. */
  convert(s: string): string {
    const n = s.length;
    const out: string[] = [];
    let kept: number | null = null;
    for (let i = 0; i < n; ) {
      const m = this.match(s, i);
      if (m) {
        if (kept !== null) {
          out.push(s.slice(kept, i));
          kept = null;
        }
        out.push(m.value);
        i = m.end;
      } else {
        if (kept === null) kept = i;
        i += unmatchedLength(s, i);
      }
    }
    if (kept !== null) out.push(s.slice(kept, n));
    return out.join('');
  }

  /** Trie.segment: the text cut at every longest match (`phrasesOnly`: of keys longer than one code point). */
  segment(s: string, phrasesOnly = false): string[] {
    const n = s.length;
    const out: string[] = [];
    let kept: number | null = null;
    for (let i = 0; i < n; ) {
      const m = this.match(s, i, phrasesOnly);
      if (m) {
        if (kept !== null) {
          out.push(s.slice(kept, i));
          kept = null;
        }
        out.push(s.slice(i, m.end));
        i = m.end;
      } else {
        if (kept === null) kept = i;
        i += unmatchedLength(s, i);
      }
    }
    if (kept !== null) out.push(s.slice(kept, n));
    return out;
  }
}

/** Size of a table's bitmap of key starts (128 KB). */
const START_BITS = 1 << 20;
const startHash = (a: number, b: number): number => (Math.imul(a, 0x9e3779b1) ^ b) & (START_BITS - 1);

const codePointLength = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** Operands of an ideographic description character (⿰…⿻), which opencc-js keeps together with it. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    end = idsEnd(s, end) || end + codePointLength(s, end);
  }
  return end;
}

function unmatchedLength(s: string, i: number): number {
  // Most characters: neither an ideographic description character nor the first half of a pair.
  const u = s.charCodeAt(i);
  if (u < 0x2ff0 || (u > 0x2fff && (u < 0xd800 || u > 0xdbff))) return 1;
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}

/**
 * opencc-js's converter for a config with a segmentation pass (its hk2s, s2hk): normalise the
 * compatibility ideographs, cut the text by the segmentation dictionaries, run each cut through the
 * chain, join.
 */
function converter(segmentation: string[], chain: string[][]): (s: string) => string {
  const normalize = new Table([dictionary('CJK_Compatibility_Ideographs')]);
  const tables = chain.map((group) => new Table(group));
  // s2hk segments by its phrase dictionaries and converts with the same ones plus a character
  // dictionary after them: when the phrases hold no one-character key and the rest only such keys,
  // the chain's first table with its one-character keys left out segments exactly as the phrases
  // alone would, and the 1 MB phrase dictionary is read into one table, not two. Checked, not assumed.
  const first = chain[0] ?? [];
  const rest = first.slice(segmentation.length);
  const shared =
    segmentation.length > 0 &&
    segmentation.every((d, k) => first[k] === d) &&
    segmentation.every((d) => keysOf(d).every((key) => !isOneCodePoint(key))) &&
    rest.every((d) => keysOf(d).every(isOneCodePoint));
  const phrases = shared ? null : new Table(segmentation);
  return (s) => {
    const normalized = normalize.convert(s);
    let parts = phrases ? phrases.segment(normalized) : tables[0]!.segment(normalized, true);
    for (const t of tables) parts = parts.map((p) => t.convert(p));
    return parts.join('');
  };
}

/** A dictionary's keys (`key value|key value…`). */
function keysOf(dict: string): string[] {
  const out: string[] = [];
  for (let at = 0; at <= dict.length; ) {
    let bar = dict.indexOf('|', at);
    if (bar < 0) bar = dict.length;
    const space = dict.indexOf(' ', at);
    out.push(dict.slice(at, space >= 0 && space < bar ? space : bar));
    at = bar + 1;
  }
  return out;
}

const isOneCodePoint = (key: string): boolean => key.length > 0 && key.length === codePointLength(key, 0);

/** OpenCC.Converter({ from: 'hk', to: 'cn' }) of opencc-js 1.4 (config hk2s). */
export const hongKongToSimplified = (): ((s: string) => string) => {
  const tsPhrases = dictionary('TSPhrases');
  return converter([tsPhrases], [[dictionary('HKVariantsRevPhrases'), dictionary('HKVariantsRev')], [tsPhrases, dictionary('TSCharacters')]]);
};

/** OpenCC.Converter({ from: 'cn', to: 'hk' }) of opencc-js 1.4 (config s2hk). */
export const simplifiedToHongKong = (): ((s: string) => string) => {
  const chain = s2hkChain();
  return converter(chain[0]!.slice(0, 2), chain);
};

/** s2hk's chain: [STPhrases, STPhrases_GeneratedFromRegionalPhrases, STCharacters], [HKVariantsPhrases, HKVariants]. */
const s2hkChain = (): string[][] => [
  [dictionary('STPhrases'), dictionary('STPhrases_GeneratedFromRegionalPhrases'), dictionary('STCharacters')],
  [dictionary('HKVariantsPhrases'), dictionary('HKVariants')],
];

/**
 * simplifiedToHongKong of one character (one code point), without its phrase tables: telling which
 * way a question's characters lean (normalize.ts isTraditional, every question) needs each character
 * alone, and the phrase dictionaries (1 MB) were most of the ~0.1 s the full converter took in the
 * start's warm-up, for the rare traditional answer. A string of one code point is matched by keys of
 * one code point only, so the tables of those keys give the same result; anything that would not
 * stay one code point on the way goes to `full`. tests/text/script-convert.test.ts checks every Han character.
 */
export function simplifiedToHongKongChar(full: () => (s: string) => string): (ch: string) => string {
  const normalize = new Table([dictionary('CJK_Compatibility_Ideographs')], true);
  const tables = s2hkChain().map((group) => new Table(group, true));
  return (ch) => {
    if (!isOneCodePoint(ch)) return full()(ch);
    let s = normalize.convert(ch);
    for (const t of tables) {
      if (!isOneCodePoint(s)) return full()(ch);
      s = t.convert(s);
    }
    return s;
  };
}
