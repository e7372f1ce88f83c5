// A document's number asked of a text that cites it: the rules that carry out `《…若干措施的通知》（澄建指办〔2022〕5号）`
// give that number as the cited document's, never as their own; and a press Q&A whose text states the number of the
// plan it explains (`印发了《方案》（澄环函〔2020〕714号）`) answers `文号是啥` with that sentence — the text never says 文号.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { DOC_NUMBER_STATED } from '../../src/answer/asked.ts';
import { answererOver } from '../support/docs.ts';

const rules = [
  '关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则',
  '为深入贯彻《澄川市城乡建设指挥部办公室关于印发促进房地产市场平稳健康发展的若干措施的通知》（澄建指办〔2022〕5号，以下简称《若干措施》）精神，结合我市实际，制定本实施细则。',
  '一、支持刚性和改善性住房需求',
  '（一）在主城区购买首套新建商品住房的，给予契税50%的补贴。',
  '（二）责任单位：市住房城乡建设局、市财政局。',
  '二、优化住房公积金政策',
  '（一）职工家庭购买首套住房的，住房公积金贷款最高额度提高至60万元。',
  '',
].join('\n');

const pressQa = [
  '澄川市生态环境局有关负责人就《澄川市河湖水质监测及评价方案》答记者问',
  '问：出台《方案》的背景是什么？',
  '答：“十三五”以来，我市河湖水质监测网络不断完善，监测断面覆盖全市主要河流、湖库和饮用水水源地，监测数据为水污染防治攻坚战提供了有力支撑。同时，现行监测评价方式在断面布设、监测指标和评价方法等方面还存在一些不足，部分断面代表性不强，部分指标长期未检出仍按月监测，难以满足新时期水生态环境保护工作的需要。为此，市生态环境局在深入调研、广泛征求意见的基础上，组织编制了新的监测及评价方案，对断面布设、监测指标、评价方法作了系统优化。',
  '问：《方案》主要作了哪些调整？',
  '答：一是优化断面布设，新增入河排污口下游断面和重要支流汇入口断面，撤并代表性不强的断面；二是优化监测指标，对长期未检出或已稳定达标的指标降低监测频次，对特征污染物实施精准监测；三是优化评价方法，在水质类别评价的基础上增加水生态状况评价，更加全面地反映河湖健康状况。',
  '问：《方案》是什么时候印发的？',
  '答：为更好支撑精准治污、科学治污，2020年12月22日，市生态环境局印发了《方案》（澄环函〔2020〕714号），明确了河湖水质监测的断面布设和评价方法。',
  '问：《方案》对监测频次有什么要求？',
  '答：国控断面每月监测一次，市控断面每季度监测一次。',
  '',
].join('\n');

describe('a document number cited in the text', () => {
  it('is recognised as a number, not any bracket', () => {
    expect(DOC_NUMBER_STATED.test('（澄建指办〔2022〕5号，以下简称）')).toBe(true);
    expect(DOC_NUMBER_STATED.test('穗民规字[2024]3号')).toBe(true);
    expect(DOC_NUMBER_STATED.test('国家医疗保障局令第6号')).toBe(true);
    expect(DOC_NUMBER_STATED.test('（2022年5号楼）')).toBe(false);
  });

  it('is given as the cited document’s when the question names that document', async () => {
    const { answerer } = await answererOver({ '关于贯彻执行《关于促进房地产市场平稳健康发展的若干措施》的实施细则.txt': rules });
    const a = await answerer.ask('澄川促进房地产平稳健康发展的若干措施，文号是多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('澄建指办〔2022〕5号');
    expect(plainText(a)).toContain('所引《澄川市城乡建设指挥部办公室关于印发促进房地产市场平稳健康发展的若干措施的通知》');
  });

  it('answers a question about the plan a press Q&A explains', async () => {
    const { answerer } = await answererOver({ '澄川市生态环境局有关负责人就《澄川市河湖水质监测及评价方案》答记者问.txt': pressQa });
    const a = await answerer.ask('河湖水质监测及评价方案的文号是啥？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('澄环函〔2020〕714号');
  });
});
