// An item whose text goes on in a line of its own, closed there by its units (a real 实施意见, eval/real52:
// `15.…2021年上半年制定出台…技术规范。` / `在总结评估…后续建设目标任务。（牵头单位：市绿化市容局）`): the line and its
// units are the item's, though its siblings are one line each. And a full stop inside such a parenthesis
// (`（牵头单位：X。配合单位：Y）`) ends no sentence: the lead unit alone is never a sentence another answer can take.
import { describe, expect, it } from 'vitest';
import { headingTest, splitSentences } from '../../src/knowledge/chunk.ts';
import { buildDocument } from '../../src/knowledge/load.ts';
import { outline } from '../../src/knowledge/structure.ts';

const TEXT = [
  '关于加快推进生态公园带规划建设的实施意见',
  '四、主要任务',
  '（五）加强政策研究供给',
  '13.统筹研究生态间隔带建设政策体系，建立平衡机制。（牵头单位：市规划资源局。配合单位：市绿化市容局）',
  '14.明确两类项目细化政策口径，形成配套支持政策。（牵头单位：市发展改革委。配合单位：市财政局）',
  '15.研究制定建设标准，2021年上半年制定出台建设技术规范。',
  '在总结评估规划完成情况的基础上，科学谋划后续建设目标任务。（牵头单位：市绿化市容局）',
  '五、保障措施',
  '（一）加强组织领导。建立由市绿化市容局牵头的推进机制。',
].join('\n');

/** The items of a text as loaded (normalised: half-width parentheses, as the annotations are read). */
function itemsOf(raw: string) {
  const d = buildDocument('x.txt', raw);
  return { text: d.text, items: outline(d.text, headingTest(d)) };
}

describe('an item continued on a line of its own', () => {
  it('keeps that line and the units that close it', () => {
    const { text, items } = itemsOf(TEXT);
    const owner = (label: string) => items.find((it) => it.label.startsWith(label))?.annotation?.lead;
    expect(owner('13')).toBe('市规划资源局');
    expect(owner('14')).toBe('市发展改革委');
    expect(owner('15')).toBe('市绿化市容局');
    const fifteen = items.find((it) => it.label.startsWith('15'))!;
    expect(text.slice(fifteen.start, fifteen.end)).toContain('后续建设目标任务');
  });

  it('is not taken for one when its siblings name no units', () => {
    const plain = TEXT.replace(/（牵头单位：[^）]*）/gu, '').replace('科学谋划后续建设目标任务。', '科学谋划后续建设目标任务。（牵头单位：市绿化市容局）');
    const { text, items } = itemsOf(plain);
    const fifteen = items.find((it) => it.label.startsWith('15'))!;
    expect(text.slice(fifteen.start, fifteen.end)).not.toContain('后续建设目标任务');
  });
});

describe('a full stop inside a parenthesis', () => {
  it('ends no sentence', () => {
    expect(splitSentences('统筹研究政策体系。（牵头单位：市规划资源局。配合单位：市绿化市容局）下一句。')).toEqual([
      '统筹研究政策体系。（牵头单位：市规划资源局。配合单位：市绿化市容局）',
      '下一句。',
    ]);
    // (Nor does one on the next line, nor one a typo left open swallow what follows.)
    expect(splitSentences('第一条 甲（乙。\n丙）丁。')).toEqual(['第一条 甲（乙。', '丙）丁。']);
    expect(splitSentences('甲（乙。丙。丁。戊。己。')).toEqual(['甲（乙。', '丙。', '丁。', '戊。', '己。']);
  });
});
