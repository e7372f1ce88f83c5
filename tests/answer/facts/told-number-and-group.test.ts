// A plan's lists asked the way people ask once they have been told their size: `它下面分了哪三项任务`, `它下设三项里压轴的是
// 哪项` after an aspect's tasks were listed; a bare place after an aspect counted to (`那第四个呢？`), which counts
// aspects again; and a group of tasks said as a 组 (`排第五的那组任务`), which is an aspect.
// (Through the answerer, as a chat asks: the facts read the question with the index's tagger.)
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { answererOver } from '../../support/docs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ 'second-plan.txt': fs.readFileSync(path.join(ROOT, 'tests/fixtures/second-plan.txt'), 'utf8') }, true));
});

let session = 0;
/** The last answer of a conversation. */
async function turns(qs: string[]): Promise<string> {
  const sessionId = `told-${++session}`;
  let last = '';
  for (const q of qs) last = (await answerer.ask(q, { sessionId })).body;
  return last;
}

describe('an aspect whose tasks were just counted', () => {
  it('names them when asked for the number it was told (哪三项任务)', async () => {
    const named = await turns(['第二个方面讲的啥？', '它下面分了哪三项任务']);
    expect(named).toContain('抓好软件产业培育');
    expect(named).toContain('抓好数字企业招引');
    expect(await turns(['第二方面有哪三项任务'])).toContain('抓好电子元器件发展');
  });

  it('is not asked by a membership question (属于哪一项任务)', async () => {
    expect(await turns(['千名数字工匠培养计划属于哪一项任务？'])).toContain('第13项任务');
  });

  it('reads the last of them said with the list named by its size (三项里压轴的是哪项)', async () => {
    expect(await turns(['第二个方面有几项任务？', '它下设三项里压轴的是哪项？'])).toContain('第5项任务');
  });
});

describe('a bare place after an aspect counted to', () => {
  it('counts aspects again (那第四个呢？ after 六个方面，第一个叫啥？)', async () => {
    const fourth = await turns(['重点任务六个方面，第一个叫啥？', '那第四个呢？']);
    expect(fourth).toContain('第四方面');
    expect(fourth).toContain('抓好智慧物流发展');
  });

  it('still counts tasks after a task counted to', async () => {
    expect(await turns(['第三项任务是什么', '那第四个呢？'])).toContain('第4项任务');
  });
});

describe('a group of tasks', () => {
  it('is an aspect when counted (排第五的那组任务)', async () => {
    const fifth = await turns(['排第五的那组任务围绕啥展开？']);
    expect(fifth).toContain('第五方面');
    expect(fifth).toContain('抓好公共数据开放');
  });
});
