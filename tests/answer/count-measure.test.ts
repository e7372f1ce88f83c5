// A count asked in a measure word (`保有量是多少辆`, `几家企业`) is given in that measure, one of its sort (`名` for
// `人`), or `个`: a passage that counts something else (`示范站10座`) states no such figure.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { countMeasure, countsInMeasure, statesAmountOf } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

const PLAN =
  '某市充电基础设施建设三年行动方案\n一、总体目标\n到2027年底，全市建成公共充电桩2万个。\n二、重点任务\n' +
  '7.开展车网互动试点。推动新能源汽车与电网能量双向互动，2025年底前建成车网互动示范站10座，探索形成可复制推广的商业模式。\n' +
  '8.培育充电运营企业。支持本地充电运营企业做大做强，到2027年培育年营收超亿元的充电运营企业5户。\n';

describe('the measure word a count is asked in', () => {
  it('is read from the question\'s words, and `个` fits every ask', async () => {
    const { index } = await answererOver({ '充电基础设施行动方案.txt': PLAN });
    const measure = (q: string) => countMeasure(index.tag(q));
    expect(measure('新能源汽车保有量是多少辆？')).toBe('辆');
    expect(measure('要培育几家运营企业？')).toBe('家');
    expect(measure('建几个示范站？')).toBeNull();
    expect(measure('街道要按多少户籍老年人配备1名工作人员？')).toBeNull();
    expect(measure('村里好几户的房子冲塌了，要走哪些程序？')).toBeNull();
    expect(countsInMeasure('建成示范站10座', '辆')).toBe(false);
    expect(countsInMeasure('培育运营企业5户', '家')).toBe(true);
    expect(countsInMeasure('建成公共充电桩2万个', '座')).toBe(true);
  });
});

describe('a count asked in one measure', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '充电基础设施行动方案.txt': PLAN }));
  });

  it('is not answered by a passage counting something else', async () => {
    const a = await answerer.ask('新能源汽车车网互动这块，全市新能源汽车保有量是多少辆？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('没有写明');
  });

  it('is answered in its measure or one of its sort', async () => {
    const a = await answerer.ask('车网互动示范站要建多少座？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('10座');
    const b = await answerer.ask('到2027年要培育几家年营收超亿元的充电运营企业？');
    expect(b.grounded).toBe(true);
    expect(plainText(b)).toContain('5户');
  });
});

describe('a count of persons asked', () => {
  const RULES =
    '某市学位授予工作细则\n第一条 为规范学位授予工作，制定本细则。\n' +
    '第八条 硕士学位论文答辩以无记名投票方式表决，经答辩委员会全体成员三分之二以上同意，方得通过。\n' +
    '第九条 学位评定委员会每年召开两次会议。\n';

  it('is stated by the share of the body that must agree (`三分之二以上`, `半数以上`), and by no other share', () => {
    expect(countsInMeasure('经全体成员三分之二以上同意，方得通过', '人')).toBe(true);
    expect(countsInMeasure('须有半数以上委员出席', '名')).toBe(true);
    // (A share is no count of firms or vehicles, nor one said of no body's members.)
    expect(countsInMeasure('三分之二以上的企业完成改造', '家')).toBe(false);
    expect(countsInMeasure('资金的二分之一用于奖补', '人')).toBe(false);
    expect(statesAmountOf('全市三分之一的项目已开工建设', ['count'])).toBe(false);
  });

  it('is answered by that share, not called unstated', async () => {
    const { answerer } = await answererOver({ '学位授予工作细则.txt': RULES });
    const a = await answerer.ask('答辩委员会投票的时候要多少人同意才算通过？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('三分之二以上');
  });
});
