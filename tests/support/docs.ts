// A knowledge base made of the given documents (file name → text), built for one test: the setup
// every test of a document shape repeats.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { Answerer } from '../../src/answer/pipeline.ts';
import { buildIndex } from '../../src/retrieval/build.ts';

export async function answererOver(files: Record<string, string>, withFacts = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'docs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  const { index } = await buildIndex({ dir, version: 1 });
  // The index holds the texts it read: the folder is not needed once it is built.
  rmSync(dir, { recursive: true, force: true });
  return { index, answerer: new Answerer({ index: () => index, ...(withFacts ? { facts: factsAnswerer } : {}) }) };
}
