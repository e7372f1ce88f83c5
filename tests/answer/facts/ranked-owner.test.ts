// `…那一条，哪个部门排在第一个负责？`: the ordinal ranks the units of the item the question names; it is not
// item 1 of the document.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const measures = [
  '澄川市提振消费若干措施',
  '',
  '一、促进就业增收',
  '（一）支持重点群体就业。打造就业服务圈。（责任单位：市人力社保局、市教委）',
  '二、扩大服务消费',
  '（二）提振体育服务消费。举办群众性体育赛事，打造“江畔杯”足球赛事品牌。（责任单位：市体育局、市文化旅游委）',
  '（三）拓展文旅消费。延长景区开放时间。（责任单位：市文化旅游委）',
  '',
].join('\n');

describe('an ordinal that ranks the units asked for', () => {
  it('answers the item the question names, not item 1', async () => {
    const { answerer } = await answererOver({ '澄川市提振消费若干措施.txt': measures }, true);
    const a = plainText(await answerer.ask('澄川提振消费若干措施里，搞足球赛事品牌那一条，哪个部门排在第一个负责？'));
    expect(a).toContain('市体育局');
    expect(a).not.toContain('市人力社保局');
  });
});
