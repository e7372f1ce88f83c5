// Words the dictionary mislabels, and times asked and stated:
// - a word jieba's dictionary tags as a person's name that CC-CEDICT defines as a common word (`张罗`) is the asker's
//   everyday word, weighed as one; a name stays a name;
// - `哪个办牵头`: who leads asked by a body of any kind;
// - `管到哪年哪月为止`: the asking of a date, not words the text must hold; `次月7日内`, `下月起` are a date and a month stated;
// - `台上坐着的几位里`: some of several, no count asked.
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import { WHO_LEADS } from '../../src/answer/asked.ts';
import type { KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { askedAmountKinds, statesAmountOf } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const release = [
  '《澄川市数字经济三年行动方案》解读',
  '',
  '5月12日，澄川市政府新闻办召开新闻发布会，解读《澄川市数字经济三年行动方案》。',
  '',
  '发布人',
  '澄川市工业和信息化局副局长 李明',
  '',
  '一、总体目标',
  '到2026年末，数字经济核心产业增加值占地区生产总值比重达到10%，数字化转型企业达到500家。',
  '',
  '二、保障措施',
  '强化组织保障，建立工作专班，加强督导考核。',
  '',
].join('\n');

const opinion = [
  '澄川市关于推行行政文件备案审查机制的指导意见',
  '',
  '一、总体要求',
  '（一）指导思想。根据《法治政府建设实施纲要（2015—2020年）》，健全行政文件备案审查机制，确保行政文件备案审查工作依法开展，备案审查覆盖全部文件。',
  '（二）主要目标。到2027年，行政文件备案审查机制全面建立，备案审查程序规范、责任明确。',
  '',
  '二、工作措施',
  '（三）明确备案审查范围。各部门要将本部门制定的行政文件全部纳入备案审查，备案审查不留死角。',
  '（四）规范备案审查程序。起草单位报送备案审查的材料应当齐全。备案审查时间一般不少于5个工作日，最长不超过15个工作日。',
  '（五）强化备案审查责任。未经备案审查的行政文件不得发布，备案审查机构对审查意见负责。',
  '',
  '三、附则',
  '本意见自2025年1月1日起施行，有效期至2027年12月31日，由澄川市文件管理中心负责解释。',
  '',
].join('\n');

let releaseIndex: KnowledgeIndex;
let opinionIndex: KnowledgeIndex;
beforeAll(async () => {
  ({ index: releaseIndex } = await answererOver({ '澄川市数字经济三年行动方案解读.txt': release }, true));
  ({ index: opinionIndex } = await answererOver({ '澄川市关于推行行政文件备案审查机制的指导意见.txt': opinion }));
});
const grounded = (index: KnowledgeIndex, q: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8)).grounded;
};

describe('a word the dictionary tags as a name', () => {
  it('is a common word where CC-CEDICT defines it so, and a name where it names a place or a person', () => {
    expect(releaseIndex.isProperName('张罗')).toBe(false);
    expect(releaseIndex.isProperName('幼儿园')).toBe(false);
    expect(releaseIndex.isProperName('鹿城')).toBe(true);
    expect(releaseIndex.isProperName('乔石')).toBe(true);
    expect(releaseIndex.isProperName('习近平')).toBe(true);
  });

  it('reads who leads asked by any body, not a person asked of', () => {
    expect(WHO_LEADS.exec('是哪个办公室牵头的')?.[1]).toBe('牵头');
    expect(WHO_LEADS.test('哪个负责人的电话是多少')).toBe(false);
  });

  it('does not outweigh what the passage holds (哪个办牵头张罗的)', () => {
    expect(grounded(releaseIndex, '我们在整理通稿存档，这场解读会是市政府下面哪个办牵头张罗的？')).toBe(true);
    expect(grounded(releaseIndex, '哪个办牵头发放数字人才购房补贴？')).toBe(false);
  });
});

describe('dates asked and stated', () => {
  it('reads 哪年哪月为止 as the asking of a date', () => {
    expect(grounded(opinionIndex, '这个意见管到哪年哪月为止？')).toBe(true);
  });

  it('reads a day of the month after, and the month after, as stated', () => {
    expect(statesAmountOf('扣缴义务人每月代扣的税款，应当在次月7日内缴入中央国库', ['date'])).toBe(true);
    expect(statesAmountOf('补贴自批准的下月起执行，按月度发放。', ['month'])).toBe(true);
  });

  it('reads 几位里 as some of several, not a count asked', () => {
    expect(askedAmountKinds('那天台上坐着的几位里，科技口的副局长是谁？')).toEqual([]);
    expect(askedAmountKinds('那天台上坐着几位？')).toContain('count');
    expect(askedAmountKinds('一共有几个里程碑？')).toContain('count');
  });

  // `考核到哪个时间点截止`: a point in time is asked — a date or a year stated (`到2025年末`), not the words 时间点 the
  // text must hold.
  it('reads 哪个时间点, 哪个时间节点, 什么时间之前 as a date asked', () => {
    for (const q of ['这些量化指标统一考核到哪个时间点截止？', '硬指标卡的是哪个时间节点？', '什么时间之前要完成？']) {
      expect(askedAmountKinds(q)).toContain('date');
    }
    expect(statesAmountOf('到2025年末，规模以上工业增加值年均增长6%', askedAmountKinds('考核到哪个时间点截止？'))).toBe(true);
    expect(askedAmountKinds('什么时间段可以申报？')).not.toContain('year');
    expect(askedAmountKinds('每天哪个时间点可以去办理？')).not.toContain('date');
  });
});
