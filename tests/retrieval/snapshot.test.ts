import { cpSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLawCorpus } from '../../scripts/bench-corpus.ts';
import { buildIndex, type BuildProgress, type BuildResult } from '../../src/retrieval/build.ts';
import { LiveIndex } from '../../src/retrieval/live.ts';
import { codeVersion, fingerprint, loadSnapshot, snapshotFile } from '../../src/retrieval/snapshot.ts';
import { startApp, type Running } from '../support/app.ts';
import { KNOWLEDGE, ROOT } from '../support/seed.ts';
import { TINY_MODEL_ID, writeTinyModel } from '../support/tiny-model.ts';

const QUESTIONS = ['高新技术企业的数量目标是多少?', '企业融资难怎么办', '中小企业融资服务体系', '科技成果转化收益分配'];

/** A knowledge folder: the shipped plan and aliases, plus generated laws in sub-folders. */
function knowledgeFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'snap-kb-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  generateLawCorpus(path.join(dir, 'laws'), { laws: 40, articles: 12 });
  return dir;
}

/** Everything a question sees of an index: the ranking with scores, texts and sections. */
function rankings(r: BuildResult) {
  return QUESTIONS.map((q) => r.index.search(r.index.parse(q), 5).map((h) => [h.chunk.id, h.chunk.docId, h.chunk.section.join('›'), h.chunk.text, h.score]));
}

describe('index snapshot in DATA_DIR', () => {
  let dir: string;
  let snaps: string;
  let first: BuildResult;

  beforeAll(async () => {
    dir = knowledgeFolder();
    snaps = mkdtempSync(path.join(os.tmpdir(), 'snap-data-'));
    first = await buildIndex({ dir, version: 1, snapshotDir: snaps });
  });

  it('is written after a build', () => {
    expect(first.snapshot).toMatchObject({ state: 'saved', file: snapshotFile(snaps, dir) });
    expect(first.snapshot!.reason).toMatch(/^missing/);
  });

  it('is loaded by a restart with unchanged files, and answers exactly as the build did', async () => {
    const again = await buildIndex({ dir, version: 7, snapshotDir: snaps });
    expect(again.snapshot!.state).toBe('loaded');
    expect(again.index.version).toBe(7);
    expect(again.index.stats()).toEqual(first.index.stats());
    expect(again.index.chunks).toEqual(first.index.chunks);
    expect(again.index.documents).toEqual(first.index.documents);
    expect(again.index.facts).toEqual(first.index.facts);
    expect(again.report).toEqual(first.report);
    expect(again.warnings).toEqual(first.warnings);
    expect(rankings(again)).toEqual(rankings(first));
  });

  it('reads the texts a stretch of whole documents at a time, whatever the stretch', async () => {
    const file = snapshotFile(snaps, dir);
    const bytes = readFileSync(file);
    const key = (JSON.parse(bytes.subarray(12, 12 + bytes.readUInt32LE(8)).toString('utf8')) as { key: string }).key;
    // One document a stretch, a few, and all of them in one.
    for (const stretch of [1, 2_000, 50_000, 1 << 30]) {
      const loaded = await loadSnapshot(file, key, 3, stretch);
      if (!('index' in loaded)) throw new Error(`not loaded: ${loaded.reason}`);
      expect(loaded.index.documents).toEqual(first.index.documents);
      expect(loaded.index.chunks).toEqual(first.index.chunks);
    }
  });

  it('is rebuilt when a file changes, is added, or the primary documents change', async () => {
    const law = path.join(dir, 'laws/经济法', 'added.md');
    writeFileSync(law, '# 新增条例\n\n第一条 新增的条文。\n');
    const added = await buildIndex({ dir, version: 2, snapshotDir: snaps });
    expect(added.snapshot).toMatchObject({ state: 'saved', reason: expect.stringMatching(/^stale/) });
    expect(added.index.documents.map((d) => d.id)).toContain('laws/经济法/added.md');
    // Same size, new content: the modification time tells.
    writeFileSync(law, '# 新增条例\n\n第一条 修改的条文。\n');
    utimesSync(law, new Date(), new Date(Date.now() + 5000));
    const changed = await buildIndex({ dir, version: 3, snapshotDir: snaps });
    expect(changed.snapshot!.state).toBe('saved');
    expect(changed.index.chunks.some((c) => c.text.includes('修改的条文'))).toBe(true);
    const everyonePrimary = await buildIndex({ dir, version: 4, snapshotDir: snaps, isPrimary: () => true });
    expect(everyonePrimary.snapshot!.state).toBe('saved');
    expect(everyonePrimary.index.documents.every((d) => d.primary)).toBe(true);
    expect(await fingerprint(dir, () => true)).not.toBe(await fingerprint(dir, () => false));
  });

  it('keys on files read from outside the folder (the shipped alias table a folder without one uses)', async () => {
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), 'alias-')), 'aliases.json');
    writeFileSync(outside, '{"groups": [["规上", "规模以上"]]}');
    const before = await fingerprint(dir, () => false, [outside]);
    expect(before).not.toBe(await fingerprint(dir, () => false));
    writeFileSync(outside, '{"groups": [["规上", "规模以上", "规上企业"]]}');
    expect(await fingerprint(dir, () => false, [outside])).not.toBe(before);
  });

  it('is rebuilt when damaged: truncated, bit-flipped or not a snapshot at all', async () => {
    await buildIndex({ dir, version: 1, snapshotDir: snaps });
    const file = snapshotFile(snaps, dir);
    const good = readFileSync(file);
    const damage = [good.subarray(0, good.length >> 1), Buffer.from(good).fill(0x5a, good.length - 64, good.length - 60), Buffer.from('hello')];
    for (const bytes of damage) {
      writeFileSync(file, bytes);
      const r = await buildIndex({ dir, version: 1, snapshotDir: snaps });
      expect(r.snapshot).toMatchObject({ state: 'saved', reason: expect.stringMatching(/^corrupt/) });
      expect(rankings(r)).toEqual(rankings((await buildIndex({ dir, version: 1, snapshotDir: snaps }))));
    }
  });

  it('costs only the next start its speed when it cannot be written', async () => {
    const blocker = path.join(mkdtempSync(path.join(os.tmpdir(), 'snap-file-')), 'index');
    writeFileSync(blocker, 'not a folder');
    const r = await buildIndex({ dir, version: 1, snapshotDir: blocker });
    expect(r.snapshot!.state).toBe('unsaved');
    expect(r.index.chunks.length).toBeGreaterThan(0);
  });

  it('reports progress while building, and LiveIndex reloads through the snapshot', async () => {
    const seen: BuildProgress[] = [];
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'snap-live-'));
    const live = new LiveIndex({ dir, snapshotDir: fresh, onProgress: (p) => seen.push(p) });
    expect((await live.reload()).snapshot!.state).toBe('saved');
    expect(seen.some((p) => p.stage === 'read')).toBe(true);
    const last = seen.filter((p) => p.stage === 'index').at(-1)!;
    expect(last.done).toBe(last.total);
    expect(last.total).toBe(live.index.chunks.length);
    const reloaded = await live.reload();
    expect(reloaded.snapshot!.state).toBe('loaded');
    expect(live.index.version).toBe(2);
  });
});

describe('the code version in the snapshot key', () => {
  const SRC = path.join(ROOT, 'src');

  /** src/text, src/knowledge and src/retrieval copied as they are (every module the build reaches is in them). */
  function copyOfSources(): string {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'snap-code-'));
    for (const dir of ['text', 'knowledge', 'retrieval']) cpSync(path.join(SRC, dir), path.join(copy, dir), { recursive: true });
    return copy;
  }

  const edit = (file: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n// a changed helper\n`);

  it('hashes every module the build reaches, however deep, wherever it sits', () => {
    const copy = copyOfSources();
    // Same files at the same relative paths: the same key as the running code (tsx runs src/).
    expect(codeVersion(path.join(copy, 'retrieval'))).toBe(codeVersion());
    // A text helper outside retrieval/ and knowledge/, and a facts helper two folders down.
    for (const helper of ['text/numerals.ts', 'knowledge/facts/text.ts', 'retrieval/lexical/tokenize.ts']) {
      const before = codeVersion(path.join(copy, 'retrieval'));
      edit(path.join(copy, helper));
      expect(codeVersion(path.join(copy, 'retrieval')), helper).not.toBe(before);
    }
  });

  it('leaves out what the build does not import', () => {
    const copy = copyOfSources();
    writeFileSync(path.join(copy, 'retrieval', 'unused.ts'), 'export const unused = 1;\n');
    // pii masking sits in text/ beside the helpers the build uses, but the build never imports it.
    edit(path.join(copy, 'text', 'pii.ts'));
    expect(codeVersion(path.join(copy, 'retrieval'))).toBe(codeVersion());
  });

  it('hashes the emitted JavaScript of a compiled tree (dist/ for npm start), in any folder the build imports from', () => {
    // The build importing a helper from answer/ (as facts extraction once imported answer/numerals.ts):
    // a walk of fixed folders missed it, and a changed helper kept serving an old snapshot.
    const tree = mkdtempSync(path.join(os.tmpdir(), 'snap-dist-'));
    for (const dir of ['retrieval', 'answer']) mkdirSync(path.join(tree, dir));
    writeFileSync(path.join(tree, 'retrieval', 'build.js'), "import { parseNumber } from '../answer/numerals.js';\nexport const build = (s) => parseNumber(s);\n");
    writeFileSync(path.join(tree, 'answer', 'numerals.js'), 'export const parseNumber = (s) => Number(s);\n');
    const before = codeVersion(path.join(tree, 'retrieval'));
    writeFileSync(path.join(tree, 'answer', 'numerals.js'), 'export const parseNumber = (s) => Number(s) || null;\n');
    expect(codeVersion(path.join(tree, 'retrieval'))).not.toBe(before);
  });

  it('rebuilds the snapshot when a helper the build imports changes', async () => {
    const copy = copyOfSources();
    const codeRoot = path.join(copy, 'retrieval');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'snap-code-kb-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    const snaps = mkdtempSync(path.join(os.tmpdir(), 'snap-code-data-'));
    expect((await buildIndex({ dir, version: 1, snapshotDir: snaps, codeRoot })).snapshot!.state).toBe('saved');
    expect((await buildIndex({ dir, version: 2, snapshotDir: snaps, codeRoot })).snapshot!.state).toBe('loaded');
    edit(path.join(copy, 'text', 'numerals.ts'));
    const rebuilt = await buildIndex({ dir, version: 3, snapshotDir: snaps, codeRoot });
    expect(rebuilt.snapshot).toMatchObject({ state: 'saved', reason: expect.stringMatching(/^stale: .*code changed/) });
    expect((await buildIndex({ dir, version: 4, snapshotDir: snaps, codeRoot })).snapshot!.state).toBe('loaded');
  });
});

describe('the app and its snapshot', () => {
  let running: Running | null = null;
  afterAll(async () => running?.close());

  it('starts from the snapshot the previous start left in DATA_DIR, or builds with INDEX_SNAPSHOT=0', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'snap-app-'));
    const a = await startApp({ DATA_DIR: data });
    // Written once the app listens (main.ts holds it until then), then on disk.
    expect(a.app.live.last!.snapshot!.state).toBe('saving');
    expect(await a.app.live.last!.snapshotWritten).toMatchObject({ state: 'saved' });
    await a.close();
    running = await startApp({ DATA_DIR: data });
    expect(running.app.live.last!.snapshot!.state).toBe('loaded');
    const health = await (await fetch(`${running.base}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', documents: 1 });
    const off = await startApp({ DATA_DIR: data, INDEX_SNAPSHOT: '0' });
    expect(off.app.live.last!.snapshot).toBeUndefined();
    await off.close();
  });

  it('attaches cached embeddings to an index loaded from the snapshot', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'snap-embed-'));
    const modelsDir = mkdtempSync(path.join(os.tmpdir(), 'snap-models-'));
    writeTinyModel(modelsDir, { dims: 16 });
    const env = { DATA_DIR: data, EMBEDDING_MODEL: TINY_MODEL_ID, MODELS_DIR: modelsDir };
    const first = await startApp(env);
    expect(first.app.live.last!.embedding!.computed).toBe(first.app.live.index.chunks.length);
    await first.app.live.last!.snapshotWritten;
    await first.close();
    const second = await startApp(env);
    try {
      expect(second.app.live.last!.snapshot!.state).toBe('loaded');
      expect(second.app.live.last!.embedding).toMatchObject({ computed: 0, vectors: second.app.live.index.chunks.length });
      expect(second.app.live.index.dense).not.toBeNull();
    } finally {
      await second.close();
    }
  });
});
