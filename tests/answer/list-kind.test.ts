// A list question asking for named things (`哪几个区县`, `名单里都有哪些公司`) is answered only by a text that
// names them. The kind is the word the asking stands beside — not any word of the question that happens to
// end in one (`望花区…适用哪些人才计划` asks for programmes) — and names listed bare with the kind after them
// (`富阳、临安、桐庐等区、县（市）`) are named.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '澄川市支持一人公司发展若干措施';
const text = [
  title,
  '',
  '一、降低社区门槛。富阳、临安、桐庐、淳安等区、县（市）的一人公司社区，孵化场地面积、入驻数量等要求可降低20%。',
  '二、人才政策适用。一人公司相关企业及人才全面适用“澄川英才计划”“望江英才计划”等政策，在人才引进、培育、留存等方面给予重点支持。',
  '三、企业名录公布。市商务局应当将备案的直销企业及其分支机构的名单在政府网站上公布，并及时进行更新。',
  '',
].join('\n');

describe('the kind of named things a list question asks for', () => {
  it('is satisfied by bare names listed with the kind after them', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = await answerer.ask('一人公司社区建设要求可以降低20%的是哪几个区县？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('富阳、临安、桐庐');
  });

  it('is the word after the asking, not a place named before it', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = await answerer.ask('望江区一人公司企业和人才能适用哪些人才计划？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('望江英才计划');
  });

  it('is the word after the last asking when several ask (`名单里都有哪些公司`): none named, and the reply says so', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = await answerer.ask('澄川备案的直销企业名单里都有哪些公司？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('公司名单');
  });
});

describe('a slot of 哪个 or 哪些 whose word only asks', () => {
  const law = [
    '澄川市绿色建筑管理办法',
    '',
    '第一条 为推进绿色建筑发展，制定本办法。',
    '第二条 房地产开发企业销售绿色建筑商品房时，应当在商品房买卖合同和住宅质量保证书中写明绿色建筑等级、能耗指标和保修责任。',
    '第三条 一次性缴费的，依照《澄川市城镇职工养老保险缴费管理规定》出具法律文书。',
    '',
  ].join('\n');

  it('`哪些东西` is asked of the things themselves', async () => {
    const { answerer } = await answererOver({ '澄川市绿色建筑管理办法.txt': law });
    const a = await answerer.ask('房地产开发企业卖绿色建筑商品房，买卖合同里必须写明哪些东西？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('能耗指标');
  });

  it('`哪个文件` is filled by a document named in 《》', async () => {
    const { answerer } = await answererOver({ '澄川市绿色建筑管理办法.txt': law });
    const a = await answerer.ask('一次性缴费要出法律文书，依据的是哪个文件？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('《澄川市城镇职工养老保险缴费管理规定》');
  });
});
