// A city's notice of measures (its own points 一、–三、, then the measures 一、–六、, each closed by its units in
// the brackets of a document number), an investment policy that names no owners, and a points table whose tiers
// are the clauses of one sentence: shapes of real notices, each asked as an enterprise would.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { readAnnotation } from '../../src/knowledge/annotations.ts';
import { answererOver } from '../support/docs.ts';

const MEASURES = [
  '某市人民政府办公室关于印发《某市激发市场活力若干政策措施》的通知',
  '各县（市、区）人民政府，市政府各部门：',
  '《某市激发市场活力若干政策措施》已经市政府同意，现印发给你们，请认真贯彻落实。',
  '一、加大政策宣传。各地各有关部门要充分利用各类宣传载体，提高政策社会知晓度。',
  '二、强化政策落实。各地各有关部门要按照职能职责，推动政策措施早落地早见效。',
  '三、及时兑付资金。各地要按政策规定足额落实资金，进一步优化资金拨付机制。',
  '某市激发市场活力若干政策措施',
  '一、足额落实市县投入。省级文件中涉及市县负担的政策措施，各级足额预算安排资金，市级财政对各地支出按一定比例给予奖补。〔牵头单位：市财政局，责任单位：各县（市、区）人民政府〕',
  '二、落实税收优惠政策。按规定落实各项减税降费政策，确保应享尽享。〔牵头单位：市税务局，责任单位：市财政局〕',
  '三、实施高质量发展整体激励。对经济贡献突出的前3位地区给予激励。（牵头单位：市财政局，责任单位：市发展改革委）',
  '四、实施固定资产投资激励。对固定资产投资成效较好的地区给予奖励，建立按月通报督促机制。（牵头单位：市发展改革委，责任单位：市财政局）',
  '五、支持扩大进口。对进口增量贡献大的外贸企业给予奖励。〔牵头单位：市商务局，责任单位：各县（市、区）人民政府〕',
  '六、实施二手车销售奖补。对符合条件的二手车经销企业按销售额的0.6%给予奖补，单户最高不超过100万元。〔牵头单位：市商务局，责任单位：市财政局〕',
].join('\n');

const INVESTMENT = [
  '某市招商引资政策十条（试行）',
  '一、支持政策',
  '1.固定资产投资奖励。对新引进的工业项目，按设备投资额的5%给予奖励，单个项目最高不超过500万元。',
  '2.物流补贴。招引项目自投产年度起3年内，按年物流费用的5%给予补贴。',
  '二、政策执行',
  '（一）本政策由市投资促进局负责解释。',
  '（二）本政策奖补资金实行市、县分级承担；涉及市级奖补资金的，由市投资促进局考核并提出具体奖补方案，按程序送审、兑现。',
].join('\n');

const POINTS = [
  '某市积分制入户指标及分值表',
  '纳税情况',
  '（1）近3个纳税年度累计在本市缴纳个人所得税：1万—3万元（含1万元，不含3万元）（4分）；3万—6万元（含3万元，不含6万元）（8分）；6万元以上（含6万元）（12分）。',
  '信用情况',
  '信用不良记录，每宗减10分。',
  '近5年内受到治安管理处罚，每次减10分。',
].join('\n');

describe('a notice of measures closed by units in document-number brackets', () => {
  it('reads the units up to the bracket, and keeps the bracket as written for the citation', () => {
    // (As the index reads a text: its full-width parentheses folded to ASCII.)
    const a = readAnnotation('五、支持扩大进口。对外贸企业给予奖励。〔牵头单位：市商务局，责任单位：各县(市、区)人民政府〕');
    expect(a?.lead).toBe('市商务局');
    expect(a?.responsible).toBe('各县(市、区)人民政府');
    expect(a?.source).toBe('〔牵头单位：市商务局，责任单位：各县(市、区)人民政府〕');
    // (A bracket broken across lines is one; labels alone are cited up to the bracket as written.)
    expect(readAnnotation('五、支持扩大进口。〔牵头单位：市商务局，责任单位：市财\n政局〕')?.responsible).toBe('市财政局');
    expect(readAnnotation('五、支持扩大进口。〔牵头单位：市商务局〕')?.source).toBe('牵头单位：市商务局〕');
    // (A document number's brackets assign nothing.)
    expect(readAnnotation('一、足额落实。川办发〔2023〕32号文件中的措施。')).toBeNull();
  });

  it('answers who leads measure N — 第四条 of a text with no 第X条 of its own — and never shows the bracket', async () => {
    const { answerer } = await answererOver({ 'measures.txt': MEASURES, 'investment.txt': INVESTMENT }, true);
    const fourth = plainText(await answerer.ask('激发市场活力若干政策措施的第四条是哪个单位牵头的？'));
    expect(fourth).toContain('市发展改革委');
    expect(fourth).toContain('实施固定资产投资激励');
    // (Item N of both series, the notice's own points and the measures: the one that names its units.)
    const second = plainText(await answerer.ask('激发市场活力若干政策措施的第二项是哪个单位牵头的？'));
    expect(second).toContain('市税务局');
    expect(second).not.toContain('市商务局');
    const sixth = plainText(await answerer.ask('二手车销售奖补是哪个单位牵头'));
    expect(sixth).toContain('由市商务局牵头');
    expect(sixth.split('原文')[0]).not.toContain('〕');
  });

  it('answers who does a thing from the text that says so, not from the best item of the text with owners', async () => {
    const { answerer } = await answererOver({ 'measures.txt': MEASURES, 'investment.txt': INVESTMENT }, true);
    for (const q of ['涉及市级招商奖补资金的，由哪个单位来考核并提出具体奖补方案？', '市级奖补资金由哪个单位考核？']) {
      const a = plainText(await answerer.ask(q));
      expect(a).toContain('市投资促进局');
      expect(a).not.toContain('市财政局');
    }
  });

  it('leaves a measure to its own units when the passage ranked first, of another text, names nobody', async () => {
    const reading = '某市激发市场活力若干政策措施解读\n问：二手车方面有什么支持？\n答：鼓励二手车经销企业做大做强，对符合条件的二手车经销企业按销售额给予奖补，推动二手车销售奖补落地。';
    const { answerer } = await answererOver({ 'measures.txt': MEASURES, 'reading.txt': reading }, true);
    expect(plainText(await answerer.ask('鼓励二手车经销企业做大做强由哪个单位牵头？'))).toContain('市商务局');
  });
});

describe('tiers said as the clauses of one sentence', () => {
  it('run on to the tier whose bracket holds the asker’s figure', async () => {
    const { answerer } = await answererOver({ 'points.txt': POINTS });
    const a = plainText(await answerer.ask('近三年在本市累计交了4万多个人所得税，能加几分？'));
    expect(a).toContain('8分');
    expect(a).not.toContain('12分');
  });

  it('stop at a clause with a label of its own: another indicator\'s tiers', async () => {
    const table = '某区积分指标\n纳税与社保：个人所得税累计：1万—3万元（含1万元，不含3万元）（4分）；3万—4万元（含3万元，不含4万元）（8分）；缴纳社会保险费累计：4万—6万元（含4万元，不含6万元）（2分）。';
    const { answerer } = await answererOver({ 'table.txt': table });
    const a = plainText(await answerer.ask('个人所得税累计交了5万，积分能加多少？'));
    expect(a).not.toContain('（2分）');
  });

  it('a score asked in English (`how many points`) is answered by the points the table states', async () => {
    const { answerer } = await answererOver({ 'points.txt': POINTS });
    const a = await answerer.ask('How many points are deducted for each bad credit record?');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('每宗减10分');
  });
});
