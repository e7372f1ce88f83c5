// `第十二项提升线上服务能力里…`: an ordinal several loaded documents could mean, said with the title of
// the item meant — the one document whose item N has that title, not a question back.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

/** A plan of two parts whose tasks (一)–(四) are numbered straight through them. */
const doc = (name: string, titles: string[]) => {
  const task = (t: string, i: number) => `（${'一二三四'[i]}）${t}。${t}方面的具体做法由各地结合实际制定，第${i + 1}季度报送进展。`;
  return [name, '一、优化服务', task(titles[0]!, 0), task(titles[1]!, 1), '二、强化保障', task(titles[2]!, 2), task(titles[3]!, 3)].join('\n');
};

describe('an ordinal with the item’s title', () => {
  it('answers from the document whose item N the title names', async () => {
    const { answerer } = await answererOver({
      '某市优化营商环境实施方案.txt': doc('某市优化营商环境实施方案', ['提升线下办事便利度', '提升线上服务能力', '推进中介服务规范化', '强化问题反馈处理']),
      '某县促进就业若干措施.txt': doc('某县促进就业若干措施', ['扩大就业岗位供给', '加强职业技能培训', '强化困难群体帮扶', '落实资金保障']),
    });
    const a = plainText(await answerer.ask('第二项加强职业技能培训里说了什么？'));
    expect(a).toContain('某县促进就业若干措施');
    expect(a).toContain('加强职业技能培训方面的具体做法');
    expect(a).not.toContain('提升线上服务能力');
  });
});
