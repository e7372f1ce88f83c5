// A question of several asks (`多交了税自己申请退，税务局要多长时间查实办理？要是税务局自己查出来我多交了呢`)
// that, asked whole, is not answered: asked one ask at a time — a later ask in the focus the earlier answer
// set, as in a conversation — each ask is answered; where one ask is not, the question is not answered
// by the other alone. Over all 1,584 national laws of ../shared/corpus/laws beside the plan.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { asksOf } from '../../src/answer/asked.ts';
import { answererWith } from '../support/kb.ts';

const LAWS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/laws');

let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererWith(...(existsSync(LAWS) ? [LAWS] : [])));
}, 180_000);

describe.skipIf(!existsSync(LAWS))('a question of several asks', () => {
  it('reads the asks of a question', () => {
    expect(asksOf('全民健身日是每年的哪一天？那天公家的体育场馆收不收门票')).toEqual(['全民健身日是每年的哪一天', '那天公家的体育场馆收不收门票']);
    // A clause that asks nothing is no ask; one ask alone is no question of several.
    expect(asksOf('这份方案分成哪几大块？我想先有个整体印象。')).toEqual(['这份方案分成哪几大块']);
    expect(asksOf('全民健身日是每年的哪一天？')).toBeNull();
  });

  it('answers each ask, the later in the focus of the earlier', async () => {
    // (Asked whole, the 实施细则's article was found but judged to state no figure of what is asked.)
    const a = await answerer.ask('多交了税自己申请退，税务局要多长时间查实办理？要是税务局自己查出来我多交了呢');
    expect(a.grounded).toBe(true);
    const text = plainText(a);
    expect(text).toContain('30日内');
    expect(text).toContain('10日内');
  });

  it('gives no answer of one ask beside an ask the text does not answer', async () => {
    const a = await answerer.ask('全民健身日是每年的哪一天？体育场馆停车费一小时收多少钱？');
    expect(plainText(a)).not.toMatch(/^第十二条/u);
    expect(a.grounded).toBe(false);
  });
});
