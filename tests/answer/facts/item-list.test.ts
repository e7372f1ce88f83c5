// An item that introduces a list (`见习单位不得有下列行为：`) is answered with the list under it.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

describe('an item by number that introduces a list', () => {
  it('gives the list under it, and not the next item', async () => {
    const { answerer } = await answererOver({
      '某市实训基地管理办法.txt':
        '某市实训基地管理办法\n第一条 为规范实训基地管理，制定本办法。\n第二条 实训基地不得有下列行为：\n(一)安排学员从事危险作业；\n(二)向学员收取实训费用。\n第三条 实训基地每两年评估一次。\n',
    });
    const text = plainText(await answerer.ask('实训基地管理办法第二条规定了什么？'));
    expect(text).toContain('向学员收取实训费用');
    expect(text).not.toContain('每两年评估一次');
  });
});
