// A build from a folder (src/retrieval/build-files.ts: one pass per file, jieba's pieces decided once
// per kind) makes the chunks and the lexical index KnowledgeIndex.build makes over the documents
// loaded one by one (the build before it): the same chunks, the same terms in the same order, the
// same postings.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLawCorpus } from '../../scripts/bench-corpus.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildIndex, topLevelIsPrimary, type BuildResult } from '../../src/retrieval/build.ts';
import { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
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

describe('a knowledge build from a folder', () => {
  let dir: string;
  let one: BuildResult;

  beforeAll(async () => {
    dir = knowledgeFolder();
    one = await buildIndex({ dir, version: 1 });
  }, 120_000);

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
});
