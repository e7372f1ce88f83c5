// `“山城洞天”…是在哪一条措施里提的？属于哪个部分`: where a quoted thing stands — the item whose text says it and
// the parts above it — from the one document that says it; and a question whose clause ends in a genre
// word (`…在哪一条措施里`, `…属于意见里`) is no name of a document.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const measures = [
  '澄川市提振消费若干措施',
  '',
  '一、扩大服务消费',
  '（一）发展文旅消费。推出精品旅游线路，延长景区开放时间。（责任单位：市文旅局）',
  '（二）培育体育消费。打造“江畔跑”赛事品牌。（责任单位：市体育局）',
  '二、提升消费品质',
  '（三）打造消费新场景。支持利用防空洞打造书店、茶馆等“洞天里”消费场景。（责任单位：市商务局）',
  '（四）加强金融支持。鼓励银行发放消费贷款。（责任单位：市金融局）',
  '',
].join('\n');

const other = [
  '临川区关于支持小微企业发展的实施意见',
  '',
  '一、总体要求',
  '坚持稳字当头。',
  '二、支持方式',
  '（一）财政奖补。对新升规企业给予10万元奖励。',
  '（二）税收政策。严格落实小微企业“三税一费”减免政策。',
  '',
].join('\n');

describe('where a quoted thing stands', () => {
  it('gives the item that says it and the part above it, with no document named', async () => {
    const { answerer } = await answererOver({ '澄川市提振消费若干措施.txt': measures, '临川区关于支持小微企业发展的实施意见.txt': other }, true);
    const a = plainText(await answerer.ask('“洞天里”消费场景是在哪一条措施里提的？属于哪个部分'));
    expect(a).toContain('打造消费新场景');
    expect(a).toContain('提升消费品质');
    expect(a).not.toContain('抱歉');
  });

  it('reads `…属于意见里哪一部分` as the question, not as the name of the document', async () => {
    const { answerer } = await answererOver({ '澄川市提振消费若干措施.txt': measures, '临川区关于支持小微企业发展的实施意见.txt': other }, true);
    const a = plainText(await answerer.ask('“三税一费”减免属于意见里哪一部分的内容？'));
    expect(a).toContain('支持方式');
    expect(a).toContain('税收政策');
  });

  it('places a quoted item name in its part', async () => {
    const { answerer } = await answererOver({ '澄川市提振消费若干措施.txt': measures }, true);
    const a = plainText(await answerer.ask('“加强金融支持”这一条属于哪个部分？'));
    expect(a).toContain('提升消费品质');
    expect(a).not.toContain('扩大服务消费');
  });
});

describe('a genre said in full names no document another title also holds', () => {
  const numbered = ['关于印发澄川市提振消费若干措施的通知', '', '澄府办发〔2025〕42号', '', measures].join('\n');
  const rules = [
    '关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则',
    '',
    '为贯彻《关于促进房地产市场平稳健康发展的若干措施》，制定如下实施细则。',
    '一、优化土地出让。分期缴纳土地出让金。',
    '二、支持合理购房需求。对购买首套房的给予契税补贴。',
    '',
  ].join('\n');

  it('never gives the other document’s number', async () => {
    const { answerer } = await answererOver({ '关于印发澄川市提振消费若干措施的通知.txt': numbered, '关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则.txt': rules }, true);
    const a = plainText(await answerer.ask('促进房地产平稳健康发展的若干措施，文号是多少？'));
    expect(a).not.toContain('澄府办发');
  });

  it('still names the one document of the genre when no other title holds it', async () => {
    const { answerer } = await answererOver({ '关于印发澄川市提振消费若干措施的通知.txt': numbered, '临川区关于支持小微企业发展的实施意见.txt': other }, true);
    const a = plainText(await answerer.ask('若干措施的文号是多少？'));
    expect(a).toContain('澄府办发〔2025〕42号');
  });

  it('reads measures gathered under `这些…措施` as what is asked about, not as the name of the document', async () => {
    const { answerer } = await answererOver({ '澄川市提振消费若干措施.txt': measures, '临川区关于支持小微企业发展的实施意见.txt': other }, true);
    const a = plainText(await answerer.ask('精品旅游线路、延长景区开放时间这些消费措施，主要由哪个部门负责？'));
    expect(a).toContain('市文旅局');
    expect(a).not.toMatch(/市体育局|市商务局/u);
  });
});
