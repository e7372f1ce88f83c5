// `一共有几个附件？最后一个是什么表`: the attachments a notice lists at its end, counted and named — beside a
// count of its articles when both are asked.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const notice = [
  '关于受理澄川区青年驿站申请的公告',
  '',
  '一、申请对象',
  '来澄求职的高校毕业生。',
  '二、申请材料',
  '1.《澄川区青年驿站申请表》（附件1）；',
  '2.诚信承诺书（附件2）。',
  '',
  '附件：1.澄川区青年驿站申请表.docx',
  '2.诚信承诺书.docx',
  '3.澄川区青年驿站入住情况汇总表.xls',
  '澄川区人力资源局',
  '2025年8月11日',
  '',
].join('\n');

const rules = [
  '关于印发澄川市举报奖励办法的通知',
  '',
  '第一条 为鼓励举报，制定本办法。',
  '第二条 举报奖励由市财政局负责。',
  '第三条 本办法自发布之日起施行。',
  '附件：',
  '１．澄川市举报奖励审批表',
  '２．澄川市举报奖励通知书',
  '',
].join('\n');

describe('the attachments of a notice', () => {
  it('counts and names them, the last one included', async () => {
    const { answerer } = await answererOver({ '关于受理澄川区青年驿站申请的公告.txt': notice }, true);
    const a = plainText(await answerer.ask('澄川青年驿站申请公告一共有几个附件？最后一个是什么表'));
    expect(a).toContain('附件3个');
    expect(a).toContain('澄川区青年驿站入住情况汇总表');
  });

  it('gives the articles counted beside them', async () => {
    const { answerer } = await answererOver({ '关于印发澄川市举报奖励办法的通知.txt': rules }, true);
    const a = plainText(await answerer.ask('澄川举报奖励办法一共多少条，带了几个附件'));
    expect(a).toContain('三条');
    expect(a).toContain('附件2个');
    expect(a).toContain('澄川市举报奖励通知书');
  });
});
