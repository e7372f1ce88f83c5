// A notice copied paragraph by paragraph: its signers stand apart by blank lines, its articles are headings
// (`第十二条（监督和管理）`) with their rules under them. A word of its title the question uses otherwise
// (`拿出实施办法`) does not make its 第十二条 the one asked; a title named about as much as another (a 规定 and a
// 批复 on it) is the one that has the article asked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const notice = '关于印发《某市可再生能源专项资金扶持办法》的通知';
const noticeText = [
  notice,
  '',
  '各区人民政府，相关委办局：',
  '',
  '经市政府同意，现将《某市可再生能源专项资金扶持办法》印发给你们，请认真按照执行。',
  '',
  '某市发展和改革委员会',
  '',
  '某市财政局',
  '',
  '2022年11月18日',
  '',
  '某市可再生能源专项资金扶持办法',
  '',
  '第一条（目的）',
  '',
  '为促进本市可再生能源发展，制定本办法。',
  '',
  '第二条（支持范围）',
  '',
  '本办法支持海上风电和光伏项目。',
  '',
  '第三条（监督和管理）',
  '',
  '（一）各区发展改革委负责对申报项目进行监督和管理。',
  '',
  '（二）市财政局负责对专项资金拨付进行审核。',
  '',
  '第四条（年度预算）',
  '',
  '专项资金年度预算由市发展改革委会同市财政局制定。',
].join('\n');
const opinion = '国务院关于做好促进就业工作的若干意见';
const opinionText = [
  opinion,
  '一、支持企业稳定就业',
  '（一）加大稳岗支持力度。对不裁员的参保企业返还上年度失业保险费的50%。',
  '（二）发挥专项资金作用。统筹使用就业补助资金。',
  '二、落实各方责任',
  '（三）落实地方政府主体责任。各省、自治区、直辖市人民政府要在本意见印发之日起30日内，制定出台具体实施办法。',
].join('\n');

describe('a notice copied paragraph by paragraph', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${notice}.txt`]: noticeText, [`${opinion}.txt`]: opinionText }));
  });

  it('names every signer, blank lines between them, when asked who issued it together', async () => {
    const a = plainText(await answerer.ask('这个扶持办法是哪两个部门一起发的？'));
    expect(a).toContain('某市发展和改革委员会');
    expect(a).toContain('某市财政局');
  });

  it('reads who makes a thing the text provides for as no question of who issued the text', async () => {
    const a = plainText(await answerer.ask('扶持办法规定，专项资金年度预算由哪个部门制定？'));
    expect(a).not.toContain('联合印发');
    expect(a).toContain('市发展改革委会同市财政局制定');
  });

  it('gives an article that is only a heading with the rules under it', async () => {
    const a = plainText(await answerer.ask('扶持办法第三条讲什么'));
    expect(a).toContain('监督和管理');
    expect(a).toContain('各区发展改革委');
  });

  it('leaves an article that speaks of none of the rest to the search, which finds the item meant', async () => {
    const a = plainText(await answerer.ask('第三条要求各省多久内拿出实施办法？'));
    expect(a).toContain('30日内');
  });
});

describe('a dozen signers, two to a line with nothing between them', () => {
  const plan = '关于印发《某区可再生能源发展行动方案》的通知';
  const units = ['某区发展和改革委员会', '某区建设和管理委员会', '某区规划和自然资源局', '某区住房保障和房屋管理局', '某区城市管理行政执法局', '某区科学技术委员会', '某区机关事务管理局', '某区国有资产监督管理委员会', '某区商务委员会', '某区卫生健康委员会', '某区教育局', '某区文化和旅游局', '某区投资促进办公室'];
  const lines = Array.from({ length: Math.ceil(units.length / 2) }, (_, i) => units.slice(2 * i, 2 * i + 2).join(''));
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      [`${plan}.txt`]: [plan, '', '各有关单位：', '', '现将《某区可再生能源发展行动方案》印发给你们，请认真按照执行。', '', ...lines.flatMap((l) => [l, '']), '2025年2月24日', '', '某区可再生能源发展行动方案', '', '一、主要任务', '', '（一）推进屋顶光伏建设', '', '结合空间资源推进公共建筑屋顶光伏建设。'].join('\n'),
    }));
  });

  it('names the signers of the one of two 方案 that has them', async () => {
    const two = await answererOver({
      [`${plan}.txt`]: [plan, '', '各有关单位：', '', '现将《某区可再生能源发展行动方案》印发给你们，请认真按照执行。', '', ...lines.flatMap((l) => [l, '']), '2025年2月24日', '', '某区可再生能源发展行动方案', '', '一、主要任务', '', '（一）推进屋顶光伏建设', '', '结合空间资源推进公共建筑屋顶光伏建设。'].join('\n'),
      ['某市工业增长三年行动专项方案解读.txt']: ['某市工业增长三年行动专项方案解读', '3月30日，市政府新闻办召开新闻发布会，解读《某市工业增长三年行动专项方案》。', '方案提出，到2025年末，规模以上工业增加值年均增长6%。'].join('\n'),
    });
    const a = plainText(await two.answerer.ask('这方案是哪些部门联名印发的？'));
    expect(a).toContain('由某区发展和改革委员会、某区建设和管理委员会、');
  });

  it('names every signer in order, the first first', async () => {
    const a = plainText(await answerer.ask('这方案是哪些部门联名印发的，排第一个的是谁？'));
    expect(a).toContain('由某区发展和改革委员会、某区建设和管理委员会、');
    expect(a).toContain('某区投资促进办公室');
  });
});

describe('a short name that fits a 规定 and a 批复 on it', () => {
  const rules = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
  const reply = '最高人民法院关于新民间借贷司法解释适用范围问题的批复';
  const law = (title: string, articles: string[]) => [title, ...articles.map((a, i) => `第${'一二三四'[i]}条 ${a}`)].join('\n');
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      [`${rules}.txt`]: law(rules, ['为正确审理民间借贷纠纷案件，制定本规定。', '出借人向人民法院提起民间借贷诉讼时，应当提供借据。', '借贷双方就合同履行地未约定或者约定不明确的，以接受货币一方所在地为合同履行地。']),
      [`${reply}.txt`]: [reply, '广东省高级人民法院：你院请示收悉。经研究，批复如下：由地方金融监管部门监管的七类地方金融组织，不适用新民间借贷司法解释。'].join('\n'),
      // (As in a corpus of laws: many 规定 with a 第三条, which that word cannot single out, and texts that speak
      // of 民间借贷 too, so that the words name neither title strongly.)
      ...Object.fromEntries(
        Array.from({ length: 70 }, (_, i) => [
          `最高人民法院关于审理第${i + 1}类案件适用法律若干问题的规定.txt`,
          law(`最高人民法院关于审理第${i + 1}类案件适用法律若干问题的规定`, [`为正确审理第${i + 1}类案件，制定本规定。`, '案件中涉及民间借贷的，依照有关规定处理。', '本规定自公布之日起施行。']),
        ]),
      ),
    }));
  });

  it('answers the article of the one that has it', async () => {
    const a = plainText(await answerer.ask('民间借贷规定第三条：借款合同没约定履行地的，怎么确定？'));
    expect(a).toContain('接受货币一方所在地');
  });
});
