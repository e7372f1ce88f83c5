// `一共几条措施` of a 若干措施 numbered （一）–（N） under its parts, with no 第X条 of its own: its measures are
// counted, as `第5条` is its fifth — unless the text states its own count of 条, which the passage gives.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const measures = (intro: string) =>
  [
    '澄川市支持青年创业若干措施',
    '',
    intro,
    '一、强化创业服务',
    '（一）打造创业社区。对新认定的创业社区给予最高50万元奖励。',
    '（二）优化准入服务。推行创业登记“一网通办”。',
    '（三）强化人才引育。对来澄创业的青年给予最长3个月免费住宿。',
    '二、加大资金支持',
    '（四）强化算力补贴。按实际费用的30%给予补贴。',
    '（五）加强股权投资。市创投基金优先投资青年创业项目。',
    '',
  ].join('\n');

describe('a count of 条 asked of measures numbered （一）–（N）', () => {
  it('counts the measures', async () => {
    const { answerer } = await answererOver({ '澄川市支持青年创业若干措施.txt': measures('为支持青年创业，制定以下措施。') }, true);
    const a = plainText(await answerer.ask('澄川支持青年创业若干措施一共有几条措施？'));
    expect(a).toContain('五条');
  });

  it('leaves a count the text states to the text', async () => {
    const { answerer } = await answererOver({ '澄川市支持青年创业若干措施.txt': measures('为支持青年创业，制定以下八条措施。') }, true);
    const a = plainText(await answerer.ask('澄川支持青年创业若干措施一共有几条措施？'));
    expect(a).not.toContain('共五条');
  });

  it('counts the parts asked as 几大块 beside the measures, and never reads 几块钱 as parts', async () => {
    const { answerer } = await answererOver({ '澄川市支持青年创业若干措施.txt': measures('为支持青年创业，制定以下措施。') }, true);
    const both = plainText(await answerer.ask('澄川支持青年创业若干措施一共分几大块、多少条措施？'));
    expect(both).toContain('两个部分');
    expect(both).toContain('五条');
    expect(plainText(await answerer.ask('澄川支持青年创业若干措施的算力补贴能给几块钱？'))).not.toContain('两个部分');
  });
});

