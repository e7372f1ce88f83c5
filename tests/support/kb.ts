// The shipped knowledge base (alone, or with other folders' documents beside it), built once per test file.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Answerer } from '../../src/answer/pipeline.ts';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { buildIndex } from '../../src/retrieval/build.ts';
import { KNOWLEDGE } from './seed.ts';

export async function shippedAnswerer() {
  const { index } = await buildIndex({ dir: KNOWLEDGE, version: 1 });
  return { index, answerer: new Answerer({ index: () => index, facts: factsAnswerer }) };
}

/** The shipped knowledge base with the files of other folders beside it (real documents, eval sets). */
export async function answererWith(...folders: string[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  for (const folder of folders) for (const f of readdirSync(folder)) cpSync(path.join(folder, f), path.join(dir, f), { recursive: true });
  const { index } = await buildIndex({ dir, version: 1 });
  // The index holds every text it read: the copy is not needed once it is built (and /tmp keeps no pile of them).
  rmSync(dir, { recursive: true, force: true });
  return { index, answerer: new Answerer({ index: () => index, facts: factsAnswerer }) };
}
