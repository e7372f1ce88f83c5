// One numbering, however the document nests it: tasks 1.–4. under (一)/(二) of 重点任务 and 5.–6. straight
// under 三、保障措施 are items 1–6; `第N条` of a document numbered `N.` is its Nth item; an owner asked by
// subject is the item whose own title names it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const PLAN =
  '某省关于扩大对外开放的实施意见\n（某开放办〔2024〕3号）\n一、发展目标\n进一步提升贸易和投资水平。\n二、重点任务\n（一）发展货物贸易\n' +
  '1.扩大出口。建立商品税率对比清单。（省商务厅牵头，省农业农村厅配合）\n' +
  '2.深化服务贸易合作。推进在外汇便利化、知识产权保护等领域探索。（省发展改革委牵头，省教育厅配合）\n' +
  '（二）优化营商环境\n3.提升通关效率。压缩货物通关时间。（省海关负责）\n' +
  '4.强化知识产权保护。加大知识产权保护执法力度，加强维权援助。（省市场监管局牵头，省版权局配合）\n' +
  '三、保障措施\n5.加强组织领导。发挥协调机制作用。（省开放工作领导小组成员单位按职责分工负责）\n' +
  '6.加强培训指导。组织开展专题培训。（省商务厅负责）\n';

const RULES =
  '某县加快旅游业发展的若干意见\n一、景区建设\n1.优先发展乡村旅游项目。\n对乡村旅游项目优先安排用地。\n二、市场培育\n' +
  '2.鼓励社团组队。\n对年组织游客来本县景区人数达到1万人次以上的旅行社进行奖励。每满一万人奖励一万元。\n' +
  '三、申报及审核\n3.奖励政策实行申报制。符合条件者向县旅游产业发展领导小组办公室提出书面申报，经审核后报县政府兑现。\n';

describe('items numbered on across depths and labels', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某省关于扩大对外开放的实施意见.txt': PLAN, '某县加快旅游业发展的若干意见.txt': RULES }, true));
  });

  it('finds item N whether it stands under a subheading or straight under a part', async () => {
    const a = plainText(await answerer.ask('扩大对外开放的实施意见保障措施中的第5项由谁负责落实？'));
    expect(a).toContain('省开放工作领导小组成员单位');
    expect(a).not.toContain('省发展改革委');
    expect(plainText(await answerer.ask('扩大对外开放的实施意见一共有多少项任务？'))).toContain('六项');
  });

  it('lists the parts of the section a question names, not the document\'s own parts', async () => {
    const a = plainText(await answerer.ask('扩大对外开放的实施意见的重点任务分为哪几个方面？'));
    expect(a).toContain('发展货物贸易');
    expect(a).toContain('优化营商环境');
    expect(a).not.toContain('保障措施');
  });

  it('gives the place of an item the question names, and its owner after', async () => {
    const a = plainText(await answerer.ask('扩大对外开放的实施意见里，提升通关效率是第几项任务？', { sessionId: 'place' }));
    expect(a).toContain('第三项');
    expect(a).not.toContain('六项');
    expect(plainText(await answerer.ask('那它由谁牵头？', { sessionId: 'place' }))).toContain('省海关');
  });

  it('reads an ordinal within the list just given (其中第二个方面)', async () => {
    await answerer.ask('扩大对外开放的实施意见的重点任务分为哪几个方面？', { sessionId: 'within' });
    const a = plainText(await answerer.ask('其中第二个方面是什么？', { sessionId: 'within' }));
    expect(a).toContain('优化营商环境');
  });

  it('reads an item asked in English by its number for its owner (Task 5 …: which units lead it?)', async () => {
    const a = await answerer.ask('Task 5 of the provincial opinions on opening up: which units lead it?');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('“加强组织领导”（三、 › 5.）由省开放工作领导小组成员单位负责');
  });

  it('reads an ordinal under the part a question names, in the one document that has that part', async () => {
    const a = plainText(await answerer.ask('优化营商环境那部分的第二项是什么？'));
    expect(a).toContain('强化知识产权保护');
    expect(a).not.toContain('深化服务贸易合作');
  });

  it('reads 第N条 as item N of a document numbered N.', async () => {
    const a = plainText(await answerer.ask('旅游业发展的若干意见第3条讲的是什么？'));
    expect(a).toContain('县旅游产业发展领导小组办公室');
  });

  it('names the owner of the item whose title holds the subject, not of one that mentions it', async () => {
    const a = plainText(await answerer.ask('扩大对外开放的实施意见里，知识产权保护由哪个部门牵头？'));
    expect(a.split('\n')[0]).toContain('省市场监管局');
  });

  it('does not file the items under the document number line below the title', async () => {
    const a = await answerer.ask('扩大对外开放的实施意见对提升通关效率怎么说？');
    expect(a.grounded).toBe(true);
    expect(a.citations[0]!.section).toContain('优化营商环境');
    expect(a.citations[0]!.section).not.toContain('〔2024〕');
  });

  it('shows a short numbered item whole, not its title or one sentence', async () => {
    const a = plainText(await answerer.ask('我们旅行社去年往县里景区带了三万多游客，县里怎么奖励？'));
    expect(a).toContain('每满一万人奖励一万元');
    expect(a).not.toContain('书面申报');
  });
});

describe('which ones, not how many', () => {
  it('answers 哪几项 of a term from the sentence that lists them, not with a count of the items', async () => {
    const { answerer } = await answererOver(
      {
        '某市积分制入户热点问答.txt':
          '某市积分制入户热点问答\n1.申请需要符合哪些条件？\n答：(一)持有本市居住证；(二)缴纳社会保险满4年；(三)近5年内未受过刑事处罚。\n' +
          '2.资格分和排名分是什么？\n答：排名分是指按照合法稳定住所、合法稳定就业、年龄三项指标计算所得的分值。\n',
      },
      true,
    );
    const a = plainText(await answerer.ask('积分制入户热点问答里的排名分指的是哪几项？'));
    expect(a).toContain('合法稳定住所、合法稳定就业、年龄三项指标');
    expect(a).not.toMatch(/共[二两三]项/u);
  });
});

describe('a notice numbered 一、–七、 with its annexes listed 1.–3. under the last part', () => {
  const NOTICE =
    '某市住房保障局关于加强住房保障工作的通知\n某住规〔2024〕2号\n各区人民政府：\n为做好住房保障工作，通知如下：\n' +
    '一、收入准入限额\n家庭年人均收入不超过4万元。\n二、租赁补贴标准\n补贴标准为每平方米30元。\n三、租金缴交标准\n（一）免交租金。特困人员免交租金。\n（二）优惠租金。低保家庭按优惠租金缴交。\n' +
    '四、审核机制\n街道受理申请后15个工作日内完成初审。\n五、退出机制\n不再符合条件的，应当在1个月内腾退。\n六、续签机制\n期满审查合格的，续签租赁合同。\n' +
    '七、本通知自2024年5月1日起施行，有效期5年。\n附件：\n1．收入及财产限额表\n2．租赁补贴标准表\n3．分档租金标准表\n';
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '某市住房保障局关于加强住房保障工作的通知.txt': NOTICE }, true));
  });

  it('counts 第N条 and 最后一条 in the parts that run through it, not in the annex list', async () => {
    const third = plainText(await answerer.ask('加强住房保障工作的通知第三条讲的是什么？'));
    expect(third).toContain('租金缴交标准');
    expect(third).not.toContain('分档租金标准表');
    const last = plainText(await answerer.ask('加强住房保障工作的通知最后一条说的啥？'));
    expect(last).toContain('有效期5年');
  });
});

describe('an article whose sentence says a list follows, though it ends in 。', () => {
  it('is given with the items under it (第五条 符合下列条件之一…可申请将户籍迁入本市。)', async () => {
    const title = '澄川市引进人才入户管理办法';
    const text = [
      title,
      '第一条 为规范引进人才入户工作，制定本办法。',
      '第二条 符合下列条件之一，来本市就业的人员，可申请将户籍迁入本市。',
      '（一）具有博士研究生学历的人员，年龄需在50周岁以下。',
      '（二）具有硕士研究生学历的人员，年龄需在45周岁以下。',
      '（三）具有中级职称的人员，年龄需在40周岁以下。',
      '第三条 本办法自2026年1月1日起施行。',
      '',
    ].join('\n');
    const { answerer } = await answererOver({ [`${title}.txt`]: text }, true);
    const a = plainText(await answerer.ask('入户管理办法第二条列了几类可以申请迁户口的人？'));
    for (const w of ['可申请将户籍迁入本市', '博士研究生', '硕士研究生', '中级职称']) expect(a).toContain(w);
    expect(a).not.toContain('2026年1月1日');
  });
});
