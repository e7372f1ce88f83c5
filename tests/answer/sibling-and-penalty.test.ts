// A figure of a sibling category is no answer (`陆上风电` asked, the text rewards 海上风电), and neither is a
// sentence that states no penalty when one is asked (`达不到这个比例会怎么处罚`): the reply says the text does
// not state it, and what it does say.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '某市可再生能源发展扶持办法';
const text = [
  title,
  '第一条 为促进本市可再生能源发展，制定本办法。',
  '第二条 海上风电项目奖励标准为500元/千瓦，分5年拨付。',
  '第三条 光伏电站奖励标准为0.1元/千瓦时。',
  '第四条 新建居住建筑屋顶安装光伏的面积比例不低于30%。',
  '第五条 违反本办法规定骗取奖励资金的，由市发展改革委追回奖励资金，并依法追究责任。',
].join('\n');

describe('a sibling category and a penalty the text does not state', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text }));
  });

  it('does not give the figure of 海上风电 for 陆上风电', async () => {
    const a = await answerer.ask('陆上风电项目每千瓦奖多少钱？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^文件没有写明/u);
    const b = await answerer.ask('海上风电项目每千瓦奖多少钱？');
    expect(plainText(b)).toContain('500元/千瓦');
  });

  it('says the text states no penalty where none is stated, and gives one where it is', async () => {
    const a = await answerer.ask('新建住宅屋顶光伏面积比例达不到要求会怎么处罚？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('文件没有写明处罚规定');
    const b = plainText(await answerer.ask('骗取奖励资金会怎么处罚？'));
    expect(b).toContain('追回奖励资金');
  });
});
