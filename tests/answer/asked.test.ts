// What a question pins down beyond its topic — the year it names, a name it quotes, the thing in the
// slot of 哪个 — holds for every answer, a plan's fact as much as an extract.
import { beforeAll, describe, expect, it } from 'vitest';
import { quotedOf, usesQuoted } from '../../src/answer/asked.ts';
import { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';
import { shippedAnswerer } from '../support/kb.ts';

describe('quoted names', () => {
  it('takes short quoted names, not whole quoted sentences', () => {
    expect(quotedOf('方案里“专精特新”中小企业的目标是多少？')).toEqual(['专精特新']);
    expect(quotedOf('「候鸟式」引才和"揭榜挂帅"分别指什么')).toEqual(['候鸟式', '揭榜挂帅']);
    expect(quotedOf('他说“我们要在明年年底之前把所有的项目全部完成，确保到位。”对吗')).toEqual([]);
  });

  it('finds a name verbatim or summed up in a short span, never invented', () => {
    expect(usesQuoted('严格考核确保层层落实到位。', '确保到位')).toBe(true);
    expect(usesQuoted('实施“千人助千企”专项行动', '千人助千企')).toBe(true);
    expect(usesQuoted('培育专业化、精细化、特色化企业，推动创新发展', '专精特新')).toBe(false);
    // A count and the character each listed item shares: `三新`, `两高`.
    expect(usesQuoted('突出新品牌、新产业、新业态，设置了3项任务', '三新')).toBe(true);
    expect(usesQuoted('严控高耗能、高排放项目', '两高')).toBe(true);
    expect(usesQuoted('突出新品牌、新产业，设置了2项任务', '三新')).toBe(false);
  });

  it('reads a placeholder in the quote (“X个一体化”, “去什么化”) as the word the asker does not know', () => {
    expect(usesQuoted('严格按照市第八次党代会提出的“六个一体化”要求', 'x个一体化')).toBe(true);
    expect(usesQuoted('推进社会组织去行政化改革', '去什么化')).toBe(true);
    expect(usesQuoted('推进社会组织改革', '去什么化')).toBe(false);
    // (`写着“多少家以上”的目标`: the figure is what the asker does not know.)
    expect(usesQuoted('高新技术企业数量达到230家以上。', '多少家以上')).toBe(true);
    expect(usesQuoted('高新技术企业数量明显增加。', '多少家以上')).toBe(false);
    // A placeholder alone names nothing.
    expect(usesQuoted('任何文字', 'x')).toBe(false);
  });
});

describe('answers keep to the year and the quoted name', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver(
      {
      '河湾市制造业升级三年行动方案.txt': '河湾市制造业升级三年行动方案\n\n一、总体目标\n到2025年末，全市高新技术企业数量达到150家以上，科技型中小企业达到400家。\n\n' +
        '二、重点任务\n（一）实施“智改数转”专项行动。推动规模以上工业企业开展智能化改造，培育示范工厂20个。\n' +
        '（二）聚焦新材料这个第一支柱产业，建设新材料产业园。\n',
      },
      true,
    ));
  });

  it('answers the year the text gives', async () => {
    const a = await answerer.ask('到2025年末，高新技术企业要达到多少家？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('150家');
  });

  it('does not give the 2025 figure for a year the text never targets', async () => {
    const a = await answerer.ask('到2024年末，高新技术企业要达到多少家？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('2024年');
  });

  it('holds a year told of the asker\'s city (`我市`) to the answer: it is no story of the asker\'s own', async () => {
    const a = await answerer.ask('我市2024年出台了新政，高新技术企业数量要达到多少家？');
    expect(a.grounded).toBe(false);
  });

  it('does not answer for a quoted programme the text does not have', async () => {
    const a = await answerer.ask('方案里“专精特新”企业的培育目标是多少家？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).not.toMatch(/150家|400家/);
    const named = await answerer.ask('“智改数转”专项行动要培育多少个示范工厂？');
    expect(named.grounded).toBe(true);
    expect(plainText(named)).toContain('20个');
  });

  it('a slot whose first word the answer names is filled (哪个产业被称作…)', async () => {
    const a = await answerer.ask('哪个产业被称作全市的第一支柱产业？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('新材料');
  });
});

describe('a date or a year the question asks for', () => {
  it('must be stated: the text that has neither says so, and the asked year leads', async () => {
    const { answerer } = await answererOver({
      '河湾市数字经济三年行动方案解读.txt':
        '河湾市数字经济三年行动方案解读\n\n一、总体目标\n在“数字基础设施”方面：到2026年末，累计建成5G基站1.6万个，城区实现5G网络连续覆盖；到2027年末，5G基站达到2.2万个，千兆光网覆盖全部乡镇。\n' +
        '二、保障措施\n市财政每年安排2亿元数字经济发展专项资金，撬动社会资本投向数字经济领域。\n',
    });
    const later = plainText(await answerer.ask('5G基站到2027年末要建成多少个？'));
    expect(later.split(/[。；\n]/u)[0]).toContain('2.2万');
    const deadline = await answerer.ask('那2亿元数字经济专项资金截止时间是哪天？');
    expect(deadline.grounded).toBe(false);
    expect(plainText(deadline)).toContain('具体日期');
    // `有补贴吗？一人能补多少？`: the second ask wants a sum the text never states.
    const sum = await answerer.ask('参加数字经济培训有补贴吗？一人能补多少？');
    expect(sum.grounded).toBe(false);
  });
});


describe('a slot and a sentence stated twice', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({
      '河湾市家庭医生签约服务实施方案.txt':
        '河湾市家庭医生签约服务实施方案\n\n一、主要任务\n（一）开展上门服务。现阶段上门服务对象主要包含65岁以上失能失智行动不便的老年人、一级和二级肢体残疾人等确有需求的人群。\n' +
        '（二）优化长期处方。经家庭医生评估可将处方用药量最长放宽至3个月。\n' +
        '二、任务分工表\n序号\t工作任务\t牵头单位\n1\t经家庭医生评估可将处方用药量最长放宽至3个月。\t市医保局\n',
    }));
  });

  it('asks for the thing after 哪些, not the clause that goes on (哪些人属于…)', async () => {
    const a = await answerer.ask('哪些人属于家庭医生上门服务对象？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('65岁以上');
  });

  it('gives a sentence the document states twice (body and task table) once', async () => {
    const text = plainText(await answerer.ask('家庭医生评估后处方用药量最长放宽至多久？'));
    expect(text).toContain('3个月');
    expect(text.split('处方用药量最长放宽至3个月').length - 1).toBe(1);
  });
});

describe('a year asked for, against the year the passage sets', () => {
  const doc = {
    '某市制造业三年行动方案.txt':
      '某市制造业三年行动方案\n一、主要目标\n到2026年末，规模以上工业企业研发经费支出较2023年提高0.5个百分点。专精特新企业数量达到150家以上。\n二、保障措施\n加强统筹协调。\n',
  };

  it('does not answer for a base year what the passage sets for its target year', async () => {
    const { answerer } = await answererOver(doc);
    const a = await answerer.ask('截至2023年底，某市已有多少家专精特新企业？');
    expect(a.grounded).toBe(false);
    expect((await answerer.ask('到2026年末专精特新企业要达到多少家？')).grounded).toBe(true);
  });

  it('holds a year of the asker\'s own story against the rule, not as the year asked about', async () => {
    const { answerer } = await answererOver({
      '某市物业服务提质实施意见.txt':
        '某市物业服务提质实施意见\n一、加大支持力度\n支持对老旧小区（包括售后公房及2000年前建成的早期商品房等）通过物业服务奖励机制给予支持。\n二、保障措施\n加强统筹协调。\n',
    });
    const a = await answerer.ask('我们小区是2005年交付的商品房，算不算能拿物业服务奖励的老旧小区？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('2000年前建成');
    // A year that frames what is asked (`截至2023年底`) is still the year asked about (above).
  });
});

describe('where an event is held', () => {
  it('is answered only by a text that names a venue or where it was held', async () => {
    const { answerer } = await answererOver({
      '某市新闻发布会解读.txt': '某市新闻发布会解读\n\n“奋进新征程”主题系列新闻发布会(第二场)召开\n5月8日，市政府新闻办召开主题系列第二场新闻发布会，详细解读方案的具体内容，重点介绍具体举措。\n\n' +
        '二、起草过程\n2018年，相关部门分别在北京、广东召开了两次专业论证会议。\n',
    });
    const { answerer: shipped } = await shippedAnswerer();
    const venue = await shipped.ask('这次新闻发布会在哪儿召开的？具体地点在哪？');
    expect(venue.grounded).toBe(false);
    expect(plainText(venue)).toContain('文件没有写明“具体地点”');
    const held = await answerer.ask('专业论证会议开了几次，都在哪里开的？');
    expect(held.grounded).toBe(true);
    expect(plainText(held)).toContain('北京、广东');
  });
});

describe('kinds asked (哪些险种)', () => {
  it('are named by a list of things ending in the kind’s character, not by the word 险种 itself', async () => {
    const { answerer } = await answererOver({
      '某省知识产权保险试点方案.txt': '某省知识产权保险试点方案\n一、专利保险机制\n围绕专利应用和维权，开发包括专利代理责任险、专利执行险、专利被侵权损失险等保险产品，降低创新主体的侵权损失。\n二、保障措施\n加强组织领导。\n',
    });
    const a = plainText(await answerer.ask('专利保险机制具体开发哪些险种？'));
    expect(a).toContain('专利执行险');
    expect(a).not.toMatch(/没有写明/u);
    // A kind the text does not list is still said to be missing.
    expect(plainText(await answerer.ask('专利保险机制覆盖哪些工种？'))).toMatch(/没有写明|没有找到/u);
  });
});

describe('an organisation asked for (哪个单位)', () => {
  it('is named by the organisation itself, not by the word 单位', async () => {
    const { answerer } = await shippedAnswerer();
    const a = plainText(await answerer.ask('管金融的那位发布人是哪个单位的'));
    expect(a).toContain('市金融发展局');
    expect(a).not.toMatch(/没有写明/u);
  });
});

describe('a place whose document is loaded', () => {
  it('is not answered from another place’s document that lacks it', async () => {
    const { answerer } = await answererOver({
      '东莞市支持创业若干措施.txt': '东莞市支持创业若干措施\n\n一、为符合条件的海外创始人及其核心团队成员提供最长3年的便利化工作居留许可。\n二、给予一次性创业补贴1万元。\n',
      '成都市创业行动计划.txt': '成都市创业行动计划\n\n一、建设创业社区10个。\n二、举办创业大赛。\n',
    });
    const a = await answerer.ask('成都给海外创始人的工作居留许可最长几年');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toContain('没有写明“成都”');
    // The place that document is titled by is answered from it.
    expect((await answerer.ask('东莞给海外创始人的工作居留许可最长几年')).grounded).toBe(true);
  });
});

describe('a slot asking for a place in a ranking or for an office', () => {
  it('is filled by a rank the text states (哪个名次 → 第四位) and an office it names (哪个局 → 市X局)', async () => {
    const { answerer } = await answererOver({
      '河湾市工业振兴行动方案解读.txt':
        '河湾市工业振兴行动方案解读\n\n一、总体目标\n到2026年末，规模以上工业营业收入占全省的比重稳步提升，稳居全省第四位。\n' +
        '二、下一步工作\n下一步，市工业和信息化局将清单化、项目化抓好落实，打好工业“攻坚战”。\n',
    });
    const rank = await answerer.ask('全市规上工业一年的营收，摆到全省里，方案想让咱守住哪个名次？');
    expect(rank.grounded).toBe(true);
    expect(plainText(rank)).toContain('第四位');
    const office = await answerer.ask('要打好工业“攻坚战”，这话是哪个局表的态？');
    expect(office.grounded).toBe(true);
    expect(plainText(office)).toContain('市工业和信息化局');
  });
});

describe('what a slot is not', () => {
  it('a unit after 多少 (`多少天能发下来`), a thing after 哪些 (`做哪些事`), a 名单 in the asker\'s story', async () => {
    const { answerer } = await answererOver({
      '河湾市居住证和专项资金办理指南.txt':
        '河湾市居住证和专项资金办理指南\n\n一、居住证办理\n公安机关应当自受理之日起15日内制作发放居住证。\n' +
        '二、专项资金申报\n涉及专业领域的，可以委托有资质的机构开展检验检测、财务审计、调查咨询等工作。\n' +
        '被列入严重失信主体名单的企业，不得申报市级专项资金。\n',
    });
    const days = await answerer.ask('受理以后居住证多少天能发下来？');
    expect(days.grounded).toBe(true);
    expect(plainText(days)).toContain('15日');
    const work = await answerer.ask('专业领域的，可以委托有资质的机构做哪些事？');
    expect(work.grounded).toBe(true);
    expect(plainText(work)).toContain('检验检测');
    const story = await answerer.ask('公司被列进严重失信主体名单了，还能申报市级专项资金吗？');
    expect(story.grounded).toBe(true);
    expect(plainText(story)).toContain('不得申报');
  });
});

describe('a slot in the asker\'s everyday words', () => {
  it('is no thing the text lacks (`跟哪个数比着定的`), while a slot of the written register still is (`哪个平台`)', async () => {
    const { answerer } = await answererOver({
      '河湾市工业振兴行动方案解读.txt':
        '河湾市工业振兴行动方案解读\n\n一、总体目标\n到2026年末，规模以上工业增加值年均增速不低于全省平均水平。\n' +
        '二、下一步工作\n下一步，市工业和信息化局将清单化、项目化抓好落实。\n',
    });
    const pace = await answerer.ask('规上工业增加值一年得涨多快？是跟哪个数比着定的？');
    expect(pace.grounded).toBe(true);
    expect(plainText(pace)).toContain('全省平均水平');
    const platform = await answerer.ask('规上工业增加值增速的目标，在哪个平台上公布？');
    expect(platform.grounded).toBe(false);
    // (A thing named in everyday words is still a thing the text must name: no venue is stated.)
    const venue = await answerer.ask('规上工业增加值增速的目标，是在哪个会场宣布的？');
    expect(venue.grounded).toBe(false);
  });
});
