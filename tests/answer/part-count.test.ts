// `一共几章`: a count of a text's parts is a count (章, 节 are measure words as 条 is), and the sentence that counts
// them (`《…规则》共十九章`) leads — not another count beside it (`分为3大类13项`), nor a chapter's number (`第三章`).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { askedAmountKinds, partUnitAsked, statesPartCount } from '../../src/text/numerals.ts';
import { answererOver } from '../support/docs.ts';

describe('a count of a text’s parts', () => {
  it('is a count, in the unit asked, stated by a figure of that unit and not by a label', () => {
    expect(askedAmountKinds('那个规则一共几章？')).toContain('count');
    expect(askedAmountKinds('家里最多能养几只狗？')).toContain('count');
    expect(partUnitAsked('那个规则一共几章？')).toBe('章');
    expect(partUnitAsked('第几章讲的结算？')).toBeNull();
    // (Some of them pointed at, `前几章`, and the 节 of 节能 are no count of parts.)
    expect(partUnitAsked('前几章主要规定了哪些内容？')).toBeNull();
    expect(askedAmountKinds('前几章主要规定了哪些内容？')).not.toContain('count');
    expect(askedAmountKinds('买空调能拿多少节能补贴？')).not.toContain('count');
    expect(statesPartCount('约法三章', '章')).toBe(false);
    expect(statesPartCount('《某市电力市场规则（试行）》共十九章，分别是：总则、市场成员', '章')).toBe(true);
    expect(statesPartCount('第三章 市场构成与价格', '章')).toBe(false);
  });

  it('is answered by the sentence that counts the parts', async () => {
    // A real 编制说明 (eval/real41): its opening paragraphs count meetings, firms and fees before it counts the chapters.
    const name = '《山东电力市场规则(试行)》编制说明_国家能源局山东监管办公室.txt';
    const text = readFileSync(path.resolve(import.meta.dirname, '../../eval/real41/knowledge', name), 'utf8');
    const { answerer } = await answererOver({ [name]: text });
    const a = plainText(await answerer.ask('山东电力市场规则一共几章？'));
    expect(a).toContain('共十九章');
  });
});
