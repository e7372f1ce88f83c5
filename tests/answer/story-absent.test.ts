// The asker's story and the gate: words of the story that some loaded text uses, but not the passage weighed,
// are not the evidence the passage lacks (`派出所打电话叫我过去问话，说是传唤。…最长能把我留在那里多久？`); a name of
// a place in the story is a condition wherever it is said; a topic set before the question (`X这块，…`) is
// what is asked about, not the asker's story.
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import { situationClauses } from '../../src/answer/situation.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

const RULES = `某市治安管理办法

第一条 为了维护社会治安秩序，制定本办法。

第二条 对违反治安管理行为人，公安机关传唤后应当及时询问查证，询问查证的时间不得超过八小时；情况复杂，依照规定可能适用行政拘留处罚的，询问查证的时间不得超过二十四小时。

第三条 公安机关应当将传唤的原因和处所通知被传唤人家属。
`;

// Other texts of the collection, each using one of the story's words (打电话, 问话, 留在) about another thing,
// and naming another county.
const OTHERS: Record<string, string> = {
  '物资发放办法.txt': '某市物资发放办法\n\n第一条 社区工作人员可以打电话通知居民领取物资。\n',
  '走访办法.txt': '某市走访办法\n\n第一条 走访问话应当做好记录，不得泄露居民隐私。\n',
  '志愿服务办法.txt': '某市志愿服务办法\n\n第一条 志愿者留在社区服务满一年的，给予表彰。\n',
  '厂房补贴办法.txt': '某市厂房补贴办法\n\n第一条 清河县企业租用标准厂房的，按每平方米每月5元给予租金补贴，补贴期限不超过三年。\n',
  '文化建设办法.txt': '某市文化建设办法\n\n第一条 柳河县应当加强社区文化建设。\n',
};

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await answererOver({ '治安管理办法.txt': RULES, ...OTHERS }));
});
/** The gate's weighing of the question against the passages of one text (ranking is not what is tested here). */
const evidence = (q: string, source: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8).filter((h) => h.chunk.source.includes(source)));
};

describe('the asker\'s story before the gate', () => {
  it('does not count story words another text uses as what the passage lacks', () => {
    expect(evidence('派出所打电话叫我过去问话，说是传唤。最长能问多久？', '治安管理').grounded).toBe(true);
    // (Asked with the story's words in the asking clause, they are what must be found.)
    expect(evidence('派出所打电话问话说是传唤最长能问多久？', '治安管理').grounded).toBe(false);
  });

  it('keeps a name of a place, a person or a body whole wherever it is said', () => {
    expect(index.isProperName('柳河县')).toBe(true);
    expect(index.isProperName('打电话')).toBe(false);
  });

  it('reads a topic set before the question as part of what is asked', () => {
    expect(situationClauses('船舶和海工装备制造这块，方案里咋安排的？有具体目标没')).toEqual([]);
    expect(situationClauses('关于稳岗返还，企业要怎么申请？')).toEqual([]);
    expect(situationClauses('我们厂在外地，外地企业能申请吗？')).toEqual(['我们厂在外地']);
  });
});
