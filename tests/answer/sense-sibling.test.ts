// A word no loaded text uses may be the asker's word for one the text does use: the same sense in the dictionary
// (CC-CEDICT's English) and a character in common (`开采` / `采掘`: extract). A sense alone is too loose a tie —
// `电话` and `召开` are both `call` — and a word that names a figure (`产量`) is not stated by a passage that
// speaks of the activity (`稳定生产`) and counts something else (`3项任务`). A close kin — the shared character in the
// same place (`成立` / `设立`), one of at most two, no time word's, no word most passages use — also ranks the passages
// that say it.
import { beforeAll, describe, expect, it } from 'vitest';
import { weighEvidence } from '../../src/answer/gate.ts';
import type { Answerer } from '../../src/answer/pipeline.ts';
import { plainText } from '../../src/answer/plain-text.ts';
import { KIN_CREDIT, type KnowledgeIndex } from '../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../support/docs.ts';

const PLAN = `某市工业增长三年行动方案解读

一、总体目标
到2025年末，油气采掘业继续保持千万吨稳产。全国重要的石化产业基地建设突飞猛进。

二、重点任务
聚焦头部企业的带动作用，设置了抓好油田的稳定生产、抓好头部企业引育、抓好大中小企业融通3项任务。

三、保障措施
市政府新闻办召开新闻发布会，解读方案。确定了强化组织保障、加强开放合作、做好督查督办3项措施。
`;

let index: KnowledgeIndex;
let answerer: Answerer;
beforeAll(async () => {
  ({ index, answerer } = await answererOver({ '工业增长方案解读.txt': PLAN }));
});
const grounded = (q: string) => {
  const parsed = index.parse(q);
  return weighEvidence(index, parsed, index.search(parsed, 8)).grounded;
};

describe('a word of the same sense as the text’s', () => {
  it('counts where it shares a character with the text’s word (开采 / 采掘)', () => {
    expect(grounded('油气开采那一行方案是啥要求？')).toBe(true);
  });

  it('does not count on a sense alone (电话 is `call`, as 召开 is)', () => {
    expect(grounded('新闻发布会报名电话是多少？')).toBe(false);
  });

  it('does not make a figure the text never names stated by another figure (产量 is not 3项任务)', async () => {
    const a = await answerer.ask('油田去年一年原油产量是多少？');
    expect(a.grounded).toBe(false);
    expect(plainText(a)).toMatch(/^文件没有写明/u);
  });
});

// (Each article long enough to stand as a passage of its own: the ranking picks among passages.)
const FILING = '单位应当如实填报职工人数、缴存基数和缴存比例，管理部对申报材料进行审核，审核结果在门户网站公示五个工作日。';
const RULES = `某市住房公积金缴存管理办法

第十条 单位应当自设立之日起30日内，向管理部办理单位住房公积金账户设立。${FILING}

第十四条 单位合并、分立、撤销或者破产的，应当自发生上述情况之日起30日内，向管理部办理单位住房公积金账户注销手续。${FILING}

第三十六条 职工与原单位终止劳动关系后被新单位录用的，原单位应当自劳动关系终止之日起30日内，将个人住房公积金账户转移到新单位为职工缴存住房公积金。${FILING}

第四十条 对取得显著成效的单位，由管理部给予通报表扬。${FILING}

${[
  '职工购买、建造、翻建、大修自住住房的，可以提取本人住房公积金账户内的存储余额。',
  '缴存住房公积金的职工，在购买自住住房时可以向受委托银行申请住房公积金个人住房贷款。',
  '住房公积金的月缴存额为职工本人上一年度月平均工资乘以职工住房公积金缴存比例。',
  '职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的5%。',
  '住房公积金自存入职工住房公积金个人账户之日起按照国家规定的利率计息。',
  '职工离休、退休的，可以提取本人住房公积金账户内的存储余额，同时注销职工住房公积金账户。',
  '管理部应当建立职工住房公积金明细账，记载职工个人住房公积金的缴存、提取等情况。',
  '住房公积金管理委员会应当按照中国人民银行的有关规定，指定受委托办理住房公积金金融业务的商业银行。',
]
  .map((t, i) => `第${['五十', '五十一', '五十二', '五十三', '五十四', '五十五', '五十六', '五十七'][i]}条 ${t}${FILING}`)
  .join('\n\n')}
`;

describe('the text’s word of the same sense in the ranking', () => {
  let rules: KnowledgeIndex;
  beforeAll(async () => {
    ({ index: rules } = await answererOver({ '住房公积金缴存管理办法.txt': RULES }));
  });

  it('ranks the passage that says it in the text’s word higher (`新成立的公司` → 自设立之日起)', () => {
    const q = rules.parse('新成立的公司，多久之内要去开公积金单位账户？');
    expect(q.terms).toContainEqual({ term: '设立', weight: KIN_CREDIT });
    const without = { ...q, terms: q.terms.filter((t) => t.term !== '设立') };
    const scoreOf = (query: typeof q) => rules.search(query, 12).find((h) => h.chunk.text.startsWith('第十条'))!.score;
    expect(scoreOf(q)).toBeGreaterThan(scoreOf(without));
  });

  it('ranks by close kin only: the same character in the same place (`得到` is kin of 取得 as evidence, not in the ranking)', () => {
    const c = rules.parse('成效明显的单位能得到什么？').concepts.find((x) => x.text === '得到')!;
    expect(c.kin).toContain('取得');
    expect(c.closeKin ?? []).not.toContain('取得');
    const founded = rules.parse('新成立的公司要办什么手续').concepts.find((x) => x.text === '成立')!;
    expect(founded.closeKin).toContain('设立');
  });
});

describe('which kin rank', () => {
  // (Each article long enough to stand as a passage of its own: a share of passages is what a common word is.)
  const DETAIL = '企业应当如实填报参保人数、缴费基数和裁员情况，人力资源社会保障部门会同财政部门对申报材料进行审核，审核结果在门户网站公示五个工作日。';
  const NOTICE = [
    '某市关于印发失业保险稳岗返还办法的通知',
    `第一条 今后三年，对不裁员或少裁员的参保企业给予稳岗返还。${DETAIL}${DETAIL}`,
    `第二条 申请稳岗返还的企业应当提交申请文件。${DETAIL}${DETAIL}`,
    `第三条 企业应当按照文件要求，在规定期限内报送材料。${DETAIL}${DETAIL}`,
    `第四条 审核通过的，按照文件规定的比例返还。${DETAIL}${DETAIL}`,
    `第五条 偿债能力不足的企业，按照文件规定暂缓返还。${DETAIL}${DETAIL}`,
    `第六条 企业的还债计划、债款清单和外债情况应当一并说明。${DETAIL}${DETAIL}`,
  ].join('\n\n');
  let ix: KnowledgeIndex;
  beforeAll(async () => {
    ({ index: ix } = await answererOver({ '稳岗返还办法.txt': NOTICE }));
  });
  const closeKinOf = (q: string, word: string) => ix.parse(q).concepts.find((c) => c.text === word)?.closeKin;

  it('not of a time word (`往后` → 今后 places the question in time)', () => {
    expect(ix.parse('往后企业还能领吗').concepts.find((c) => c.text === '往后')?.kin).toContain('今后');
    expect(closeKinOf('往后企业还能领吗', '往后')).toBeUndefined();
  });

  it('not a word most passages use (`文号` → 文件)', () => {
    expect(ix.parse('这个办法的文号是多少').concepts.find((c) => c.text === '文号')?.kin).toContain('文件');
    expect(closeKinOf('这个办法的文号是多少', '文号') ?? []).not.toContain('文件');
  });

  it('not a morpheme many words share (`欠债` → 偿债, 还债, 债款, 外债)', () => {
    expect(ix.parse('企业欠债还能申请返还吗').concepts.find((c) => c.text === '欠债')?.kin).toContain('偿债');
    expect(closeKinOf('企业欠债还能申请返还吗', '欠债')).toBeUndefined();
  });

  it('counts a kin as evidence of a passage, not in its share for the ranking', () => {
    const c = ix.parse('往后企业还能领吗').concepts.find((x) => x.text === '往后')!;
    const chunk = ix.chunks.find((k) => k.text.includes('今后'))!;
    expect(ix.credit(chunk, c)).toBe(KIN_CREDIT);
    expect(ix.credit(chunk, c, true)).toBe(0);
  });
});
