// Who signed a notice and when: the signature and date close the body, which is not always the end of
// the text — a notice that carries its list or table as an attachment has them right before `附件`.
import { describe, expect, it } from 'vitest';
import { extractDocFacts } from '../../../src/knowledge/facts/document.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const body = [
  '某省人民政府办公厅关于推广第三批营商环境改革举措的通知',
  '某政办发〔2024〕7号',
  '各市人民政府，省政府各部门：',
  '一、推广的改革举措',
  '（一）政务服务方面2项：企业开办一日办结；工程建设项目联合验收。',
  '（二）融资服务方面3项：知识产权质押融资风险补偿；政府采购合同融资；应收账款融资服务平台。',
  '二、认真抓好组织实施',
  '各市人民政府要把推广工作列为本地区重点工作，研究制定推广工作方案。',
  '三、加强督促检查',
  ...Array.from({ length: 6 }, (_, i) => `（${'一二三四五六'[i]}）要加强督促检查，积极创造条件开展复制推广，及时总结推广经验，第${i + 1}季度报送推广进展情况。`),
];
const annex = ['附件', '第三批营商环境改革举措推广清单', ...Array.from({ length: 12 }, (_, i) => `${i + 1}.某项举措${i + 1}。主要内容：说明举措${i + 1}的具体做法和适用范围。指导部门：省财政厅。`)];

describe('signature before the attachments', () => {
  it('reads the issuer and date that close the body when an attachment follows them', () => {
    const text = [...body, '某省人民政府办公厅', '2024年3月8日', ...annex].join('\n');
    const { facts } = extractDocFacts({ id: 'n.txt', title: body[0]!, text });
    expect(facts.date?.text).toBe('2024年3月8日');
    expect(facts.issuers).toEqual(['某省人民政府办公厅']);
  });
});

describe('a web page’s own date and source', () => {
  const page = ['某市积分制入户热点问答', '发表时间：2025-09-04 15:26', '信息来源：市人力资源社会保障局、市人力资源市场服务中心', '1.指标有多少个？', '答：2025年度指标为1.6万个。'].join('\n');

  it('reads the date under the title as written and the bodies the page names as its source', () => {
    const { facts } = extractDocFacts({ id: 'p.txt', title: '某市积分制入户热点问答', text: page });
    expect(facts.date).toEqual({ text: '2025-09-04', source: '发表时间：2025-09-04 15:26' });
    expect(facts.issuers).toEqual(['市人力资源社会保障局', '市人力资源市场服务中心']);
  });

  it('reads both when one head line carries the source and the date as labelled fields', () => {
    const one = ['某市低空设施建设方案（2024—2026年）', '信息来源：某市发展和改革委员会 信息提供日期：2025-07-31 10:49', '一、建设目标', '到2026年底，建成起降点100个以上。'].join('\n');
    const { facts } = extractDocFacts({ id: 'q.txt', title: '某市低空设施建设方案（2024—2026年）', text: one });
    expect(facts.issuers).toEqual(['某市发展和改革委员会']);
    expect(facts.date).toEqual({ text: '2025-07-31', source: '信息提供日期：2025-07-31 10:49' });
  });

  it('reads the units of a source line set apart by spaces as by 、', () => {
    const faq = ['创业贷款常见问题', '发表时间：2025-11-18 17:37', '信息来源：市人力资源社会保障局  市劳动就业服务管理中心', '一、申请对象有哪几类？', '答：个人和小微企业。'].join('\n');
    expect(extractDocFacts({ id: 'f.txt', title: '创业贷款常见问题', text: faq }).facts.issuers).toEqual(['市人力资源社会保障局', '市劳动就业服务管理中心']);
  });

  it('takes a news outlet the page names as its source for who published it', async () => {
    const news = ['某省多项医保新措明年起实施', '2025-01-01', '来源：某州日报', '职工医保个人账户共济范围扩至近亲属。'].join('\n');
    const { facts } = extractDocFacts({ id: 'n.txt', title: '某省多项医保新措明年起实施', text: news });
    expect(facts.issuers).toEqual(['某州日报']);
    const { answerer } = await answererOver({ '某省多项医保新措明年起实施.txt': news }, true);
    const a = plainText(await answerer.ask('《某省多项医保新措明年起实施》这篇是哪家媒体的稿子？哪天发的？'));
    expect(a).toContain('某州日报');
    expect(a).toContain('2025-01-01');
    // `哪里发的` asks where it was published: the same source.
    expect(plainText(await answerer.ask('某省多项医保新措明年起实施那篇文章是哪里发的？什么时候发的'))).toContain('某州日报');
  });

  it('answers when it was put up and where it comes from, as published (发布), not as a notice issued (印发)', async () => {
    const { answerer } = await answererOver({ '某市积分制入户热点问答.txt': page }, true);
    const a = plainText(await answerer.ask('某市积分制入户热点问答是哪天发布的？信息来源是哪个部门？'));
    expect(a).toContain('2025-09-04发布');
    expect(a).toContain('市人力资源社会保障局、市人力资源市场服务中心');
    expect(a).not.toContain('印发');
    // When something the page is about is paid out is not when the page was put up.
    expect(plainText(await answerer.ask('某市积分制入户的指标什么时候发到手？'))).not.toContain('2025-09-04');
  });
});
