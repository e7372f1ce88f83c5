// `各牵头单位要在多久内把配套制度搞出来`: the lead units are who the question speaks of, and it asks a period —
// not which unit leads some item.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '关于推进某市政务公开工作的实施意见';
const text = [
  title,
  '一、深化决策公开',
  '1.推进重大决策预公开。涉及群众切身利益的重大决策，应当向社会公开征求意见。（牵头单位：市政府办公厅，配合单位：市司法局）',
  '2.加强政策解读。政策文件与解读材料同步组织、同步审签、同步部署。（牵头单位：市委宣传部，配合单位：市政府办公厅）',
  '二、强化保障',
  '3.加强督促检查。各牵头单位和配合单位要在本意见施行后六个月内完成有关配套制度的制定工作。（牵头单位：市政府办公厅，配合单位：市委督查室）',
].join('\n');

describe('lead units as the subject of a question that asks a period', () => {
  it('answers the period, not an item\'s owner', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('各牵头单位要在多久内把配套制度搞出来？'));
    expect(a).toContain('六个月内');
    expect(a).not.toMatch(/^“[^”]+”（[^）]*）由/u);
    // Who leads is still answered as an owner.
    expect(plainText(await answerer.ask('政策解读由哪个单位牵头？'))).toContain('市委宣传部');
    // …and so is one in English that asks who and how many at once.
    expect(plainText(await answerer.ask('Which unit leads the item on policy interpretation, and how many steps are synchronised?'))).toContain('由市委宣传部牵头');
  });
});
