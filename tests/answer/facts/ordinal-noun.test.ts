// `第二个有效期里…`: an ordinal counted with a bare 个 before a noun that names no item counts that thing —
// it is not item 2 of whichever documents have one; and a 行动计划 named before `里，` scopes the question.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { resolveFocus } from '../../../src/answer/conversation/focus.ts';

const rules = [
  '澄川市培训机构管理办法',
  '',
  '第一条 为规范培训机构管理，制定本办法。',
  '第二条 培训机构有效期为3年。',
  '第三条 第二个有效期内年均培训少于200人次的，视为自动放弃，3年内不得再次申报。',
  '',
].join('\n');
const other = ['澄川市人才公寓管理办法', '', '第一条 为规范人才公寓管理，制定本办法。', '第二条 租期最长3年。', ''].join('\n');

describe('an ordinal of another thing', () => {
  it('answers from the text instead of asking which document has a second item', async () => {
    const { answerer } = await answererOver({ '澄川市培训机构管理办法.txt': rules, '澄川市人才公寓管理办法.txt': other }, true);
    const a = plainText(await answerer.ask('第二个有效期里每年培训不到多少人次就算自动放弃？'));
    expect(a).toContain('200人次');
    expect(a).not.toContain('请问您指的是哪一份');
  });
});

describe('a 行动计划 named before 里', () => {
  const plan = [
    '澄川市场景创新行动计划',
    '',
    '一、重点任务',
    '（一）精钢智造基地。建设钢铁智能制造示范工厂。（澄川市工信局负责）',
    '（二）智慧物流基地。建设物流大数据平台。（澄川市商务局负责）',
    '',
  ].join('\n');
  const notice = ['澄川市钢铁产业通知', '', '一、各单位要推动钢铁产业发展。', ''].join('\n');

  it('scopes the question to it, asked without the name', async () => {
    const { index, answerer } = await answererOver({ '澄川市场景创新行动计划.txt': plan, '澄川市钢铁产业通知.txt': notice }, true);
    const q = '澄川那个场景创新行动计划里，精钢智造基地那一条是哪个单位负责？';
    const focus = resolveFocus(index, q, []);
    expect(index.document(focus.docId!)?.title).toBe('澄川市场景创新行动计划');
    expect(focus.question).toBe('精钢智造基地那一条是哪个单位负责？');
    expect(plainText(await answerer.ask(q))).toContain('澄川市工信局');
  });
});
