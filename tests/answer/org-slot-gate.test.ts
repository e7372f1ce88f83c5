// `哪个部门张罗召开的`: 部门 says an organisation is asked for; a passage that names one (`市政府新闻办召开…`) holds
// that part of the question although it never says 部门. Without it the asker's 张罗 outweighed what the passage has.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GATE, weighEvidence } from '../../src/answer/gate.ts';
import { answererOver } from '../support/docs.ts';

const release = [
  '《澄川市数字经济三年行动方案》解读',
  '',
  '5月12日，澄川市政府新闻办召开新闻发布会，解读《澄川市数字经济三年行动方案》。',
  '',
  '发布人',
  '澄川市工业和信息化局副局长 李明',
  '澄川市科技局副局长 赵兰',
  '',
  '一、总体目标',
  '到2026年末，数字经济核心产业增加值占地区生产总值比重达到10%，数字化转型企业达到500家。',
  '',
  '二、重点任务',
  '推动产业数字化，实施中小企业数字化转型行动。推动数字产业化，培育软件和信息服务业。',
  '',
  '三、保障措施',
  '强化组织保障，建立工作专班，加强督导考核。',
  '',
].join('\n');

describe('an organisation asked for, in the gate', () => {
  it('is found in a passage that names one', async () => {
    const { index } = await answererOver({ '澄川市数字经济三年行动方案解读.txt': release }, true);
    const q = index.parse('那场发布会是哪个部门张罗召开的？');
    expect(weighEvidence(index, q, index.search(q, 8), DEFAULT_GATE).grounded).toBe(true);
  });

  it('is no evidence for the rest of a question the passages do not hold', async () => {
    const { index } = await answererOver({ '澄川市数字经济三年行动方案解读.txt': release }, true);
    const q = index.parse('哪个部门负责发放数字人才购房补贴？');
    expect(weighEvidence(index, q, index.search(q, 8), DEFAULT_GATE).grounded).toBe(false);
  });
});
