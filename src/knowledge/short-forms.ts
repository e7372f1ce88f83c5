// Short forms of the names a document repeats. Chinese shortens a name of several words to one
// character of each of some of them: 公共租赁住房 → 公租房, 住房和城乡建设局 → 住建局, 人力资源和社会保障局 →
// 人社局, 市场监督管理局 → 市监局. Askers say the short form; the document writes the name out. This reads
// the three-character short forms a document's own names allow, so a question's 公租房 can be read as
// the 公共租赁住房 the document says — from the document alone, no list of names in code.

/** A word with its part of speech, as the tokenizer tags it. */
export interface TaggedWord {
  word: string;
  tag: string;
}

/** Names of this many words at most, and of this many characters, are shortened. */
const MAX_WORDS = 5;
const MIN_CHARS = 4;
const MAX_CHARS = 10;
/** A name said this often in the text (or once in its title) is one the document uses. */
const MIN_USES = 2;
/** A short form two names share is kept for the commoner only when it is this many times commoner. */
const DOMINANCE = 3;

const HAN_RUN = /\p{Script=Han}+/gu;
const HAN_WORD = /^\p{Script=Han}+$/u;
const HAN_CHAR = /^\p{Script=Han}$/u;
const SURROGATE = /^[\uD800-\uDFFF]$/;
/** A name ends in a noun (`住房`, `局`, `委员会`) or a short form (`社保`)… */
const NAME_END = /^(?:n\w*|j)$/u;
/** …and opens with a word that can start one (`公共`, `住房`, `人力资源`): not a verb, adverb, preposition, pronoun. */
const NAME_START = /^(?:n\w*|j|b|vn|an|s)$/u;
const NOT_IN_NAME = /^(?:u\w*|p|r\w*|m\w*|q|d|x|y|e|o|f)$/u;

/**
 * The three-character short forms of the names a document uses, each to the name written out.
 * A short form is the first character of the name's first word, the first character of one word
 * inside it, and the first or last character of its last word (`公共|租赁|住房` gives 公租房) — or the
 * first and last of a last word of three (`住房|和|城乡|建设局` → 住建局, `医疗|保障局` → 医保局). A short form the text itself contains is not one (it is a word of its own).
 */
export function shortFormsOf(text: string, title: string, tag: (run: string) => TaggedWord[]): Map<string, string> {
  return formsIn(text.match(HAN_RUN) ?? [], title.match(HAN_RUN) ?? [], text, title, tag);
}

/**
 * shortFormsOf(text, title, tag).get(form), reading only the Han runs of the text and title that hold
 * form's characters in order within MAX_CHARS (holdsInOrder): every use of a name that gives `form` is in
 * one of them, so its counts, the words of its first use and its rivals for `form` are those of the whole
 * document — tagging a few runs instead of all of a law's text.
 */
export function shortFormOf(text: string, title: string, form: string, tag: (run: string) => TaggedWord[]): string | undefined {
  if (!mayShorten(text, title, form)) return undefined;
  const holding = (source: string) => (source.match(HAN_RUN) ?? []).filter((run) => holdsInOrder(run, form));
  return formsIn(holding(text), holding(title), text, title, tag).get(form);
}

/** The short forms of the names in these Han runs of a document's text and title (shortFormsOf). */
function formsIn(textRuns: readonly string[], titleRuns: readonly string[], text: string, title: string, tag: (run: string) => TaggedWord[]): Map<string, string> {
  const uses = new Map<string, number>();
  const inTitle = new Set<string>();
  const read = (runs: readonly string[], into: (name: string, words: TaggedWord[]) => void) => {
    for (const run of runs) {
      if (run.length < MIN_CHARS) continue;
      const words = tag(run);
      for (let i = 0; i < words.length; i++) {
        if (words[i]!.word.length < 2 || !NAME_START.test(words[i]!.tag)) continue;
        let name = words[i]!.word;
        for (let j = i + 1; j < words.length && j - i < MAX_WORDS; j++) {
          // (A particle, pronoun, numeral or adverb ends the name: `住房租赁补贴的家庭` is none.)
          if (NOT_IN_NAME.test(words[j]!.tag)) break;
          name += words[j]!.word;
          if (name.length > MAX_CHARS) break;
          if (name.length >= MIN_CHARS && NAME_END.test(words[j]!.tag)) into(name, words.slice(i, j + 1));
        }
      }
    }
  };
  const parts = new Map<string, TaggedWord[]>();
  read(textRuns, (name, words) => {
    uses.set(name, (uses.get(name) ?? 0) + 1);
    if (!parts.has(name)) parts.set(name, words);
  });
  read(titleRuns, (name, words) => {
    inTitle.add(name);
    if (!parts.has(name)) parts.set(name, words);
  });
  const byForm = new Map<string, Map<string, number>>();
  for (const [name, words] of parts) {
    const count = (uses.get(name) ?? 0) + (inTitle.has(name) ? MIN_USES : 0);
    if (count < MIN_USES || !words.every((w) => HAN_WORD.test(w.word))) continue;
    for (const form of formsOf(words.map((w) => w.word))) {
      if (text.includes(form) || title.includes(form)) continue;
      const names = byForm.get(form) ?? new Map<string, number>();
      names.set(name, Math.max(names.get(name) ?? 0, count));
      byForm.set(form, names);
    }
  }
  const out = new Map<string, string>();
  for (const [form, names] of byForm) {
    // (`公共租赁住房房源` gives 公租房 too: a name that runs on from another is that name said of something.)
    const ranked = [...names].filter(([n]) => ![...names.keys()].some((m) => m !== n && n.startsWith(m))).sort((a, b) => b[1] - a[1]);
    const [best, next] = ranked;
    if (best && (!next || best[1] >= next[1] * DOMINANCE)) out.set(form, best[0]);
  }
  return out;
}

/**
 * Whether `form` can be among shortFormsOf(text, title) at all, without tagging a word: every short form
 * is the first character of a name of at most MAX_CHARS characters of one Han run, then one of its later
 * characters, then one after that (formsOf), and none the text or title says itself. False is certain
 * (shortFormsOf has no such form); true only means reading the document's names may find one. Reading
 * them takes tagging (all of a law of 20k characters: ~5 ms), so a question that says three characters
 * no name of the document can shorten to is told so by a scan instead.
 */
export function mayShorten(text: string, title: string, form: string): boolean {
  if (form.length !== 3) return false;
  // The scan first: it rules out most forms, and then the text need not be searched a second time for
  // the form itself (both are scans of a whole law).
  return (holdsInOrder(text, form) || holdsInOrder(title, form)) && !text.includes(form) && !title.includes(form);
}

/** form[0] followed, within MAX_CHARS characters of one Han run, by form[1] and then form[2]. */
function holdsInOrder(source: string, form: string): boolean {
  const a = form[0]!;
  const b = form.charCodeAt(1);
  const c = form.charCodeAt(2);
  for (let s = source.indexOf(a); s >= 0; s = source.indexOf(a, s + 1)) {
    const end = Math.min(source.length, s + MAX_CHARS);
    let seenB = false;
    for (let k = s + 1; k < end; k++) {
      // By code unit: `source[k]` made a one-character string for every Han character scanned (a
      // question's forms are tried against whole laws), each then tested by a regular expression.
      const ch = source.charCodeAt(k);
      // (Half of a surrogate pair may be Han read whole: the run goes on.)
      if (!hanOrSurrogate(ch)) break;
      if (seenB && ch === c) return true;
      if (ch === b) seenB = true;
    }
  }
  return false;
}

/** Per UTF-16 code unit: 0 not read yet, 1 Han (HAN_CHAR) or a surrogate half (SURROGATE), 2 neither. */
const HAN_UNIT = new Uint8Array(0x10000);

/** HAN_CHAR.test(ch) || SURROGATE.test(ch) for the one-unit string ch, each unit read once by the same tests. */
function hanOrSurrogate(unit: number): boolean {
  let known = HAN_UNIT[unit]!;
  if (known === 0) {
    const ch = String.fromCharCode(unit);
    known = HAN_UNIT[unit] = HAN_CHAR.test(ch) || SURROGATE.test(ch) ? 1 : 2;
  }
  return known === 1;
}

/** The short forms one name allows (see shortFormsOf). */
function formsOf(words: string[]): Set<string> {
  const forms = new Set<string>();
  const first = words[0]![0]!;
  const last = words[words.length - 1]!;
  // (`医疗|保障局`, `住房|和|城乡|建设局`: a last word of three characters gives two of its own.)
  if (last.length >= 3) forms.add(first + last[0] + last[last.length - 1]);
  for (let i = 1; i < words.length - 1; i++) {
    // (`和` inside 住房和城乡建设局 is no word a short form takes a character of.)
    if (words[i]!.length < 2) continue;
    forms.add(first + words[i]![0] + last[0]);
    forms.add(first + words[i]![0] + last[last.length - 1]);
  }
  return forms;
}

/**
 * A long word read as the shorter words it is made of, left to right, the longest first at each place
 * (`公共租赁住房` of the pieces 公共, 租赁, 住房, 公共租赁住房 → 公共|租赁|住房); a character no piece starts is a word of its own.
 */
export function wordsOf(word: string, pieces: readonly string[]): string[] {
  const inner = pieces.filter((p) => p.length < word.length);
  const out: string[] = [];
  for (let at = 0; at < word.length; ) {
    const next = inner.filter((p) => word.startsWith(p, at)).sort((a, b) => b.length - a.length)[0] ?? word[at]!;
    out.push(next);
    at += next.length;
  }
  return out;
}

/**
 * The four-character name a two-character short form stands for in this document, or undefined: the first
 * character of each of its two words (飞行|检查 → 飞检, 年度|报告 → 年报, 社会|保险 → 社保). The name is one
 * the document uses (MIN_USES, its title counting as much) and the commonest such name by DOMINANCE; each
 * use has its two words as the tokenizer reads them there, so a window across words (`本年|报告期` read as
 * 年报告期) is no use of a name. None where the document says the two characters itself.
 */
export function pairFormOf(text: string, title: string, form: string, tag: (run: string) => TaggedWord[]): string | undefined {
  if (form.length !== 2 || !HAN_WORD.test(form) || text.includes(form) || title.includes(form)) return undefined;
  const uses = new Map<string, number>();
  const scan = (source: string, weight: number) => {
    for (let s = source.indexOf(form[0]!); s >= 0; s = source.indexOf(form[0]!, s + 1)) {
      if (source[s + 2] !== form[1]) continue;
      const name = source.slice(s, s + 4);
      if (!PAIR_NAME.test(name) || !readAsPair(source, s, tag)) continue;
      uses.set(name, (uses.get(name) ?? 0) + weight);
    }
  };
  scan(text, 1);
  scan(title, MIN_USES);
  const [best, next] = [...uses].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_USES && (!next || best[1] >= next[1] * DOMINANCE) ? best[0] : undefined;
}

const PAIR_NAME = /^\p{Script=Han}{4}$/u;
/** Characters read around a use, so the tokenizer sees the words next to it. */
const PAIR_CONTEXT = 6;

/** Whether the four characters at `at` read as two two-character words (or one word of four) in their place. */
function readAsPair(source: string, at: number, tag: (run: string) => TaggedWord[]): boolean {
  const from = Math.max(0, at - PAIR_CONTEXT);
  let k = from;
  let apart = 0;
  for (const w of tag(source.slice(from, at + 4 + PAIR_CONTEXT))) {
    if (k === at && w.word.length === 4) return true;
    if ((k === at || k === at + 2) && w.word.length === 2) apart++;
    k += w.word.length;
  }
  return apart === 2;
}
