// A rule said as holding in principle (`原则上…不得变更`) is answered with the exception the next sentence makes
// (`但…确因病情需要…的，可…办理变更手续`): without it the answer says less than the text, and wrongly.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver, PLAN_FILES } from '../support/docs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const title = '某市社会医疗保险门诊特定病种管理办法';
const text = [
  title,
  '一、参保人员享受门诊特定病种待遇应当按以下规定办理确认手续。',
  '（一）参保病人应当经定点医疗机构专科医生诊断确认。',
  '（二）经确认的参保病人须在指定定点医疗机构中选定1家作为门诊特定病种治疗的医院。选定医院一经确定，原则上一个年度内不得变更。但参保病人确因病情需要及居住地迁移等情形需要变更选定医院的，可到医疗保险经办机构办理变更手续。',
  '二、门诊特定病种的费用按规定由统筹基金支付。',
  '',
].join('\n');

describe('a rule that holds in principle', () => {
  it('is given with the exception the next sentence makes', async () => {
    const plan = readFileSync(path.join(root, PLAN_FILES[0]!), 'utf8');
    const { answerer } = await answererOver({ [path.basename(PLAN_FILES[0]!)]: plan, [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('门特的选定医院定下来之后，年中还能换医院吗？'));
    expect(a).toContain('原则上一个年度内不得变更');
    expect(a).toContain('病情需要及居住地迁移');
  });
});
