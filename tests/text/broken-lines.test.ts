// A page copied from a PDF viewer with every number and bracket on a line of its own reads as sentences
// again; a text with an ordinary line here and there that holds a number is left as it is.
import { describe, expect, it } from 'vitest';
import { joinBrokenLines, normalizeDocument } from '../../src/text/normalize.ts';

const BROKEN = [
  '澄川市关于印发',
  '2021',
  '年春节期间电力需求响应实施细则的通知',
  '依据《关于开展',
  '2021',
  '年电力需求响应工作的通知》（澄工信〔',
  '2021',
  '〕',
  '2',
  '号）等文件，现予以印发。',
  '特此通知。',
  '2021',
  '年',
  '2',
  '月',
  '2',
  '日',
  '联系电话：',
  '83608057',
  '；',
  '一、实施时间',
  '2021',
  '年',
  '2',
  '月',
  '13',
  '日至',
  '15',
  '日，每日',
  '0:00',
  '至',
  '6:00',
  '，预计规模为',
  '50',
  '万千瓦。',
  '申报参与竞价模式的用户，首先，',
  '需在规定时间内填写价格',
  '，补贴价格上限为',
  '2.0',
  '元',
  '/',
  '千瓦时。',
].join('\n');

describe('a text broken at every figure', () => {
  it('reads as sentences again, each figure with its unit', () => {
    const lines = joinBrokenLines(BROKEN).split('\n');
    expect(lines).toContain('依据《关于开展2021年电力需求响应工作的通知》（澄工信〔2021〕2号）等文件，现予以印发。');
    // (A figure after a sentence's end or a heading opens the next line.)
    expect(lines).toContain('特此通知。');
    expect(lines).toContain('2021年2月2日');
    expect(lines).toContain('联系电话：83608057；');
    expect(lines).toContain('一、实施时间');
    expect(lines).toContain('2021年2月13日至15日，每日0:00至6:00，预计规模为50万千瓦。');
    // (A line that ends with a comma or opens with one goes on.)
    expect(lines).toContain('申报参与竞价模式的用户，首先，需在规定时间内填写价格，补贴价格上限为2.0元/千瓦时。');
  });

  it('is mended when the document is read', () => {
    expect(normalizeDocument(BROKEN).text).toContain('预计规模为50万千瓦');
  });

  it('leaves a text with a few number lines as it is', () => {
    const plain = ['第一条 为了规范管理，制定本办法。', '3', '第二条 本办法自发布之日起施行。', '2021年1月1日'].join('\n');
    expect(joinBrokenLines(plain)).toBe(plain);
  });
});
