// Three ways an answer missed what was asked though the text held it: a plan's facts answering a question about
// another loaded document (`第一步` read as the plan's task 1), a cost asked of whom (`修理费谁出`) led by the sentence that
// only names the cost, and the opening ask of two (`每月具体多少？最长补多久`) left unanswered when the lead answered the other.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/answer/plain-text.ts';
import { answererOver, PLAN_FILES } from '../support/docs.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('a question about another loaded document', () => {
  const noticeTitle = '某市医疗保险服务中心关于开展2026年度城乡居民基本医疗保险集中参保缴费工作的通告';
  const notice = [
    noticeTitle,
    '一、参保范围',
    '未参加职工医保或未按照规定享有其他保障的本市户籍人员。',
    '二、注意事项',
    '（一）已参加我市职工医保的人员如需参加城乡居民医保，应先办理职工医保停保手续后，再办理城乡居民医保参保登记手续。',
    '（二）参保人员应按时足额缴费。',
  ].join('\n');

  it('is not answered from the plan facts of the shipped plan', async () => {
    const plan = readFileSync(path.join(root, PLAN_FILES[0]!), 'utf8');
    const { answerer } = await answererOver({ [path.basename(PLAN_FILES[0]!)]: plan, [`${noticeTitle}.txt`]: notice }, true);
    const a = await answerer.ask('我现在交的是职工医保，想改参加城乡居民医保，第一步要做什么？');
    expect(a.mode).not.toBe('facts');
    expect(plainText(a)).toContain('停保');
    // …while the plan's own ordinal question is still the facts' to answer.
    const own = await answerer.ask('盘锦工业方案第一项任务是什么');
    expect(own.mode).toBe('facts');
  });
});

describe('who pays, asked', () => {
  // (Article 15 of a city's rules on fitting assistive devices, long enough that only the sentences chosen are shown.)
  const title = '某市残疾人辅助器具适配工作管理办法';
  const text = [
    title,
    '第十五条  辅助器具适配服务包括辅助器具的需求评估、适配评估、定（改）制设计制作、适应性训练、效果评估等。适配服务的工作程序为：',
    '（一）需求评估。区级残联组织利用本区的残疾人精准康复基层工作队伍，组织专业服务人员对残疾人的辅助器具需求进行评估。根据残疾人需求，对于残疾人目前使用辅具的情况进行了解记录。通过视听检测或简单的肢体活动，初步判断残障程度，向其宣讲本市残疾人辅助器具适配政策，将有适配辅助器具需求的残疾人转介至残疾人自行选定的定点康复机构进行进一步的适配评估。',
    '（二）适配评估。',
    '前置适配评估：广州市残疾人辅助器具服务中心对申请上臂(肘上)装饰假肢、肩关节离断装饰假肢、腕离断简易假肢、肘离断假肢、大腿假肢、髋离断假肢、矫形鞋、电动轮椅、手动护理床、远近两用台式电子助视器、防压疮座垫和床垫的适配对象开展适配评估服务，适配对象在办理辅助器具适配补贴申请手续时，需提交广州市残疾人辅助器具服务中心出具的同意适配上述辅助器具的适配评估资料。',
    '适配前专业评估：定点康复机构按照业务要求，充分考虑适配对象的功能障碍、个人愿望、回归社会的目标等因素，对申请适配残疾人申配辅助器具进行适配评估，提出辅助器具配置意见（包括选用辅助器具的品名、型号、规格、改制或设计及定制方案、适应性训练方案等）。',
    '（三）个性化适配服务。适配各类轮椅、助行器、假肢、矫形器、拐杖的适配对象认为产品库中的辅助器具功能不能满足其康复需求，需要个性化适配的，经区级残联组织审核同意，可以选择适配产品库以外的辅助器具进行适配，但其所选择的辅助器具须为《适配目录》中的辅助器具，适配对象选择产品库以外的辅助器具，补贴标准以实际价格为准，但不得超过《适配目录》内同类辅助器具规定的适配上限。要求在产品库外进行个性化适配的适配对象，在办理适配补贴申请手续时，应同时提供本人或其监护人（照顾者）亲笔签名的申请材料，申请材料应说明在产品库外进行个性化适配的必要性并提交由定点机构提供的拟适配产品的品牌、型号、性能、照片资料，以保障其适配产品的安全性和可靠性。个性化适配每个资助年度限申请一次。',
    '（四）适应性训练。辅助器具交付适配对象后，定点康复机构应对残疾人进行使用适应性训练，同时组织开展适配对象及其亲属有关辅助器具使用培训（包括结构、操作方法、维修常识、安全事项等）。',
    '（五）效果评估。辅助器具交付残疾人使用一个月、三个月及半年间，定点康复机构应安排专业人员上门或电话进行回访，对适配对象使用辅助器具的效果进行评估，征询意见，做好跟踪服务。',
    '（六）保修服务。辅助器具保修期限内出现损坏的，由定点康复机构提供保修服务，对行动不便、联系有困难的，定点康复机构应当予以协助。保修服务期限外，如需更换零部件或维修的，产生费用由适配对象自理。',
  ].join('\n');

  it('is led by the sentence that says who bears the cost', async () => {
    // (Beside the shipped plan: words weigh as they do in a knowledge base, not in one short text.)
    const plan = readFileSync(path.join(root, PLAN_FILES[0]!), 'utf8');
    const { answerer } = await answererOver({ [path.basename(PLAN_FILES[0]!)]: plan, [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('轮椅过了保修期坏了，修理费谁出？'));
    expect(a).toContain('自理');
  });
});

describe('the opening ask of two, when the lead answered the other', () => {
  const title = '某市就业政策';
  const text = [
    title,
    '灵活就业社保补贴',
    '政策内容：对离校1年内未就业的高校毕业生灵活就业后缴纳社会保险费的，按规定给予社会保险补贴，补贴期限最长不超过2年。',
    '文件依据：《某市人民政府关于进一步做好就业创业工作的实施意见》',
    '补贴测算：对灵活就业人员按照最低社会保险缴费基数缴纳社会保险费的30%给予补贴，具体补贴金额为248.8元/人月。',
    '申请渠道：县域地区承担高校毕业生就业服务的机构',
  ].join('\n');

  it('gets the sentence of the lead passage that states its figure', async () => {
    const { answerer } = await answererOver({ [`${title}.txt`]: text });
    const a = plainText(await answerer.ask('离校一年没找到工作的毕业生搞灵活就业，社保补贴每月具体多少？最长补多久'));
    expect(a).toContain('2年');
    expect(a).toContain('248.8元');
  });
});
