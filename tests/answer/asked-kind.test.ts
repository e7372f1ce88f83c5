// What a question asks for (a date, a count of the document's items or of a thing it sets) steers which
// passage answers, when the question's own words are only the document's name.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

describe('a date asked of a notice whose every passage shares the question\'s words', () => {
  it('is answered by the passage the notice labels with a time (申请时间：…至…)', async () => {
    const title = '关于受理青溪区人才公寓申请的公告';
    const text =
      `${title}\n根据青溪区人才公寓管理办法，现受理青溪区人才公寓申请。公告如下：\n` +
      '一、申请条件\n申请青溪区人才公寓的人才应在青溪区企业工作。\n申请人才公寓的人才在本市无自有住房。\n' +
      '二、申请材料\n1.青溪区人才公寓申请表。\n2.人才公寓申请人身份证明。\n' +
      '三、租金标准\n青溪区人才公寓租金按市场租金的70%收取。\n' +
      '四、申请时间\n申请时间：2025年9月1日至9月12日。\n' +
      '五、咨询电话\n青溪区人才公寓申请咨询电话：020-12345678。\n';
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('青溪人才公寓那个公告，啥时候可以申请，截止到几号？'));
    expect(a).toContain('9月12日');
    expect(a).not.toContain('没有写明');
  });
});

describe('a count', () => {
  const title = '青州市智能产业发展行动计划';
  const text =
    `${title}\n一、总体要求\n到2026年，揭榜国家智能创新任务12项以上，建成智能算力中心3个。\n` +
    '二、重点任务\n1.强化算力支撑。建设城市算力中心。\n2.培育骨干企业。引进一批智能企业。\n3.拓展应用场景。打造一批示范场景。\n' +
    '三、保障措施\n加强组织领导，加大资金支持。\n';

  it('of a thing the document sets is that figure, not the document\'s number of parts', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('青州智能产业发展行动计划里，揭榜国家智能创新任务要揭多少项？'));
    expect(a).toContain('12项');
    expect(a).not.toContain('共三');
    // The document's own count is still its count.
    expect(plainText(await answerer.ask('青州智能产业发展行动计划一共分几个部分？'))).toContain('三');
  });
});
