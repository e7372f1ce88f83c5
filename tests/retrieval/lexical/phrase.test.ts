// Words the question writes together (企业所得税的税率) rank the passage that writes them together
// above one that has the same words apart.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/retrieval/build.ts';

describe('phrase proximity', () => {
  it('ranks the passage with the question’s phrase intact first', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'phrase-'));
    // The same words, as often, in passages of about the same length.
    writeFileSync(path.join(dir, '甲规定.txt'), '甲规定\n\n第六条 符合条件的出口企业，减按百分之十的税率缴纳企业所得税，并享受其他优惠。\n');
    writeFileSync(path.join(dir, '乙法.txt'), '乙法\n\n第四条 企业所得税的税率为百分之二十五，另有规定的除外，并享受其他优惠。\n');
    const { index } = await buildIndex({ dir, version: 1 });
    const hits = index.search(index.parse('企业所得税的税率是多少'), 2);
    expect(hits.map((h) => h.chunk.source)).toEqual(['乙法', '甲规定']);
  });
});
