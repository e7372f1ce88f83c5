// `会有什么后果`: the consequences asked for are stated in the text's own words (取消申请资格, 追回补贴资金), seldom as
// 后果 — the word is how the question asks, not what the passage must hold. A law's `造成严重后果` is a condition.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { answererWith } from '../support/kb.ts';

const RULES = [
  '溪城市引进人才入户管理办法',
  '第一条 为进一步优化人才引进工作，规范引进人才入户管理，根据国家、省有关规定，结合本市实际，制定本办法。',
  '第二条 本办法适用于本市引进人才入户的申请、审核、办理及监督管理工作。引进人才入户坚持总量控制、结构优化、公开透明、公平公正的原则。',
  '第三条 市人力资源和社会保障部门负责统筹全市引进人才入户工作，制定具体操作规程并组织实施。市公安部门负责入户审批和户籍登记工作。',
  '第四条 申请人应当具有全日制本科及以上学历或中级及以上专业技术资格，年龄在45周岁以下，并在本市缴纳社会保险满12个月。',
  '第五条 具有博士研究生学历或高级专业技术资格的人员，申请入户不受年龄和社会保险缴纳时限的限制。',
  '第六条 申请人可以通过用人单位申报，也可以通过人才服务机构申报。用人单位应当对申请人的工作情况和申报材料进行审核。',
  '第七条 申请人的配偶和未成年子女可以随迁。随迁人员应当与申请人一同提出申请，并提交婚姻关系和亲属关系证明材料。',
  '第八条 经办机构应当在政务服务网站公开办理条件、申请材料清单和办理流程，为申请人提供咨询和指导服务。',
  '第九条 申请引进人才入户，应按规定提交相关材料。对符合条件且申请材料齐全的引进人才入户申请，经办机构应当受理。对申请材料不齐全的，应当一次性告知需要补正的全部内容。',
  '第十条 经办机构应当自受理之日起20个工作日内作出审核决定。审核通过的，出具入户核准文件；审核不通过的，书面说明理由。',
  '第十一条 申请人应书面承诺提供的申请材料真实有效。经查实有虚假承诺或经有关部门查实，存在隐瞒、欺骗或提供虚假证明材料等情形的，取消其申请资格5年，并录入个人信用记录。',
  '第十二条 本办法自2024年1月1日起施行，有效期5年。',
].join('\n');

describe('consequences asked for', () => {
  it('reads 后果 of `会有什么后果` as the asking: the rule that states them answers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'consequence-'));
    writeFileSync(path.join(dir, '溪城市引进人才入户管理办法.txt'), RULES);
    const { index, answerer } = await answererWith(dir);
    expect(index.parse('要是申请材料作假被查出来，会有什么后果？').concepts.map((c) => c.text)).not.toContain('后果');
    // (…but a consequence named as a condition is a word of the question.)
    expect(index.parse('造成严重后果的，怎么处罚？').concepts.map((c) => c.text).join(' ')).toContain('后果');
    const a = await answerer.ask('要是申请材料作假被查出来，会有什么后果？');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('取消其申请资格5年');
  });
});
