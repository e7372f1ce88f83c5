import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument, isHeading, MAX_CHUNK_CHARS } from '../../src/knowledge/chunk.ts';
import { buildDocument, isMetadataOnly, loadKnowledge } from '../../src/knowledge/load.ts';
import { fingerprint } from '../../src/retrieval/snapshot.ts';

// Laid out like ../shared/corpus/laws: title, promulgation lines, the INFO END marker, chapters, articles.
const LAW = `---
title: 示例促进法
weight: 3
---

# 中华人民共和国示例促进法

2021年4月29日 第十三届全国人民代表大会常务委员会第二十八次会议通过
2021年6月1日 施行

<!-- INFO END -->

## 第一章　总则

第一条 为了促进示例产业发展，制定本法。

第二条 本法适用于全国。

第三条 国家鼓励中小企业融资。<!-- 编者注：此处有修改 -->

## 第二章　肖　像　权

### 第一节 一般 规定

第四条 ${'国家支持示例产业的人才培养和引进，'.repeat(20)}具体办法由国务院规定。

（一）第一项内容；

（二）第二项内容。

第五条 地方各级人民政府应当加强监督。

300人

第六条 本法自公布之日起施行。
`;

const doc = buildDocument('laws/示例促进法.md', LAW);
const chunks = chunkDocument(doc);
const sectionOf = (needle: string) => chunks.find((c) => c.text.includes(needle))!.section;

describe('markdown laws', () => {
  it('drops front matter and HTML comments, and names the law by its H1', () => {
    expect(doc.title).toBe('中华人民共和国示例促进法');
    expect(doc.text).not.toContain('weight: 3');
    expect(doc.text).not.toContain('INFO END');
    expect(doc.text).not.toContain('编者注');
  });

  it('keeps the promulgation lines as text, not as headings', () => {
    expect(sectionOf('第二十八次会议通过')).toEqual([]);
    expect(sectionOf('2021年6月1日 施行')).toEqual([]);
    expect(isHeading('2021年6月1日 施行', true)).toBe(false);
    // In plain text a short unpunctuated line is still a heading (the plan's 发布人, 总体目标).
    expect(isHeading('2021年6月1日 施行')).toBe(true);
  });

  it('takes sections from ## and ### headings, with spaced-out titles closed up', () => {
    expect(sectionOf('第一条')[0]).toBe('第一章 总则');
    expect(sectionOf('第四条').slice(0, 2)).toEqual(['第二章 肖像权', '第一节 一般 规定']);
  });

  it('packs consecutive short articles of one chapter into one chunk named by their range', () => {
    const first = chunks.find((c) => c.text.includes('第一条'))!;
    expect(first.section).toEqual(['第一章 总则', '第一条–第三条']);
    expect(first.text).toContain('第二条 本法适用于全国。');
    expect(first.text).toContain('第三条');
  });

  it('never packs across a chapter and keeps a long article, with its items, under its own number', () => {
    expect(sectionOf('第二项内容')).toEqual(['第二章 肖像权', '第一节 一般 规定', '第四条']);
    expect(chunks.filter((c) => c.section.at(-1) === '第四条').length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS + 1);
  });

  it('treats a stray short line in a markdown law as text of the article before it', () => {
    expect(sectionOf('300人').at(-1)).toMatch(/^第五条/);
    expect(sectionOf('第六条').at(-1)).toBe('第五条–第六条');
  });

  it('loses no text', () => {
    const joined = chunks.map((c) => c.text.replace(/\n/g, '')).join('');
    for (const line of doc.text.split('\n').filter((l) => l.trim() && !isHeading(l, true))) expect(joined).toContain(line.trim());
  });
});

describe('loading a folder of markdown', () => {
  it('skips front-matter-only _index.md files silently but still reports empty documents', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'md-load-'));
    mkdirSync(path.join(dir, 'laws/经济法'), { recursive: true });
    writeFileSync(path.join(dir, 'laws/_index.md'), '---\nbookCollapseSection: true\n---');
    writeFileSync(path.join(dir, 'laws/经济法/_index.md'), '---\nbookCollapseSection: true\n---\n\n');
    writeFileSync(path.join(dir, 'laws/经济法/示例促进法.md'), LAW);
    writeFileSync(path.join(dir, 'blank.md'), '<!-- nothing yet -->\n');
    const seen: number[] = [];
    const { documents, warnings } = await loadKnowledge(dir, () => false, { onFile: (done) => seen.push(done) });
    expect(documents.map((d) => d.id)).toEqual(['laws/经济法/示例促进法.md']);
    expect(warnings).toEqual([{ file: 'blank.md', reason: 'empty document' }]);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(isMetadataOnly('---\na: 1\n---')).toBe(true);
    expect(isMetadataOnly('---\na: 1\n---\n正文')).toBe(false);
  });

  it('follows linked folders once, even a link back up the tree', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'md-loop-'));
    const shared = mkdtempSync(path.join(os.tmpdir(), 'md-shared-'));
    writeFileSync(path.join(shared, '示例促进法.md'), LAW);
    writeFileSync(path.join(dir, 'plan.txt'), '总体目标\n到2025年，企业数量达到100家。\n');
    symlinkSync(shared, path.join(dir, 'laws'));
    symlinkSync(dir, path.join(shared, 'back'));
    const { documents } = await loadKnowledge(dir);
    expect(documents.map((d) => d.id)).toEqual(['laws/示例促进法.md', 'plan.txt']);
    expect(await fingerprint(dir, () => false)).toMatch(/^[0-9a-f]{64}$/);
  });
});
