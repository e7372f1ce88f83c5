// `这个是哪天到哪天`: a window asked is answered by the line that states one (`8月7日至8月21日`), not by the
// sentence that dates a condition; and a line with no closing mark ends where it ended in the text.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const title = '关于受理某市第二批专利申请资助项目申报的通知';
const text = [
  title,
  '一、申报程序及申报时间',
  '（一）境外发明专利、专利申请日在2016年2月23日及之前且非电子申请的专利：先申请建档和查验材料，再登陆业务管理系统填报。',
  '建档和查验材料：2017年8月7日至8月21日',
  '系统填报：2017年8月28日至9月8日',
  '（二）其他专利：直接登陆业务管理系统填报。',
  '系统填报时间：2017年8月7日至9月8日',
].join('\n');

describe('a window asked', () => {
  it('is answered by the line that states it, closed with a full stop', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('某市第二批专利申请资助，境外发明专利要先建档和查验材料，这个是哪天到哪天？'));
    expect(a.startsWith('建档和查验材料：2017年8月7日至8月21日。')).toBe(true);
  });
});
