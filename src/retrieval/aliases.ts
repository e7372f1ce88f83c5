// Query-side synonyms. People say 规上 where the text says 规模以上, 工信局 for 工业和信息化局, or ask
// in English; an alias table in knowledge/ (data an admin can extend, not code) bridges the words.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { normalizeQuery } from '../text/normalize.ts';

/**
 * The question-side vocabulary of knowledge/aliases.json. `groups`: words that stand for one another
 * (规上 ↔ 规模以上, talent ↔ 人才). `everyday`: an everyday word first, then the words documents use for it
 * (老婆 → 配偶, 妻子) — one way only: a question that says 配偶 asks about 配偶, not about 老婆, and the
 * documents' words are often terms of their own (`求职创业补贴` is no 上班).
 */
export interface Aliases {
  groups: string[][];
  everyday: string[][];
}

export const NO_ALIASES: Aliases = { groups: [], everyday: [] };

const Group = z.array(z.string().min(1)).min(2);
const AliasFile = z.union([z.array(Group), z.object({ groups: z.array(Group), everyday: z.array(Group).optional() })]);

/**
 * Parses an alias file: `[["规上","规模以上"], …]` or `{groups: […], everyday: [["老婆","配偶","妻子"], …]}`.
 * Throws with a readable reason.
 */
export function parseAliases(json: string): Aliases {
  const parsed = AliasFile.parse(JSON.parse(json));
  const words = (groups: string[][]) => groups.map((g) => g.map((w) => normalizeQuery(w).toLowerCase()));
  return Array.isArray(parsed) ? { groups: words(parsed), everyday: [] } : { groups: words(parsed.groups), everyday: words(parsed.everyday ?? []) };
}

/**
 * The vocabulary's words the tokenizer's dictionary gets: the groups' (a name like 规上 must stay one word).
 * Not the everyday words: they are found in questions as they stand, and as dictionary words they would
 * cut the documents themselves differently (`拖欠工资` one word where the text's 工资 was its own).
 */
export function aliasWords(aliases: Aliases): string[] {
  return aliases.groups.flat();
}

/**
 * The alias table shipped with the project. A knowledge folder without its own table (a corpus
 * mounted elsewhere) still gets the everyday vocabulary: 规上, 工信局, English question words.
 */
export const DEFAULT_ALIAS_FILE = path.resolve(import.meta.dirname, '../../knowledge/aliases.json');

export async function loadAliases(file: string, fallback: string | null = DEFAULT_ALIAS_FILE): Promise<Aliases> {
  try {
    return parseAliases(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return fallback && path.resolve(fallback) !== path.resolve(file) ? loadAliases(fallback, null) : NO_ALIASES;
    }
    throw new Error(`alias table ${file}: ${(err as Error).message}`);
  }
}

const ASCII_WORD = /^[a-z0-9&.+\- ]+$/;

/** An alias word's whole-word pattern, made once per word rather than once per question and word. */
const wholeWords = new Map<string, RegExp>();

function wholeWord(word: string): RegExp {
  let re = wholeWords.get(word);
  if (!re) {
    const esc = word.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
    re = new RegExp(`(^|[^a-z])${esc}(s|es)?($|[^a-z])`);
    wholeWords.set(word, re);
  }
  return re;
}

/**
 * Whether the question says the word. With `cut`, a Han word is held to it (saidWhole) — when `onlyWeighed`, only a
 * word the cut weighed as one (the tokenizer's dictionary has it); the dictionary is asked only of a word the
 * question holds.
 */
function occurs(question: string, word: string, cut?: WordSpans, onlyWeighed = false): boolean {
  // Every match holds the word itself: a question without it (most, for most words) needs no pattern.
  if (!question.includes(word)) return false;
  if (!ASCII_WORD.test(word)) return !cut || (onlyWeighed && !cut.weighed(word)) || saidWhole(question, word, cut);
  // English words match whole words, with a plural `s` allowed (`talents`, `programs`).
  return wholeWord(word).test(question);
}

/** The question's words as the tagger cut it: for each character, where its word starts and ends. */
export interface WordSpans {
  start: Int32Array;
  end: Int32Array;
  /** Whether the cut weighed the word as one (the tokenizer's dictionary has it). */
  weighed: (word: string) => boolean;
}

/** The spans of a cut of `question` (its words in order), or undefined when the words do not spell it. */
export function wordSpans(question: string, words: readonly string[], weighed: (word: string) => boolean): WordSpans | undefined {
  const start = new Int32Array(question.length);
  const end = new Int32Array(question.length);
  let at = 0;
  for (const w of words) {
    if (question.startsWith(w.toLowerCase(), at) === false) return undefined;
    start.fill(at, at, at + w.length);
    end.fill(at + w.length, at, at + w.length);
    at += w.length;
  }
  return at === question.length ? { start, end, weighed } : undefined;
}

/**
 * Whether the word stands in the question as said, somewhere: not made of one word's tail and the next one's
 * head (`到期` of 到/期末 in `到期末发展到什么程度`, `期满` nowhere meant). A word inside one of the question's
 * words (社保 of 社保卡) or spanning whole ones (公积金/贷款) is said. Asked of the words the tokenizer's dictionary
 * has — every group word (aliasWords) and the everyday words it knows anyway — so a cut across one is the reading
 * its frequencies prefer.
 */
function saidWhole(question: string, word: string, cut: WordSpans): boolean {
  for (let s = question.indexOf(word); s >= 0; s = question.indexOf(word, s + 1)) {
    const e = s + word.length;
    const headOfNext = cut.start[e - 1]! > s && cut.end[e - 1]! > e;
    const tailOfPrevious = cut.start[s]! < s && cut.end[s]! < e;
    if (!headOfNext && !tailOfPrevious) return true;
  }
  return false;
}

/**
 * The alias groups a question touches, with the member that was found; and the everyday words it says,
 * each with the documents' words for it (the group then: the word and those words).
 */
export function matchAliases(question: string, aliases: Aliases, cut?: WordSpans): { found: string; group: string[]; everyday?: boolean }[] {
  const q = question.toLowerCase();
  const out: { found: string; group: string[]; everyday?: boolean }[] = [];
  for (const group of aliases.groups) {
    // The longest member found (the first of that length), without a filtered and sorted copy per group.
    let found: string | undefined;
    for (const w of group) if ((!found || w.length > found.length) && occurs(q, w, cut)) found = w;
    if (found) out.push({ found, group });
  }
  // (An everyday word is held to the cut only where the tokenizer's own dictionary has it — `到期` — as it has every
  // group word (aliasWords): elsewhere the cut never weighed it and guesses around it, `公/租房`, `创业/贷能`.)
  const said = aliases.everyday.filter((entry) => occurs(q, entry[0]!, cut, true));
  for (const entry of said) {
    // An everyday word inside a word the groups already found (`老人` in `老人家`) is that word's business, and
    // so is one inside a longer everyday word said (`低保` in `低保户`).
    const w = entry[0]!;
    if (!out.some((m) => m.found.includes(w)) && !said.some((e) => e[0]!.length > w.length && e[0]!.includes(w))) out.push({ found: w, group: entry, everyday: true });
  }
  return out;
}
