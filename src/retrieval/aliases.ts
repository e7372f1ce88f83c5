// Query-side synonyms. People say 规上 where the text says 规模以上, 工信局 for 工业和信息化局, or ask
// in English; an alias table in knowledge/ (data an admin can extend, not code) bridges the words.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { normalizeQuery } from '../text/normalize.ts';

export type AliasGroups = string[][];

const AliasFile = z.union([
  z.array(z.array(z.string().min(1)).min(2)),
  z.object({ groups: z.array(z.array(z.string().min(1)).min(2)) }),
]);

/** Parses an alias file: `[["规上","规模以上"], …]` or `{groups: […]}`. Throws with a readable reason. */
export function parseAliases(json: string): AliasGroups {
  const parsed = AliasFile.parse(JSON.parse(json));
  const groups = Array.isArray(parsed) ? parsed : parsed.groups;
  return groups.map((g) => g.map((w) => normalizeQuery(w).toLowerCase()));
}

/**
 * The alias table shipped with the project. A knowledge folder without its own table (a corpus
 * mounted elsewhere) still gets the everyday vocabulary: 规上, 工信局, English question words.
 */
export const DEFAULT_ALIAS_FILE = path.resolve(import.meta.dirname, '../../knowledge/aliases.json');

export async function loadAliases(file: string, fallback: string | null = DEFAULT_ALIAS_FILE): Promise<AliasGroups> {
  try {
    return parseAliases(await readFile(file, 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      return fallback && path.resolve(fallback) !== path.resolve(file) ? loadAliases(fallback, null) : [];
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

function occurs(question: string, word: string): boolean {
  // Every match holds the word itself: a question without it (most, for most words) needs no pattern.
  if (!question.includes(word)) return false;
  if (!ASCII_WORD.test(word)) return true;
  // English words match whole words, with a plural `s` allowed (`talents`, `programs`).
  return wholeWord(word).test(question);
}

/** The alias groups a question touches, with the member that was found. */
export function matchAliases(question: string, groups: AliasGroups): { found: string; group: string[] }[] {
  const q = question.toLowerCase();
  const out: { found: string; group: string[] }[] = [];
  for (const group of groups) {
    // The longest member found (the first of that length), without a filtered and sorted copy per group.
    let found: string | undefined;
    for (const w of group) if ((!found || w.length > found.length) && occurs(q, w)) found = w;
    if (found) out.push({ found, group });
  }
  return out;
}
