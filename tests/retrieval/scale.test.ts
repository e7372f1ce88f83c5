// The plan among a few hundred generated laws (scripts/bench-corpus.ts): nested folders, front-matter
// files, packed articles, document priority, and a request path that gives the same answers however
// often it is asked. Nothing here measures speed (that is `npm run bench`).
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLawCorpus } from '../../scripts/bench-corpus.ts';
import { factsAnswerer } from '../../src/answer/facts/answerer.ts';
import { Answerer } from '../../src/answer/pipeline.ts';
import { buildIndex, type BuildResult } from '../../src/retrieval/build.ts';
import { PRIMARY_BOOST } from '../../src/retrieval/knowledge-index.ts';
import { primaryMatcher } from '../../src/retrieval/priority.ts';
import { KNOWLEDGE } from '../support/seed.ts';
import { plainText } from '../../src/answer/plain-text.ts';

const LAWS = 300;

describe('the plan among generated laws', () => {
  let built: BuildResult;
  let answerer: Answerer;
  let planTitle: string;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scale-kb-'));
    cpSync(KNOWLEDGE, dir, { recursive: true });
    generateLawCorpus(path.join(dir, 'laws'), { laws: LAWS, articles: 24 });
    built = await buildIndex({ dir, version: 1 });
    answerer = new Answerer({ index: () => built.index, facts: factsAnswerer });
    planTitle = built.index.documents.find((d) => d.primary)!.title;
  });

  it('loads every law from nested folders, without warnings for front-matter-only files', () => {
    expect(built.index.documents.length).toBe(LAWS + 1);
    expect(built.warnings).toEqual([]);
    expect(built.index.documents.filter((d) => d.primary).map((d) => d.id)).toEqual([expect.stringMatching(/\.txt$/)]);
    // Short articles of a chapter share chunks: far fewer chunks than articles.
    const articles = built.index.documents.reduce((n, d) => n + (d.text.match(/^第.{1,8}条 /gmu)?.length ?? 0), 0);
    expect(built.index.chunks.length).toBeLessThan(articles * 0.7);
    expect(built.report.reduce((n, d) => n + d.chunks, 0)).toBe(built.index.chunks.length);
  });

  it.each([
    ['高新技术企业的数量目标是多少?', '230'],
    ['企业融资难怎么办', '融资需求'],
    ['政府怎么帮企业上市?', '上市'],
    ['卡脖子难题怎么解决', '揭榜挂帅'],
  ])('answers %s from the plan, not from the laws that use the same words', async (q, expected) => {
    const a = await answerer.ask(q);
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain(expected);
    expect(a.citations[0]!.source).toBe(planTitle);
  });

  it('names the document in every citation, laws included', async () => {
    const titles = new Set(built.index.documents.map((d) => d.title));
    const a = await answerer.ask('科技成果转化收益分配怎么规定');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(titles.has(c.source)).toBe(true);
    expect(a.citations.some((c) => c.source !== planTitle && /第.+条/.test(c.section ?? ''))).toBe(true);
  });

  it('keeps the best k of BM25 exactly as a full ranking would, query after query', () => {
    const { index } = built;
    for (const q of ['中小企业融资服务体系', '人才培养和引进', '高新技术企业认定', '营商环境']) {
      const terms = index.parse(q).terms;
      const all = index.lexical.search(terms, index.chunks.length);
      for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score >= all[i]!.score).toBe(true);
      expect(index.lexical.search(terms, 10)).toEqual(all.slice(0, 10));
    }
  });

  it('remembers questions without letting one caller change what the next one sees', () => {
    const { index } = built;
    const q = index.parse('企业融资难怎么办');
    expect(index.parse('企业融资难怎么办')).toBe(q);
    const first = index.search(q, 5);
    first.reverse().pop();
    expect(index.search(q, 5)).toHaveLength(5);
    expect(index.search(q, 5)[0]!.chunk.source).toBe(planTitle);
  });
});

describe('document priority', () => {
  const TEXT = '支持企业开展数字化改造，对完成改造的企业给予一次性奖励。';

  /** Two documents with the same words: one at the top of the folder, one among the laws. */
  async function twins(extra: (dir: string) => void = () => undefined, isPrimary?: (id: string) => boolean) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'priority-'));
    mkdirSync(path.join(dir, 'laws'));
    writeFileSync(path.join(dir, 'plan.txt'), `数字化改造通知\n${TEXT}\n`);
    writeFileSync(path.join(dir, 'laws', 'law.txt'), `数字化改造通知\n${TEXT}\n`);
    extra(dir);
    const { index } = await buildIndex({ dir, version: 1, ...(isPrimary ? { isPrimary } : {}) });
    return index.search(index.parse('数字化改造奖励'), 2);
  }

  it('ranks the primary document first at equal relevance, by the primary boost', async () => {
    const [a, b] = await twins();
    expect(a!.chunk.docId).toBe('plan.txt');
    expect(b!.chunk.docId).toBe('laws/law.txt');
    expect(a!.score / b!.score).toBeCloseTo(PRIMARY_BOOST, 5);
  });

  it('lets PRIMARY_DOCS globs choose the primary documents', async () => {
    const [a] = await twins(undefined, primaryMatcher(['laws/**']));
    expect(a!.chunk.docId).toBe('laws/law.txt');
  });

  it("lets a document's facts file say primary: true or false", async () => {
    const [a] = await twins((dir) => {
      writeFileSync(path.join(dir, 'laws', 'law.facts.yaml'), 'primary: true\n');
      writeFileSync(path.join(dir, 'plan.facts.yaml'), 'primary: false\n');
    });
    expect(a!.chunk.docId).toBe('laws/law.txt');
  });

  it('reports a malformed facts file of a reference document instead of ignoring it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'priority-bad-'));
    mkdirSync(path.join(dir, 'laws'));
    writeFileSync(path.join(dir, 'laws', 'law.txt'), `数字化改造通知\n${TEXT}\n`);
    writeFileSync(path.join(dir, 'laws', 'law.facts.yaml'), 'primary: maybe\n');
    const { warnings, index } = await buildIndex({ dir, version: 1 });
    expect(warnings).toEqual([{ file: 'laws/law.txt', reason: expect.stringContaining('facts overrides') }]);
    expect(index.documents[0]!.primary).toBe(false);
  });
});
