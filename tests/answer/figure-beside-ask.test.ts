// A figure asked beside another ask (`要先公示吗，公示多少天`): the sentence that answers the first ask holds
// no figure; the sentence of the same article that states the kind asked, of the word asked about, is
// given with it. The 办法 is written here (an article too long to be shown whole).
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const RULES = [
  '青溪市科技奖评奖办法',
  '第一条 为做好青溪市科技奖评奖工作，制定本办法。',
  '第二条 青溪市科技奖每年评选一次，设一等奖、二等奖。',
  '第三条 推荐单位应当对推荐项目的真实性、完整性进行审核，确保相关材料不存在涉密内容，并按照当年评选通知要求择优推荐。推荐单位应当通过网络或书面形式对拟推荐项目进行公示。公示时间不少于5个工作日，公示无异议的项目方可推荐。由各区科技管理部门推荐的，遵循属地管理原则；由市政府组成部门推荐的，遵循行业管理原则。各推荐单位应当在规定期限内将推荐材料报送评审办公室，逾期不予受理。推荐单位对推荐项目的真实性承担审核责任，发现弄虚作假的，取消其下一年度推荐资格。',
  '院士拟推荐项目须经申报单位所在地的科技管理部门进行公示后，由各区统一推荐，不占各区推荐名额。',
  '第四条 对获奖项目的首次打样费用给予100%补贴，单项最高5万元。获奖项目可优先推荐参加省级评选。',
  '第五条 本办法自2025年1月1日起施行。',
  '',
].join('\n');

describe('a figure asked beside another ask', () => {
  it('is given from the sentence of the article that states it', async () => {
    const { answerer } = await answererOver({ '青溪市科技奖评奖办法.txt': RULES });
    const a = plainText(await answerer.ask('推荐单位推荐之前要先公示吗，公示多少天'));
    expect(a).toContain('5个工作日');
    expect(a).not.toContain('没有写明');
  });

});
