// `X是由哪几部分组成的` asks the parts of X, which an article lists — not the document's chapters, even where the
// document's title names X too (`关于工资总额组成的规定里，工资总额是由哪几部分组成的`); `这个规定由哪几部分组成`
// asks the document's own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const RULES = [
  '# 关于津贴总额组成的规定',
  '## 第一章 总则',
  '第一条 为了统一津贴总额的计算范围，制定本规定。',
  '## 第二章 津贴总额的组成',
  '第二条 津贴总额由下列三个部分组成：',
  '（一）岗位津贴；',
  '（二）交通津贴；',
  '（三）通讯津贴。',
  '## 第三章 附则',
  '第三条 本规定自发布之日起施行。',
  '',
].join('\n');

describe('the parts a thing is made of', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '关于津贴总额组成的规定.md': RULES }, true));
  });

  it('are the ones its article lists, not the chapters', async () => {
    const a = plainText(await answerer.ask('关于津贴总额组成的规定里，津贴总额是由哪几部分组成的？'));
    expect(a).toContain('交通津贴');
    expect(a).not.toMatch(/共三章/u);
  });

  it('are the chapters when the document itself is asked', async () => {
    const a = plainText(await answerer.ask('关于津贴总额组成的规定由哪几部分组成？'));
    expect(a).toMatch(/共三章/u);
  });
});
