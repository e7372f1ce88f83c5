// A document asked about by its own number (`国办发〔2018〕117号是哪天印发的`), among others: the number
// points to it as its title would.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const notice = (title: string, number: string, date: string, items: string[]) =>
  [title, number, '各市人民政府，省政府各部门：', '现就有关事项通知如下。', ...items, '某省人民政府办公厅', date].join('\n');

describe('a document by its number', () => {
  it('answers from the document the number belongs to, and not from one with another number', async () => {
    const a = notice('某省人民政府办公厅关于加大督查激励支持力度的通知', '某政办发〔2018〕17号', '2018年12月6日', ['一、对农田水利建设成效明显的县，安排奖励资金。(省水利厅负责)', '二、对消费促进成效明显的市，给予资金支持。(省商务厅负责)', '三、对营商环境改善明显的市，优先支持试点。(省发展改革委负责)']);
    const b = notice('某省人民政府办公厅关于做好防汛救灾工作的通知', '某政办发〔2019〕5号', '2019年6月1日', ['一、落实防汛责任。(省应急厅负责)', '二、加强监测预警。(省气象局负责)', '三、做好转移安置。(省民政厅负责)']);
    const { answerer } = await answererOver({ 'a.txt': a, 'b.txt': b }, true);
    const when = plainText(await answerer.ask('某政办发〔2018〕17号是哪天印发的？'));
    expect(when).toContain('2018年12月6日');
    expect(when).not.toContain('2019年');
    // (A notice that forwards another is dated by when it was forwarded: `…是哪天转发的`.)
    expect(plainText(await answerer.ask('某政办发〔2018〕17号是哪天转发的？'))).toContain('2018年12月6日');
    expect(plainText(await answerer.ask('某政办发[2019]5号第二条谁负责？'))).toContain('省气象局');
    // Said without its year, as people do: `某政办发5号文`.
    expect(plainText(await answerer.ask('某政办发5号文第三条谁负责？'))).toContain('省民政厅');
    expect(plainText(await answerer.ask('某政办发17号文第二条谁负责？'))).toContain('省商务厅');
  });
});
