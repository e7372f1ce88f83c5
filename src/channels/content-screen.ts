// The content screen, the part of the inbound gate (inbound.ts) that every channel's questions pass
// before any retrieval or model call. Its first check is the local word list
// (KNOWLEDGE_DIR/blocked-words.json): text every channel refuses to answer, whether or not WeChat's
// own content check is configured (the mini-program adds that one, mini-program/content-check.ts).
// The list is a .json file on purpose: .txt and .md files in knowledge/ are indexed as documents.
// Edits are picked up without a restart.
import { readFile, stat } from 'node:fs/promises';
import type { Logger } from 'pino';
import { z } from 'zod';
import { toSimplified } from '../text/normalize.ts';
import { Memo } from '../retrieval/memo.ts';
import type { ContentScreen } from './inbound.ts';

/** The word list's file in KNOWLEDGE_DIR. */
export const WORD_LIST_FILE = 'blocked-words.json';

const WordFile = z.object({ words: z.array(z.string()) });

/** How often (at most) the file's modification time is looked at. */
const RECHECK_MS = 5_000;

/**
 * Folds what people do to slip a word past a filter: traditional characters, full-width letters,
 * upper case, and spaces or symbols between the characters (`敏 感`, `敏*感`).
 */
export function foldForMatch(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]+/gu, '');
}

export class WordList {
  private words: string[] = [];
  private mtimeMs = -1;
  private checkedAt = -Infinity;
  private loading: Promise<void> | null = null;
  // Every question passes here; folding (an opencc conversion) is the cost, and questions repeat.
  private matches = new Memo<string, string | null>(4096);

  constructor(
    readonly file: string,
    private readonly log?: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.words.length;
  }

  /** The first listed word the text contains (after folding), or null. */
  async match(text: string): Promise<string | null> {
    await this.refresh();
    return this.matches.get(text, () => {
      const folded = foldForMatch(text);
      if (!folded) return null;
      for (const w of this.words) if (folded.includes(w)) return w;
      return null;
    });
  }

  private setWords(words: string[]): void {
    this.words = words;
    this.matches = new Memo(4096);
  }

  /** Re-reads the file when it changed; a missing file is an empty list, a broken one keeps the last good list. */
  refresh(force = false): Promise<void> {
    if (!force && this.now() - this.checkedAt < RECHECK_MS) return this.loading ?? Promise.resolve();
    this.checkedAt = this.now();
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const info = await stat(this.file).catch(() => null);
    if (!info) {
      if (this.mtimeMs !== 0) this.log?.info({ file: this.file }, 'no local word list: only WeChat content check applies');
      this.setWords([]);
      this.mtimeMs = 0;
      return;
    }
    if (info.mtimeMs === this.mtimeMs) return;
    this.mtimeMs = info.mtimeMs;
    try {
      const parsed = WordFile.parse(JSON.parse(await readFile(this.file, 'utf8')));
      const words = new Set(parsed.words.map(foldForMatch).filter((w) => w.length > 0));
      this.setWords([...words]);
      this.log?.info({ file: this.file, words: this.words.length }, 'local word list loaded');
    } catch (err) {
      this.log?.warn({ file: this.file, err: (err as Error).message }, 'local word list unreadable: keeping the previous list');
    }
  }
}

/** The word list as a check of the screen: `word_list` for text it lists, null otherwise. */
export function wordListScreen(words: WordList): ContentScreen {
  return async (text) => ((await words.match(text)) ? 'word_list' : null);
}

/** Checks in order: the first that flags the text decides (the cheap local list before a call to WeChat). */
export function screens(...checks: ContentScreen[]): ContentScreen {
  return async (text, asker, meta) => {
    for (const check of checks) {
      const flagged = await check(text, asker, meta);
      if (flagged) return flagged;
    }
    return null;
  };
}
