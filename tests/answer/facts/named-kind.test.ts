// `第三个行动`: item N of the list whose items are that kind by their titles, and `它的第2条` of it after.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const PLAN =
  '青州市数据产业发展行动计划（2025—2027年）\n一、总体要求\n到2027年，数据产业规模突破500亿元。\n二、重点任务\n' +
  '（一）数据基础“夯基”行动\n1.建设数据中心。新建绿色数据中心2个。（责任单位：市发展改革委）\n2.完善网络设施。扩容城域网出口带宽。（责任单位：市通信管理办）\n' +
  '（二）数据流通“畅通”行动\n1.培育数据市场。建设数据交易平台。（责任单位：市数据局）\n2.规范数据交易。制定交易规则。（责任单位：市市场监管局）\n' +
  '（三）数据应用“赋能”行动\n1.数据+制造。推动工厂数据上云。（责任单位：市工业和信息化局）\n2.数据+农业。开展智慧农场建设。（责任单位：市农业农村局）\n3.数据+文旅。打造数字景区。（责任单位：市文化和旅游局）\n' +
  '三、保障措施\n加强组织领导。\n';

describe('a place counted among the items a question names by their kind', () => {
  it('is the item of that list (第三个行动), and 它的第2条 is the second under it, with its unit', async () => {
    const { answerer } = await answererOver({ '青州市数据产业发展行动计划（2025—2027年）.txt': PLAN }, true);
    const s = 'kind';
    expect(plainText(await answerer.ask('青州数据产业行动计划的第三个行动是什么？', { sessionId: s }))).toContain('数据应用“赋能”行动');
    const a = plainText(await answerer.ask('它的第2条讲什么？谁负责？', { sessionId: s }));
    expect(a).toContain('数据+农业');
    expect(a).toContain('市农业农村局');
    expect(a).not.toContain('市通信管理办');
  });
});
