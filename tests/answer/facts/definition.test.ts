// `烟草专卖法管的烟草专卖品都包括哪些东西`: a text says what its terms mean in an article of their own
// (`本法所称…是指…`), which a search for the question's words ranks below the many articles that use the term.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const title = '某市非机动车管理办法';
const text = [
  title,
  '第一条 为了加强非机动车管理，维护道路交通秩序，制定本办法。',
  '第二条 本办法所称非机动车，是指以人力或者畜力驱动的车辆，以及符合国家标准的电动自行车、残疾人机动轮椅车。',
  '第三条 非机动车应当在非机动车道内行驶；没有非机动车道的，应当靠车行道的右侧行驶。',
  '第四条 非机动车停放应当遵守停放秩序，不得妨碍其他车辆和行人通行。',
  '第五条 违反本办法第三条规定的非机动车驾驶人，处警告或者二十元罚款。',
  '第六条 非机动车驾驶人的违法行为包括闯红灯、逆向行驶、在机动车道内行驶等，由公安机关交通管理部门依法处理。',
  '第七条 非机动车经营者应当建立车辆管理制度，非机动车停放点包括公共停车场、居住小区和道路停车泊位。',
  '第八条 本办法自2024年1月1日起施行。',
].join('\n');

describe('what a term of the named text means', () => {
  it('is answered by the sentence that defines it, with its article', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    const a = plainText(await answerer.ask('非机动车管理办法管的非机动车都包括哪些？'));
    expect(a).toContain('第二条');
    expect(a).toContain('残疾人机动轮椅车');
    expect(plainText(await answerer.ask('非机动车管理办法里非机动车是指什么'))).toContain('以人力或者畜力驱动的车辆');
  });

  // `X是怎么界定的`, `X的定义是什么`, `“X”到底包括哪些东西`: the same ask in other words; a second paragraph of an
  // article (`本办法所称…`) is cited with the article it stands in.
  it('is asked as how the term is defined, or with the term in quotes', async () => {
    const rules = [
      '某市气象设施保护办法',
      '第一条 为了保护气象设施，制定本办法。',
      '第二条 本办法所称气象设施，是指气象探测设施、气象信息专用传输设施和大型气象专用技术装备等。',
      '本办法所称气象探测环境，是指为避开各种干扰，保证气象探测设施准确获得气象探测信息所必需的最小距离构成的环境空间。',
      '第三条 气象设施保护实行分类保护、分级管理的原则。',
    ].join('\n');
    const { answerer } = await answererOver({ '某市气象设施保护办法.txt': rules }, true);
    for (const q of ['气象探测环境是怎么界定的？', '气象探测环境的定义是什么']) {
      const a = plainText(await answerer.ask(q));
      expect(a).toContain('最小距离构成的环境空间');
      expect(a).toContain('第二条');
    }
    expect(plainText(await answerer.ask('办法里讲的“气象设施”到底包括哪些东西？'))).toContain('大型气象专用技术装备');
  });

  // `建设主管部门包括区建设管理委、区水务局…`, `本市建筑垃圾主要指…`: a sentence that opens with the term and says what it
  // includes defines it too; `部门包括…` defines none of the longer names that end in 部门.
  it('is a sentence that opens with the term and says what it includes', async () => {
    const opinion = [
      '某区关于全面加强建筑垃圾管理的实施意见',
      '一、总体要求',
      '本市建筑垃圾主要指工程渣土、工程泥浆、工程垃圾、拆房垃圾和装修垃圾。',
      '二、职责分工',
      '建设主管部门包括区建设管理委、区水务局、区绿化市容局。建设主管部门负责督促施工单位落实建筑垃圾处理方案。',
      '部门包括各街镇的执法队伍。',
      '三、申报',
      '申报材料包括：',
      '1.申请表。',
      '2.营业执照复印件。',
    ].join('\n');
    const { answerer } = await answererOver({ '某区关于全面加强建筑垃圾管理的实施意见.txt': opinion }, true);
    expect(plainText(await answerer.ask('那个文件里，建筑垃圾具体包括哪几类？'))).toContain('拆房垃圾和装修垃圾');
    expect(plainText(await answerer.ask('文件里说的“建设主管部门”都包括哪些单位？'))).toContain('区水务局、区绿化市容局');
    // (A sentence that announces a list on the lines after it is no definition on its own.)
    expect(plainText(await answerer.ask('申报材料包括哪些？'))).toContain('营业执照复印件');
  });

  it('is found in the few loaded texts when the question names none', async () => {
    const rules = [
      '某市道路交通安全若干规定',
      '第一条 为了维护道路交通秩序，制定本规定。',
      '第二条 停车泊位由公安机关交通管理部门会同有关部门统一设置，停车泊位的使用应当遵守本规定。',
      '第三条 占用停车泊位从事经营活动的，停车泊位管理单位应当予以制止；停车泊位不得擅自改变用途。',
      '第四条 停车泊位收费标准由价格主管部门制定，停车泊位的收费应当公示。',
      '第五条 本规定所称停车泊位，是指在城市道路范围内施划的供机动车临时停放的位置。',
      '第六条 本规定自2024年3月1日起施行。',
    ].join('\n');
    const { answerer } = await answererOver({ [`${title}.txt`]: text, '某市道路交通安全若干规定.txt': rules }, true);
    const a = plainText(await answerer.ask('停车泊位是指什么？'));
    expect(a).toContain('供机动车临时停放的位置');
  });

  it('is the parenthesis a text glosses a term with where it uses it (“AI+OPC”（…）), asked with emphasis or in Latin letters', async () => {
    const plan = [
      '某市打造“AI+OPC”创业高地行动计划（2026—2028年）',
      '为打造全国“AI+OPC”（人工智能协同的“一人”公司）创业高地，制定本计划。',
      '一、建设OPC社区（责任单位：市科技局）。到2028年建成OPC社区20个。',
      '二、设立创业基金（试行）。对入驻OPC社区的企业给予房租补贴。',
    ].join('\n');
    const { answerer } = await answererOver({ '某市打造“AI+OPC”创业高地行动计划（2026—2028年）.txt': plan }, true);
    for (const q of ['那个文件里反复出现的OPC，到底是什么意思？', 'AI+OPC指的是什么']) {
      const a = await answerer.ask(q);
      expect(a.grounded).toBe(true);
      expect(plainText(a)).toContain('人工智能协同的“一人”公司');
    }
    // A period, a label or a kind of draft in parentheses glosses nothing.
    expect(plainText(await answerer.ask('创业基金是什么意思？'))).not.toMatch(/创业基金：/u);
    expect(plainText(await answerer.ask('OPC社区是什么意思？'))).not.toMatch(/OPC社区：/u);
  });

  it('is no gloss of a longer word’s tail, nor a parenthesis that lists what it includes', async () => {
    const rules = [
      '某市开发区管理办法',
      '第一条 本市经济开发区（工业园区）的建设和管理，适用本办法。',
      '第二条 国家工作人员（包括在国家机关中从事公务的人员）违反本办法的，依法给予处分。',
    ].join('\n');
    const { answerer } = await answererOver({ '某市开发区管理办法.txt': rules }, true);
    expect(plainText(await answerer.ask('开发区是什么意思？'))).not.toMatch(/开发区：工业园区/u);
    expect(plainText(await answerer.ask('国家工作人员是指什么？'))).not.toMatch(/国家工作人员：包括/u);
  });
});
