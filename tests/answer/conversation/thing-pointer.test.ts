// `那这件事是谁牵头？` after an item was given: 这件事, 这事 and 此事 point at that item as 这项 does, and its own
// annotation answers — not another item's whose words the bare follow-up shares. And a level of government said
// as people say it (`省一级的呢`) is the text's 省级.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { spokenAsking } from '../../../src/text/normalize.ts';
import { answererOver } from '../../support/docs.ts';

const title = '关于推进某市党建创新工程的实施意见';
const text = [
  title,
  '一、思想理论武装行动计划',
  '1.开展党员干部大轮训。加强党校培训主阵地建设，每年安排100名左右领导干部到国（境）外培训。（牵头单位：市委组织部，配合单位：市委党校、市人力资源和社会保障局）',
  '2.完善党内民主决策机制。健全重大事项民主决策和公示制度，由市委办公厅牵头组织评议。（牵头单位：市委办公厅，配合单位：市委政研室）',
].join('\n');

describe('a pointer to the thing just given', () => {
  for (const pointer of ['这件事', '这事', '此事']) {
    it(`reads ${pointer} as the item in focus`, async () => {
      const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
      await answerer.ask('党员干部大轮训那一块，每年要安排多少领导干部去国外培训？', { sessionId: 's' });
      const a = plainText(await answerer.ask(`那${pointer}是谁牵头？配合的单位有哪些？`, { sessionId: 's' }));
      expect(a).toContain('市委组织部');
      expect(a).toContain('市委党校');
      expect(a).not.toContain('市委政研室');
    });
  }
  // `这一块`, `这方面`: the part just spoken of is the item the answer came from, not an item whose own text says 牵头.
  for (const pointer of ['这一块具体', '这方面', '这部分']) {
    it(`reads ${pointer} as the item in focus`, async () => {
      const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
      await answerer.ask('党员干部大轮训每年要安排多少领导干部去国外培训？', { sessionId: 's' });
      const a = plainText(await answerer.ask(`那${pointer}由哪个部门牵头？`, { sessionId: 's' }));
      expect(a).toContain('市委组织部');
      expect(a).not.toContain('市委办公厅');
    });
  }
});

describe('a level of government as people say it', () => {
  it('reads 省一级, 地市一级, 县一级 as 省级, 地市级, 县级', () => {
    expect(spokenAsking('省一级的呢，最晚什么时候要建好？')).toBe('省级的呢，最晚什么时候要建好？');
    expect(spokenAsking('地市一级的公安机关')).toBe('地市级的公安机关');
    expect(spokenAsking('一级建造师')).toBe('一级建造师');
  });
});
