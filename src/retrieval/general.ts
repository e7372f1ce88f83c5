// How much a word says in general Chinese, from the frequencies in jieba's dictionary (≈350k words
// counted over a large general corpus). Rarity in the loaded documents alone mistakes everyday words
// the documents happen not to use (公司, 打算, 我们, 麻烦) for the most specific part of a question;
// a word's general frequency tells the asking apart from the asked about.
import { dict } from '@node-rs/jieba/dict.js';

/** Self-information (natural log of total/frequency) at or below which a word says nearly nothing. */
const PLAIN = 7;
/** Self-information from which a word counts fully (≈ frequency 220 in 60 million). */
const SPECIFIC = 12.5;
/** The least a word is worth: even a common word may be what is asked about. */
const FLOOR = 0.1;
/** What a bare number in a question is worth. */
const DIGITS = 0.2;

let table: Map<string, number> | null = null;
let known: Set<string> | null = null;

function load(): Map<string, number> {
  const freq: [string, number][] = [];
  let total = 0;
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const f = Number.parseInt(line.slice(sp + 1), 10);
    if (!(f > 0)) continue;
    total += f;
    freq.push([line.slice(0, sp), f]);
  }
  const out = new Map<string, number>();
  known = new Set(freq.map(([w]) => w));
  for (const [w, f] of freq) {
    const info = Math.log(total / f);
    // Only words worth less than full are kept: the table stays small (≈25k of 350k words).
    if (info < SPECIFIC) out.set(w, Math.max(FLOOR, Math.min(1, (info - PLAIN) / (SPECIFIC - PLAIN))));
  }
  return out;
}

/** 0.1–1: how specific the word is in general Chinese; 1 for words the dictionary counts rarely or not at all. */
export function generalWeight(word: string): number {
  // The asker's own figures (`投了600万`, `82岁`) locate a case; they are not what the documents must state.
  if (/^\d+(?:\.\d+)?$/.test(word)) return DIGITS;
  table ??= load();
  return table.get(word) ?? 1;
}

/** Whether the dictionary counts the word at all. */
export function isKnownWord(word: string): boolean {
  table ??= load();
  return known!.has(word);
}

/** A string the dictionary does not know, by its characters: the mean of their weights. */
export function charsWeight(text: string): number {
  const chars = [...text];
  return chars.reduce((n, ch) => n + generalWeight(ch), 0) / (chars.length || 1);
}
