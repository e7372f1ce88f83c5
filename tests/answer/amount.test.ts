// A question that asks for an amount is led by the sentence that states one, not by the sentence
// that repeats the question's words best.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASKS_AMOUNT, askedAmountKinds, countedHead, countsThing, statesAmount, statesAmountOf } from '../../src/text/numerals.ts';
import { shippedAnswerer } from '../support/kb.ts';
import { Answerer } from '../../src/answer/pipeline.ts';
import { buildIndex } from '../../src/retrieval/build.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

describe('statesAmount', () => {
  it('finds numbers with units, percentages and ranks, not article or item labels', () => {
    expect(statesAmount('应当提取利润的百分之十列入公司法定公积金')).toBe(true);
    expect(statesAmount('劳动者提前三十日以书面形式通知用人单位')).toBe(true);
    expect(statesAmount('建成标准机架5000架')).toBe(true);
    expect(statesAmount('第二百一十条 公司分配当年税后利润时')).toBe(false);
    expect(statesAmount('第三项 推动企业上市')).toBe(false);
  });

  it('reads a fraction as a share (不超过五分之一…担任股东)', () => {
    expect(statesAmountOf('允许不超过五分之一不具有专利代理人资格的中国公民担任股东。', ['percent'])).toBe(true);
    expect(statesAmountOf('占注册资本的3分之1以上', ['percent'])).toBe(true);
  });
});

describe('extractive answers to amount questions', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'amount-'));
    writeFileSync(
      path.join(dir, '公司财务规定.txt'),
      '公司财务规定\n\n一、公积金。公司从税后利润中提取法定公积金后，经股东会决议，还可以从税后利润中提取任意公积金，提取比例由股东会决定。' +
        '公司分配当年税后利润时，应当提取利润的百分之十列入公司法定公积金。公司法定公积金累计额为公司注册资本的百分之五十以上的，可以不再提取。\n',
    );
    const { index } = await buildIndex({ dir, version: 1 });
    answerer = new Answerer({ index: () => index });
  });

  it('leads with the sentence that states the share', async () => {
    const a = await answerer.ask('法定公积金按利润的多少比例提取');
    expect(a.grounded).toBe(true);
    expect(plainText(a).split(/[。\n]/)[0]).toContain('百分之十');
  });

  it('leaves a question that also asks for something else to coverage alone', async () => {
    const a = await answerer.ask('任意公积金由谁决定提取比例');
    expect(plainText(a).split(/[。\n]/)[0]).toContain('股东会');
  });
});

describe('the word an amount is asked of', () => {
  it('is the one right before 是多少 among equally weighty words (月工资, not 护理员)', async () => {
    const { answerer } = await answererOver({
      '某市养老服务实施方案答记者问.txt': '某市养老服务实施方案答记者问\n\n问：在人才队伍方面有什么支持措施？答：对养老护理员给予每人每月500元岗位补贴，每年评选优秀养老护理员20名。\n',
      '某市薪酬调查通知.txt': '某市薪酬调查通知\n\n一、本市职工月工资调查工作由人社部门负责组织。\n',
    });
    const a = await answerer.ask('养老护理员的平均月工资是多少？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).not.toMatch(/^对养老护理员给予/u);
  });
});

describe('a place asked (第几次)', () => {
  it('is stated as a place (第8次), not as an amount or a count', async () => {
    expect(askedAmountKinds('送审稿是在第几次部长办公会上审议通过的？')).toEqual([]);
    const { answerer } = await answererOver({
      '某部管理办法解读.txt': '某部管理办法解读\n\n一、起草过程\n2018年6月，某部第8次部长办公会审议并原则通过《管理办法》送审稿，要求进一步征求意见。\n二、主要内容\n办法共六章四十条。\n',
    });
    const a = await answerer.ask('《管理办法》送审稿是在某部第几次部长办公会上审议通过的？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('第8次部长办公会');
  });
});

describe('an answer from a short article', () => {
  // The article's sentences qualify one another: the one that answers is shown with the rest of its rule.
  it('shows the article whole, in its own order, and nothing of the next article', async () => {
    const { answerer } = await answererOver({
      '婚姻登记规定.txt': '婚姻登记规定\n\n第七十七条 自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。' +
        '前款规定期限届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。\n\n' +
        '第七十八条 婚姻登记机关查明双方确实是自愿离婚，并已经对子女抚养、财产以及债务处理等事项协商一致的，予以登记，发给离婚证。\n',
    });
    const a = await answerer.ask('协议离婚申请交上去以后后悔了，还能撤回吗？');
    const text = plainText(a).split('\n')[0]!;
    expect(a.grounded).toBe(true);
    expect(text.startsWith('第七十七条')).toBe(true);
    expect(text).toContain('三十日内，任何一方不愿意离婚的');
    expect(text).toContain('视为撤回离婚登记申请');
    expect(text).not.toContain('第七十八条');
  });

  it('keeps to the chosen sentences when the article is long', async () => {
    const long = '第九条 ' + '用人单位应当依法建立健全劳动规章制度，保障劳动者享有劳动权利、履行劳动义务。'.repeat(8) + '劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。\n';
    const { answerer } = await answererOver({ '劳动规定.txt': `劳动规定\n\n${long}` });
    const a = await answerer.ask('劳动者要提前几天通知才能解除劳动合同？');
    expect(plainText(a).split('\n')[0]).toContain('三十日');
    expect(plainText(a).split('\n')[0]!.length).toBeLessThan(120);
  });

  it('holds a figure stated in the article the asked thing opens, however long the article', async () => {
    // The thing asked about (有条件共享清单) is in the article's first sentence, the period in the next: one rule.
    const long = '第十二条 有条件共享清单中的政务数据用于公共服务、社会治理、城市运行等领域的，自然人、法人和非法人组织可以在平台依照有关规定提出申请，' +
      '申请时应当说明用途、范围、期限和安全保障措施，并承诺不将所获数据用于申请用途以外的其他用途。' +
      '主管部门应当在十个工作日内处理，可以共享的，通过平台授权；不予共享的，应当说明理由。' +
      '申请人对答复有异议的，可以向同级数据主管部门反映，数据主管部门应当及时协调处理，并将处理结果告知申请人和相关部门，' +
      '相关部门应当按照协调意见执行，不得以任何理由拖延或者拒绝执行协调意见，并对执行情况进行登记备查，接受社会监督。\n';
    expect(long.length).toBeGreaterThan(260);
    const { answerer } = await answererOver({ '数据共享办法.txt': `数据共享办法\n\n${long}\n第十三条 平台应当记录数据使用情况。\n` });
    const a = plainText(await answerer.ask('我们公司想申请有条件共享清单里的政务数据，部门要多久给处理'));
    expect(a).toContain('十个工作日');
    expect(a).not.toContain('没有写明');
  });
});

describe('sentences under a heading line inside a passage', () => {
  it('answer for the grade and the heading they stand under', async () => {
    const { answerer } = await answererOver({
      '护理保险办法.txt': '护理保险办法\n\n第十八条 评估费用按以下标准执行：\n（一）长期失能人员的失能评估费用\n纳入支付范围的费用标准为每人每次200元，支付比例如下：\n' +
        '1. 经评估后对应享受2～3级待遇的由基金按100%的比例支付；\n2. 经评估后对应享受1级待遇的由基金和申请人各按50%的比例支付。\n' +
        '参保人员申请复评的，复评结论对应的待遇等级与初评结果一致的，复评费用由申请人按100%的比例承担。\n' +
        '（二）延续护理评估费用\n纳入支付范围的费用标准为每人每次100元。\n\n' +
        '第十三条 上门护理分类如下：\n1. A类护理：享受3级待遇的人员每月上门次数不低于16次。\n2. B类护理：享受2级待遇的人员每月上门次数不低于12次。\n3. C类护理：享受1级待遇的人员每月上门次数不低于8次。\n',
    });
    const share = await answerer.ask('失能评估对应1级待遇，评估费个人要承担多大比例？');
    expect(plainText(share).split('\n')[0]).toContain('50%');
    const visits = await answerer.ask('B类护理每月上门的次数不低于几次？');
    expect(plainText(visits).split('\n')[0]).toContain('12次');
  });
});

describe('questions that ask which body', () => {
  it('are led by the sentence that names one', async () => {
    const { answerer } = await answererOver({
      '河湾市发布会.txt': '河湾市制造业三年行动方案解读\n\n“实施制造业振兴三年行动”主题新闻发布会(第二场)召开\n5月8日，市政府新闻办召开“实施制造业振兴三年行动”主题系列第二场新闻发布会，解读方案。\n发布会介绍了方案的主要内容和重点任务，各单位要认真组织学习。\n',
    });
    const a = await answerer.ask('这场发布会是哪个单位组织召开的？');
    expect(plainText(a).split('\n')[0]).toContain('新闻办');
  });
});

describe('questions that ask two things', () => {
  it('get a sentence for each ask, from the same passage', async () => {
    const { answerer } = await answererOver({
      '河湾市职业教育改革方案.txt': '河湾市职业教育改革方案\n\n（十八）建立联席会议制度。市职业教育工作联席会议由教育、人社、财政等单位组成，分管副市长担任召集人。联席会议统筹协调全市职业教育工作，研究解决重大问题，每年召开两次会议。\n' +
        '（十九）健全专业目录。原则上每5年修订1次职业院校专业目录，学校依据目录自主设置专业。每3年修订1次教材，专业教材随产业升级及时更新。\n' +
        '（二十）国歌礼仪。外事活动中奏唱国歌的场合和礼仪，由外事办规定。军训中奏唱国歌的场合和礼仪，由军分区规定。\n',
    });
    const both = plainText(await answerer.ask('职业教育工作联席会议由谁担任召集人？每年开几次会？'));
    expect(both).toContain('副市长');
    expect(both).toContain('两次');
    const each = plainText(await answerer.ask('外事活动和军训中奏唱国歌的场合和礼仪分别由谁规定？'));
    expect(each).toContain('外事办');
    expect(each).toContain('军分区');
  });
});

describe('a second ask answered by another article', () => {
  it('is looked up in the lead document and its article cited', async () => {
    const filler = Array.from({ length: 8 }, (_, i) => `第${'一二三四五六七八'[i]}条 本法所称收购烟叶包括第${i + 1}类烟叶的收购、运输和储存，收购单位应当依法登记。`).join('\n');
    const { answerer } = await answererOver({
      '河湾烟叶税法.txt': `河湾烟叶税法\n\n${filler}\n第九条 烟叶税的税率为百分之二十。\n第十条 纳税人应当向烟叶收购地的主管税务机关申报缴纳烟叶税。\n` +
        `第十一条 本法所称收购烟叶包括烟叶的收购价款和价外补贴。\n第十二条 第十三条 第十四条 第十五条 本法所称烟叶包括晾晒烟叶、烤烟叶。\n第十六条 烟叶税按月计征，纳税人应当于纳税义务发生月终了之日起十五日内申报并缴纳税款。\n`,
      '河湾税收征收办法.txt': '河湾税收征收办法\n\n第一条 纳税人应当按期申报缴纳税款，税务机关应当及时受理。\n第二条 纳税人未按期申报的，税务机关责令限期改正。\n',
    });
    const a = await answerer.ask('烟叶税的税率是多少？纳税人应在什么期限内申报缴纳？');
    const text = plainText(a);
    expect(text).toContain('百分之二十');
    expect(text).toContain('十五日内');
    // Every figure given stands in a cited passage.
    expect(a.citations.some((c) => c.text.includes('十五日内'))).toBe(true);
  });

  it('answers a first ask the lead does not: the day it takes effect, beside a notice period', async () => {
    const filler = Array.from({ length: 8 }, (_, i) => `第${'一二三四五六七八'[i]}条 集体经济组织应当依法管理第${i + 1}类集体资产，接受成员监督。`).join('\n');
    const { answerer } = await answererOver({
      '河湾集体经济组织法.txt': `河湾集体经济组织法\n\n${filler}\n第九条 集体经济组织召开成员大会，应当将会议召开的时间、地点和审议的事项于会议召开十日前通知全体成员。\n` +
        '第十条 成员大会每年至少召开一次。\n第十一条 本法自2025年5月1日起施行。\n',
    });
    const text = plainText(await answerer.ask('河湾集体经济组织法从哪天起施行？开成员大会要提前几天通知全体成员'));
    expect(text).toContain('十日前');
    expect(text).toContain('2025年5月1日');
    expect(text).not.toContain('没有写明');
  });
});

describe('a count asked of a thing', () => {
  const doc = {
    '某区园区发展办法.txt':
      '某区园区发展办法\n第一条 严格按照“三个统一”要求，提高产业园区建设和管理水平。\n第二条 到2026年，建成5个特色小镇。\n',
  };

  it('is stated of that thing, in one clause with it', () => {
    expect(countedHead('一共有几个产业园区？')).toEqual(['产业', '园区']);
    // What follows the count may bound it rather than name the thing (`多少家以上`).
    expect(countedHead('科技型中小企业要搞到多少家以上？')).toBeNull();
    expect(countsThing('到2026年，建成5个特色小镇。', ['特色'])).toBe(true);
    expect(countsThing('严格按照“三个统一”要求，提高产业园区建设和管理水平。', ['产业', '园区'])).toBe(false);
  });

  it('is stated of the head noun of a longer name (几家省级担保龙头机构 → 培育一家…的龙头机构)', () => {
    const heads = countedHead('每个省要培育几家省级担保龙头机构？');
    expect(heads).toEqual(['省级', '机构']);
    expect(countsThing('原则上每个省（自治区、直辖市）培育一家在资本实力、业务规模和风险管控等方面优势突出的龙头机构。', heads!)).toBe(true);
    // The name ends where the asking goes on (`几家企业获得了补贴`: 企业, not 补贴).
    expect(countedHead('去年有多少家企业获得了补贴？')).toEqual(['企业']);
  });

  it('is not answered by a count of something else in the sentence', async () => {
    const { answerer } = await answererOver(doc);
    expect((await answerer.ask('某区一共有几个产业园区？')).grounded).toBe(false);
    expect(plainText(await answerer.ask('某区要建成几个特色小镇？'))).toContain('5个特色小镇');
  });
});

describe('a count bounded after it, of a thing named before it', () => {
  it('is led by the sentence that writes the thing as the question does, and is stated', async () => {
    const { answerer } = await answererOver({
      '某市科技创新行动计划新闻发布会.txt':
        '某市科技创新行动计划新闻发布会\n本报讯 某市科技局局长16日在新闻发布会上介绍，该市制定的《聚焦科技创新驱动实现新突破行动计划》明确，到2025年，本地转化科技成果超过4000项、科技型中小企业超过6000家。' +
        '他还介绍，到2025年，科技企业孵化器达到260个、“专精特新”中小企业达到2000家。\n',
    });
    const a = plainText(await answerer.ask('科技型中小企业到2025年要搞到多少家以上？'));
    expect(a).toContain('科技型中小企业超过6000家');
    expect(a).not.toMatch(/没有写明/u);
  });
});

describe('an English question for a sum', () => {
  it('reads the kind asked from its own words (in yuan, how large are the fines)', () => {
    expect(askedAmountKinds('How much money, in yuan, will the output reach by 2025?')).toContain('money');
    // How many times, batches, sheets (`一张能用几次`): a count asked, as `几个` asks one.
    expect(ASKS_AMOUNT.test('省里核发的进出口批准文件一张能用几次？')).toBe(true);
    expect(ASKS_AMOUNT.test('一年能申请几回')).toBe(true);
    expect(ASKS_AMOUNT.test('有哪几批')).toBe(false);
    // An age asked in everyday words: `岁数有上限不`, `年纪有限制吗`.
    expect(askedAmountKinds('统招本科有学位证，想在广州入户，岁数有上限不？')).toContain('age');
    expect(askedAmountKinds('本科学历想落户，年纪有限制吗')).toContain('age');
    expect(askedAmountKinds('How large are the fines for late filing?')).toContain('money');
    expect(askedAmountKinds('How much does the service package cost per year?')).toContain('money');
  });

  it('is not answered by a passage that states no sum', async () => {
    const { answerer } = await shippedAnswerer();
    const a = await answerer.ask("How much money, in yuan, will Panjin's industrial output reach by 2025?");
    expect(a.grounded).toBe(false);
    expect((await answerer.ask('How many high-tech enterprises should Panjin have by the end of 2025?')).grounded).toBe(true);
  });
});

describe('a share asked as 各占多少', () => {
  it('asks a share, not points or a count', () => {
    expect(askedAmountKinds('日常监测、实地调研各占多少？')).toContain('percent');
    expect(askedAmountKinds('这一大项占多少分？')).not.toContain('percent');
  });

  it('is answered by the sentence that states the shares', async () => {
    const { answerer } = await answererOver({
      '某市考评办法.txt': '某市考评办法\n一、考评方式\n考评以日常监测、实地调研等方式进行，每年考评一次。年度考评分值=日常监测（70%）+实地调研（30%）\n二、结果应用\n考评结果全市通报。\n',
    });
    const a = await answerer.ask('年度考评分值是怎么构成的？日常监测、实地调研各占多少？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('70%');
  });
});

describe('figures asked and stated as people say them', () => {
  it('reads 几 as a rough or pointed number, not a question (跑好几个窗口, 这几个部门, 十几家企业, 这几年)', () => {
    for (const q of ['外国专家办三个证，是不是要跑好几个窗口？', '这几个部门谁牵头？', '区里有十几家企业报了吗', '这几年政策有啥变化']) {
      expect(askedAmountKinds(q)).toEqual([]);
      expect(ASKS_AMOUNT.test(q)).toBe(false);
    }
    expect(askedAmountKinds('要跑几个窗口？')).toEqual(['count']);
  });

  it('asks how often with 多久…一次, stated by 每季度 or 三年一次', () => {
    expect(askedAmountKinds('需求清单多久发布一次？')).toContain('frequency');
    expect(statesAmountOf('每季度定期发布需求清单和供给清单。', ['frequency'])).toBe(true);
    expect(statesAmountOf('专业目录三年一次修订。', ['frequency'])).toBe(true);
    expect(statesAmountOf('发布需求清单和供给清单。', ['frequency'])).toBe(false);
  });

  it('reads years counted through as a period, and 不晚于…当月 as a deadline', () => {
    expect(statesAmountOf('第一年租金全额减免，第二年、第三年租金减半。', ['duration'])).toBe(true);
    expect(statesAmountOf('第二年度考核合格的，予以续聘。', ['duration'])).toBe(false);
    expect(statesAmountOf('所在单位或个人应不晚于参保人选择的退休时间当月，提出领取养老金申请。', ['date'])).toBe(true);
  });

  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      '某市支持创业若干措施.txt':
        '某市支持创业若干措施\n一、加快场景开放。构建应用“场景池”，每季度定期发布需求清单和供给清单，为企业匹配场景机会。\n' +
        '二、降低空间成本。对入驻国有物业的初创企业实施第一年租金全额减免，第二年、第三年租金减半的优惠措施。\n',
    }));
  });

  it('answers how often and for how many years from the sentence that says it, not as a figure the text lacks', async () => {
    const often = await answerer.ask('场景池的需求清单多久发布一次？');
    expect(often.grounded).toBe(true);
    expect(plainText(often)).toContain('每季度');
    const years = await answerer.ask('入驻国有物业的初创企业，租金能免几年？');
    expect(years.grounded).toBe(true);
    expect(plainText(years)).toContain('第三年');
  });
});
