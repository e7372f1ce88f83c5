// `X属于哪项任务`: which of a plan's tasks a measure it names belongs to — on an unseen plan (eval/plan4,
// written blind), where each area lists its tasks and then says what each does, sentence by sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { ROOT } from '../../support/seed.ts';

const FILE = '《澜江市数字经济发展三年行动方案》解读.txt';
let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ [FILE]: readFileSync(path.join(ROOT, 'eval/plan4/knowledge', FILE), 'utf8') }, true));
});

describe('which task a measure belongs to', () => {
  it('names the task whose own sentence holds the measure, and its area', async () => {
    const a = await answerer.ask('澜江数字工匠培育计划归在哪一项任务？');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('第16项任务“抓好数字技能人才培养”');
    expect(plainText(a)).toContain('第六方面');
  });

  it('names the area and all its tasks when the sentences cannot be told apart by task', async () => {
    // 二是 lists 2 tasks and says 4 sentences: which sentence is whose is not written.
    const text = plainText(await answerer.ask('数字化转型服务券放在哪项任务下面？'));
    expect(text).toContain('第二方面');
    expect(text).toContain('抓好智能工厂建设');
    expect(text).toContain('上云用数赋智');
  });

  it('reads a pointer to what was just said (这属于哪一项任务？)', async () => {
    const sessionId = 'membership-follow-up';
    await answerer.ask('云游澜江平台是干什么的？', { sessionId });
    const a = await answerer.ask('这属于哪一项任务？', { sessionId });
    expect(plainText(a)).toContain('抓好智慧文旅建设');
  });
});
