// The asker's own figure (`我今年57岁`, `排了六年`) is no word of the text, yet the rule that bounds a figure of its
// kind (`女性不超过55周岁`, `轮候时间超过5年`) is what decides their case; and `X和Y分别多久…` asks each subject
// the same thing, said once after 分别.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver } from '../support/docs.ts';

const LOAN =
  '溪城市创业担保贷款常见问题\n' +
  '五、创业担保贷款有哪些申请条件？\n' +
  '答：（一）登记失业人员、就业困难人员、退役军人申请创业担保贷款的，须同时符合以下条件：' +
  '1.已在本市办理就业创业登记；2.创业项目已在本市行政区域内办理法定登记注册手续；3.申请人及其家庭成员无不良信用记录。' +
  '（二）其他人员自主创业资金不足申请创业担保贷款的，除上述规定的条件外，所创办的创业主体注册登记时间在3年内。' +
  '1.提交贷款申请时女性不超过55周岁、男性不超过60周岁。符合申请条件的个人创业担保贷款额度最高30万元。\n' +
  '六、创业担保贷款如何还款？\n' +
  '答：借款人按月付息、到期还本，可提前还款。\n';

const SCHOOL =
  '溪城市职业教育改革实施方案\n' +
  '三、促进产教融合\n' +
  '（九）坚持知行合一。健全专业设置定期评估机制，原则上每5年修订1次职业院校专业目录，学校依据目录灵活自主设置专业。' +
  '遴选认定一批职业教育在线精品课程，建设一批校企合作开发的规划教材，倡导使用新型活页式教材并配套开发信息化资源。' +
  '每3年修订1次教材，其中专业教材随产业升级情况及时动态更新。\n' +
  '（十）推动校企全面加强深度合作。职业院校应当根据自身特点和人才培养需要，主动与具备条件的企业开展合作。\n';

describe('the asker’s own figure', () => {
  it('leads to the rule that bounds a figure of its kind', async () => {
    const { answerer } = await answererOver({ '溪城市创业担保贷款常见问题.txt': LOAN });
    // (Their age and 今年, told in their story, are where they stand — no words the text must hold; and a clause
    // closed by 不, `还能申请…不`, asks as `吗` does.)
    const a = await answerer.ask('我今年57岁，女的，还能申请创业担保贷款不');
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('不超过55周岁');
  });

  it('still asks what the text does not cover when that is asked', async () => {
    const { answerer } = await answererOver({ '溪城市创业担保贷款常见问题.txt': LOAN });
    const a = await answerer.ask('我今年57岁，女的，退休金能领多少钱');
    expect(a.grounded).toBe(false);
  });
});

describe('subjects asked 分别', () => {
  it('answers each subject the ask said once after 分别', async () => {
    const { answerer } = await answererOver({ '溪城市职业教育改革实施方案.txt': SCHOOL });
    const text = plainText(await answerer.ask('职业院校专业目录和教材分别多久修订一次？'));
    expect(text).toContain('每5年修订1次');
    expect(text).toContain('每3年修订1次');
  });
});
