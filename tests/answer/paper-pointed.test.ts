// The paper itself pointed at (`文件给没给个硬杠杠`, `文件最后列了哪三项`, `文件点名由谁来干`) is the document asked of — every passage of
// it is — so the word is no evidence a passage must hold; a paper to hand in (`需要提交哪些文件`) still is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { shippedAnswerer } from '../support/kb.ts';

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await shippedAnswerer());
});

describe('the paper pointed at', () => {
  it('is no concept of the question', () => {
    const concepts = (q: string) => index.parse(q).concepts.map((c) => c.text);
    expect(concepts('工业增加值的年均增幅，文件给没给个硬杠杠？')).not.toContain('文件');
    expect(concepts('这份文件对科技企业怎么培育？')).not.toContain('文件');
    // (…as the one who says: `文件鼓励…`, `文件点名由谁来干`.)
    expect(concepts('工厂打算报个绿色方面的试点，文件鼓励的起步门槛是哪一级？')).not.toContain('文件');
    expect(concepts('后头拆解目标、琢磨配套政策这摊事，文件点名由谁来干？')).not.toContain('文件');
    expect(concepts('需要提交哪些文件？')).toContain('文件');
    expect(concepts('要是信托文件里没写这个人选，谁来定？')).toContain('文件');
    expect(concepts('红头文件上怎么写？').join()).toContain('文件');
  });

  it('leaves the rest of the question to be answered', async () => {
    const a = await answerer.ask('工业增加值的年均增幅，文件给没给个硬杠杠？参照的是谁？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('不低于全省平均水平');
    const b = await answerer.ask('为了确保三年行动真能落下去，文件最后列了哪三项支撑措施？');
    expect(b.grounded).toBe(true);
    expect(plainText(b)).toContain('严格督导');
  });
});
