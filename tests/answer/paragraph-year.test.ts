// A year that opens a paragraph (`到2025年，…`) holds for the figures the paragraph sets after it, though
// they do not repeat it; a year the document's title names holds for all of it. Neither is a gap to report.
import { describe, expect, it } from 'vitest';
import { extractDocFacts } from '../../src/knowledge/facts/document.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '某省关于加快推进渔业机械化的指导意见';
const filler = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}类渔船装备配置结构趋于合理，作业条件显著改善`).join('，');
const text = [
  title,
  '一、总体要求',
  `到2025年，渔业装备品类基本齐全，产品质量可靠性达到国际先进水平。${filler(8)}。全省渔船总动力稳定在11亿千瓦左右，其中捕捞机械动力达到1.3亿千瓦。薄弱环节机械化全面突破，其中网箱投喂机械化率达到45%，海带采收机械化率达到30%。`,
  `到2030年，渔业装备产业全面迈入高质量发展阶段。${filler(6)}。海带采收机械化率达到50%。`,
  '二、重点任务',
  '（一）加强装备研发。支持企业开展关键零部件攻关。',
].join('\n');

describe('a year that opens a paragraph', () => {
  it('sets the targets of the sentences after it, each under its own year', () => {
    const { facts } = extractDocFacts({ id: 'y.txt', title, text });
    const of = (year: string) => facts.targets.filter((t) => t.year === year).map((t) => t.source);
    expect(of('2025').some((s) => s.includes('海带采收机械化率达到30%'))).toBe(true);
    expect(of('2030').some((s) => s.includes('海带采收机械化率达到50%'))).toBe(true);
    expect(of('2025').some((s) => s.includes('50%'))).toBe(false);
  });

  it('answers a metric asked for a year with its own figure, not the year’s opening sentence, nor as unstated', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    const a = plainText(await answerer.ask('海带采收机械化率2025年的目标是多少？'));
    expect(a).toContain('海带采收机械化率达到30%');
    expect(a).not.toContain('没有写明');
    const b = plainText(await answerer.ask('到2025年捕捞机械动力要达到多少千瓦？'));
    expect(b).toContain('1.3亿千瓦');
    expect(b).not.toContain('没有写明');
    // The year's targets, asked as a whole, still begin with its opening sentence.
    expect(plainText(await answerer.ask('到2030年的目标是什么？'))).toContain('到2030年，渔业装备产业全面迈入高质量发展阶段。海带采收机械化率达到50%');
  });
});

describe('a year the title names', () => {
  it('holds for what the document says', async () => {
    const notice = '关于受理2017年某市第二批专利申请资助项目申报的通知';
    const body = [notice, '一、资助标准', '1、国内发明专利授权后每件资助5000元。', '2、国内外观设计专利授权后每件资助500元。', '二、申报时间', '网上申报时间为9月1日至9月30日。'].join('\n');
    const { answerer } = await answererOver({ [`${notice}.txt`]: body }, true);
    const a = plainText(await answerer.ask('2017年第二批专利申请资助里，外观设计专利授权后一件资助多少钱？'));
    expect(a).toContain('500元');
    expect(a).not.toContain('没有写明');
  });
});

describe('a year that opens an item', () => {
  // `1.…到2015年将广州建设成为国家创新型城市。` then paragraphs of their own under the item, unnumbered, each a
  // target without the year: the item's year holds for them; the next item's does not reach back.
  const plan = '某市关于推进科技创新工程的实施意见';
  const body = [
    plan,
    '一、发展目标',
    '1.实施创新驱动战略，把创新作为城市发展的核心动力，到2015年将本市建设成为国家创新型城市。',
    `创新平台建设取得新突破。${Array.from({ length: 12 }, (_, i) => `建成第${i + 1}批国家重点实验室和工程技术研究中心，引进一批国际级研发中心`).join('，')}。`,
    `创新型企业集群发展壮大。${Array.from({ length: 12 }, (_, i) => `培育第${i + 1}批科技小巨人企业和创新型企业，推动企业设立研发机构`).join('，')}。`,
    '科技创新投入大幅提升。全社会研发经费支出占地区生产总值比重提高到2.5%以上。',
    '2.优化创新布局。建设一批科技园区。',
    '科技企业孵化器面积达到200万平方米。',
    '二、主要任务',
    '（一）建设重大创新平台。支持企业建设研发机构。',
  ].join('\n');

  it('holds for the figures in the item\'s later paragraphs', async () => {
    const { answerer } = await answererOver({ [`${plan}.txt`]: body }, true);
    const a = plainText(await answerer.ask('到2015年，全社会研发经费占地区生产总值的比重要达到多少？'));
    expect(a).toContain('2.5%');
    expect(a).not.toContain('没有写明');
    // Item 2 opens without a year: 2015 is no year of its figures.
    expect(plainText(await answerer.ask('到2015年孵化器面积达到多少？'))).toContain('没有写明');
  });
});
