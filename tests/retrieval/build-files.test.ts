// A build from a folder (src/retrieval/build-files.ts: one pass per file, jieba's pieces decided once
// per kind) makes the chunks and the lexical index KnowledgeIndex.build makes over the documents
// loaded one by one (the build before it); shared out among threads it makes the index one thread
// makes, byte for byte: the same documents, chunks, facts, warnings and report, the same terms in the
// same order, the same postings, the same snapshot file.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLawCorpus } from '../../scripts/bench-corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildIndex, topLevelIsPrimary, type BuildResult } from '../../src/retrieval/build.ts';
import { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { saveSnapshot } from '../../src/retrieval/snapshot.ts';
import { KNOWLEDGE } from '../support/seed.ts';

/** The shipped plan and aliases, generated laws in sub-folders, and files that only make warnings. */
function knowledgeFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-files-kb-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  generateLawCorpus(path.join(dir, 'laws'), { laws: 60, articles: 14 });
  mkdirSync(path.join(dir, 'misc'));
  writeFileSync(path.join(dir, 'misc', 'empty.txt'), '   \n');
  writeFileSync(path.join(dir, 'misc', 'setup.exe'), 'MZ');
  writeFileSync(path.join(dir, 'misc', 'broken.pdf'), '%PDF-1.4 nothing else');
  return dir;
}

/** A snapshot file's bytes, its creation time left out (the one thing two builds do not share). */
async function snapshotBytes(r: BuildResult, dir: string): Promise<Buffer> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.snap`);
  await saveSnapshot(file, 'key', r.index, { warnings: r.warnings, report: r.report });
  return Buffer.from(readFileSync(file).toString('latin1').replace(/"createdAt":"[^"]*"/, '"createdAt":""'), 'latin1');
}

describe('a knowledge build from a folder', () => {
  let dir: string;
  let one: BuildResult;
  let three: BuildResult;
  const warned: string[] = [];
  const onWarning = (w: Error) => warned.push(w.message);

  beforeAll(async () => {
    dir = knowledgeFolder();
    process.on('warning', onWarning);
    one = await buildIndex({ dir, version: 1, threads: 1 });
    three = await buildIndex({ dir, version: 1, threads: 3 });
  }, 120_000);

  afterAll(() => {
    process.off('warning', onWarning);
  });

  it('reports what it could not read', () => {
    expect(one.warnings.map((w) => w.file)).toEqual(expect.arrayContaining(['misc/empty.txt', 'misc/setup.exe', 'misc/broken.pdf']));
  });

  it('makes the chunks and the lexical index of KnowledgeIndex.build over the loaded documents', async () => {
    const { documents } = await loadKnowledge(dir, topLevelIsPrimary);
    const built = KnowledgeIndex.build({ version: 1, documents, aliases: one.index.aliasGroups, facts: one.index.facts });
    expect(built.documents).toEqual(one.index.documents);
    expect(built.chunks).toEqual(one.index.chunks);
    expect(built.dictionaryWords).toEqual(one.index.dictionaryWords);
    expect(built.lexical.toData()).toEqual(one.index.lexical.toData());
  });

  it('ran on its worker threads when asked for three (no fall back to this one)', () => {
    expect(warned.filter((m) => m.includes('knowledge build threads'))).toEqual([]);
  });

  it('makes on three threads the index of one, to the byte', async () => {
    expect(three.index.documents).toEqual(one.index.documents);
    expect(three.index.chunks).toEqual(one.index.chunks);
    expect(three.index.facts).toEqual(one.index.facts);
    expect(three.index.dictionaryWords).toEqual(one.index.dictionaryWords);
    expect(three.index.lexical.toData()).toEqual(one.index.lexical.toData());
    expect(three.warnings).toEqual(one.warnings);
    expect(three.report).toEqual(one.report);
    const snaps = mkdtempSync(path.join(os.tmpdir(), 'build-files-snap-'));
    expect((await snapshotBytes(three, snaps)).equals(await snapshotBytes(one, snaps))).toBe(true);
  });
});
