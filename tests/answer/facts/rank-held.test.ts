// Which target holds a place in a ranking — the reverse of asking a metric's place: `哪个行业的名次目标定在全省第二`,
// `最靠前的是第几？落在哪个行业上`, `有没有哪个是要往上蹿一蹿的`. The ordinal is that place, not a place in a list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { shippedAnswerer } from '../../support/kb.ts';

describe('the target that holds a place', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await shippedAnswerer()).answerer;
  });

  it('gives the targets set at the place named, the best place, or a place climbed to', async () => {
    const second = plainText(await answerer.ask('哪个行业的名次目标定在全省第二？'));
    expect(second).toContain('石化及精细化工营业收入');
    expect(second).not.toContain('粮油加工');
    const best = plainText(await answerer.ask('方案给盘锦定的全省名次里，最靠前的是第几？落在哪个行业上？'));
    expect(best).toContain('第二位');
    expect(best).toContain('石化及精细化工');
    const climb = plainText(await answerer.ask('全省那几个名次目标，大多是要“稳居”，有没有哪个是要往上蹿一蹿的？哪个行业、蹿到第几？'));
    expect(climb).toContain('粮油加工');
    expect(climb).toContain('跃居全省第三位');
  });

  it('reads a climb asked beside the places the asker already knows', async () => {
    const climb = plainText(await answerer.ask('石化那个全省第二、粮油那个第三，俩名次哪个是得往上冲的？'));
    expect(climb).toContain('粮油加工');
    expect(climb).not.toContain('石化及精细化工营业收入');
  });

  it('still gives a metric’s own place, a place in a list, and a speaker by place', async () => {
    expect(plainText(await answerer.ask('头一个方面里排第二的任务是哪项？'))).toMatch(/^第2项任务/u);
    expect(plainText(await answerer.ask('那张任务表排在第14位的是哪一项？'))).toMatch(/^第14项任务/u);
    expect(plainText(await answerer.ask('规上工业营收在全省排第几？'))).toContain('稳居全省第三位');
    expect(plainText(await answerer.ask('第二位发布人是谁？'))).toContain('刘云');
  });
});
