// A word mistyped by its sound (`碳达风` for 碳达峰, `企叶` for 企业, `揭傍挂帅` for 揭榜挂帅) read as the
// documents write it.
import type { KnowledgeIndex } from '../retrieval/knowledge-index.ts';
import { dictionaryWeight } from '../retrieval/lexical/general.ts';
import { soundAlikes } from '../retrieval/lexical/homophones.ts';
import { quotedOf, usesQuoted } from './asked.ts';

const HAN = /^\p{Script=Han}+$/u;
/** A slip is one character of a word this long. */
const MIN_WORD = 2;
const MAX_WORD = 4;
/** A quoted name respelled is this long at least. */
const MIN_QUOTED = 3;

/**
 * The question with each word the documents do not use, and general Chinese does not know, written as the
 * word of these documents that differs from it by one character of the same sound — or null when it has
 * none. Only where the tokenizer could make nothing of the characters (a word it does not know, tagged x,
 * or characters left one by one, `方|按` for 方案): a name it knows (`王伟`) is no slip for another
 * (`王维`). The longest such word first, each character respelled at most once.
 */
export function respelled(index: KnowledgeIndex, question: string, docIds: readonly string[]): string | null {
  if (!docIds.length) return null;
  const words = index.tag(question);
  const starts: number[] = [];
  let at = 0;
  for (const w of words) {
    starts.push(at);
    at += w.word.length;
  }
  if (at !== question.length) return null;
  const out = [...question];
  if (out.length !== question.length) return null;
  // A window may start and end where words do, or inside a run jieba could not read (tag x): `瞪|铃库` of
  // `瞪铃库` holds the slip `瞪铃` (瞪羚) though no word ends after its 铃.
  const edge = new Set<number>([at]);
  const tokenAt: number[] = [];
  words.forEach((w, k) => {
    edge.add(starts[k]!);
    for (let c = 0; c < w.word.length; c++) {
      tokenAt.push(k);
      if (w.tag === 'x' && c > 0) edge.add(starts[k]! + c);
    }
  });
  const taken = new Set<number>();
  for (let len = MAX_WORD; len >= MIN_WORD; len--) {
    for (let from = 0; from + len <= question.length; from++) {
      if (!edge.has(from) || !edge.has(from + len)) continue;
      const span = words.slice(tokenAt[from]!, tokenAt[from + len - 1]! + 1);
      const unknown = span.some((w) => w.tag === 'x') || span.every((w) => w.word.length === 1);
      const word = question.slice(from, from + len);
      if (!unknown || !HAN.test(word) || [...Array(len).keys()].some((k) => taken.has(from + k))) continue;
      if (dictionaryWeight(word) !== undefined || index.lexical.df(word) > 0) continue;
      const heard = soundingLike(index, word, docIds);
      if (!heard) continue;
      for (let k = 0; k < len; k++) {
        out[from + k] = heard[k]!;
        taken.add(from + k);
      }
    }
  }
  // A name the asker quotes (`“千人住千企”`, `“侯鸟式”`) is a name, however the tokenizer reads its characters:
  // one the documents do not use, a character off a name they do (`千人助千企`, `候鸟式`), is that name.
  let said = out.join('');
  // (Three characters at least: a two-character quote, `“双减”`, is one slip away from too many words.)
  for (const name of quotedOf(question)) {
    if (name.length < MIN_QUOTED || !said.includes(name) || docIds.some((id) => usesQuoted(index.lowerText(id), name.toLowerCase()))) continue;
    const heard = quotedSoundingLike(index, name, docIds);
    if (heard) said = said.replaceAll(name, heard);
  }
  return said !== question ? said : null;
}

/** The documents' name that differs from a quoted one by one character of the same sound: the first found, if any. */
function quotedSoundingLike(index: KnowledgeIndex, name: string, docIds: readonly string[]): string | undefined {
  if (!HAN.test(name)) return undefined;
  for (const candidate of oneSoundOff(name)) if (docIds.some((id) => index.textIncludes(id, candidate))) return candidate;
  return undefined;
}

/**
 * Characters of grammar, place and number a colloquial word is glued from (`群里`, `家里`, `这边`, `那个`):
 * typed on purpose, not slipped — `群里` is no 群力.
 */
const GRAMMAR_CHAR = /[的地得了着过是在有里上下中内外前后边头这那哪个们吗呢吧啊么和与跟就都也还又不没很太]/u;

/** The documents' word that differs from `word` by one character of the same sound: the commonest, if any. */
function soundingLike(index: KnowledgeIndex, word: string, docIds: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDf = 0;
  for (const candidate of oneSoundOff(word)) {
    const df = index.lexical.df(candidate);
    if (df > bestDf && docIds.some((id) => index.textIncludes(id, candidate))) {
      best = candidate;
      bestDf = df;
    }
  }
  return best;
}

/** `word` with one character, not one of grammar, replaced by another of the same sound: each way, in order. */
function* oneSoundOff(word: string): Generator<string> {
  for (let k = 0; k < word.length; k++) {
    if (GRAMMAR_CHAR.test(word[k]!)) continue;
    for (const c of soundAlikes(word[k]!)) yield word.slice(0, k) + c + word.slice(k + 1);
  }
}
