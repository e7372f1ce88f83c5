// Who leads an item, asked without naming the document, is answered from the passages found: the
// answer may quote more than one sentence, but the units it names are the cited item's own — a
// neighbouring item's `（责任单位：…）` never stands beside them. The plan is written here.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = [
  '某省人民政府办公厅关于印发某省推进社区服务提质三年行动方案的通知',
  '一、提升社区服务品质',
  '（一）增加社区服务设施供给。将具备条件的闲置办公用房改造建设为社区服务设施。（责任单位：省民政厅、省自然资源厅）',
  '（二）完善社区服务网络。构建城市15分钟服务圈，所有街道至少建有1个综合服务中心。加强独居老年人社区探访、上门照料等工作。（责任单位：省卫生健康委、省医保局）',
  '二、强化要素保障',
  '（三）加强资金保障。各级财政要安排社区服务资金。完善社区服务统计考核机制，将考核结果作为资金安排的重要依据。（责任单位：省财政厅、省统计局）',
  '（四）强化人才支撑。对入职满3年的社区工作者给予一次性补贴5000元。（责任单位：省人力资源社会保障厅、省教育厅）',
].join('\n');

describe('units answered from passages', () => {
  it('names only the cited item’s units', async () => {
    const { answerer } = await answererOver({ 'plan.txt': PLAN });
    for (const q of ['（二）的责任单位是哪些？', '第二项的责任单位是哪些？']) {
      const a = await answerer.ask(q);
      const text = plainText(a);
      const owners = ['省民政厅', '省卫生健康委', '省财政厅', '省人力资源社会保障厅'].filter((u) => text.includes(u));
      expect(owners.length, `${q} → ${text}`).toBe(1);
      // …and they stand in the item the answer cites first.
      expect(a.citations[0]!.text).toContain(owners[0]!);
    }
  });

  it('names each item’s own units when the question asks who leads two things', async () => {
    const { answerer } = await answererOver({ 'plan.txt': PLAN }, true);
    const a = plainText(await answerer.ask('统计考核机制归哪些单位负责？入职满3年的补贴又是哪个部门负责？'));
    expect(a).toContain('省财政厅、省统计局');
    expect(a).toContain('省人力资源社会保障厅、省教育厅');
    expect(a).not.toContain('省卫生健康委');
  });

  it('reads `X在不在责任单位里`, `还有哪些单位` after a who-leads ask as of that item, not an ask for another', async () => {
    const { answerer } = await answererOver({ 'plan.txt': PLAN }, true);
    for (const q of ['社区探访、上门照料这一条是谁负责？教育部门在不在责任单位里？', '社区探访、上门照料这一条是谁负责？教育厅是不是责任单位', '社区探访、上门照料这一条第一责任单位是谁？统计考核口子上还有哪些单位？']) {
      const a = plainText(await answerer.ask(q));
      expect(a, q).toContain('省卫生健康委、省医保局');
      // (The 教育 of the check names item (四)'s 省教育厅, 统计考核 item (三): neither is an item asked.)
      for (const other of ['省人力资源社会保障厅', '省财政厅', '省民政厅']) expect(a, q).not.toContain(other);
    }
  });
});

describe('two items the question’s words match alike', () => {
  it('names the units of the one that says more of the question in one run', async () => {
    const plan = [
      '国务院关于支持自由贸易试验区深化改革创新若干措施的通知',
      '二、提升贸易便利化水平',
      '（十九）支持符合条件的自贸试验区开展汽车平行进口试点。（负责部门：商务部）',
      '（二十）授予自贸试验区自由进出口技术合同登记管理权限。（负责部门：科技部）',
      '（二十一）支持自贸试验区试点汽车平行进口保税仓储业务。（负责部门：海关总署）',
    ].join('\n');
    const { answerer } = await answererOver({ 'plan.txt': plan }, true);
    const a = plainText(await answerer.ask('支持自贸试验区试点汽车平行进口保由哪个部门负责？'));
    expect(a).toContain('海关总署');
    expect(a).not.toContain('商务部');
  });
});
