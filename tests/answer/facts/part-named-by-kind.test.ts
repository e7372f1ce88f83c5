// A list question whose kind names one part of a heading (`…补贴面向哪些对象` under `（一）项目补贴`, whose
// parts are `1.补贴对象` `2.申报流程` `3.奖励标准`) is answered by that part, not by the heading's parts; parts all
// named for the kind (`重点任务分成哪几个行动`, each `…行动`) are still what is listed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const DOC =
  '某区关于支持数字创业的实施意见\n一、总体要求\n以数字创业带动就业。\n二、重点任务\n（一）算力筑基行动\n建设公共算力平台。\n' +
  '（二）人才引育行动\n引进数字领域青年人才。\n（三）场景开放行动\n每年发布应用场景清单。\n三、支持措施\n（一）项目补贴\n' +
  '1.补贴对象：一是面向本区注册的小微企业。二是面向毕业三年内的高校毕业生创办的企业。\n' +
  '2.申报流程：企业向区商务局提交申请，经评审后公示。\n3.奖励标准：按项目投入的百分之二十给予补贴。\n（二）场地支持\n提供免费办公场地。\n';

describe('a part of a heading named by the kind asked', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某区关于支持数字创业的实施意见.txt': DOC }, true));
  });

  it('answers `面向哪些对象` from the part about 对象, not with the heading\'s three parts', async () => {
    const a = plainText(await answerer.ask('数字创业实施意见里的项目补贴面向哪些对象？'));
    expect(a).toContain('小微企业');
    expect(a).toContain('高校毕业生');
    expect(a).not.toContain('申报流程');
  });

  it('still lists parts that are all named for the kind (`分成哪几个行动`)', async () => {
    const a = plainText(await answerer.ask('数字创业实施意见的重点任务分成哪几个行动？'));
    expect(a).toContain('算力筑基行动');
    expect(a).toContain('人才引育行动');
    expect(a).toContain('场景开放行动');
  });
});
