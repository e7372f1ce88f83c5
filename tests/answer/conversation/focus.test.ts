// Which document a question points to, and what is left of the question once the pointer is taken off.
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFocus } from '../../../src/answer/conversation/focus.ts';
import type { KnowledgeIndex } from '../../../src/retrieval/knowledge-index.ts';
import { answererOver } from '../../support/docs.ts';
import { plainText } from '../../../src/answer/plain-text.ts';

let index: KnowledgeIndex;
beforeAll(async () => {
  ({ index } = await answererOver({
    '市人社局负责同志就稳就业若干措施答记者问.txt': '市人社局负责同志就稳就业若干措施答记者问\n问：对线上招聘有什么安排？答：一是举办线上招聘会。二是开设直播带岗。\n',
    '某区企业扶持办法.txt': '某区企业扶持办法\n第一条 对新落户企业给予一次性奖励。\n',
  }));
});

describe('a question that opens by naming its document', () => {
  it('is asked of that document without the name', () => {
    const f = resolveFocus(index, '稳就业答记者问里，线上招聘怎么安排？', []);
    expect(f.docId).toBe('市人社局负责同志就稳就业若干措施答记者问.txt');
    expect(f.question).toBe('线上招聘怎么安排？');
  });

  it('keeps a clause said before the name: that clause is what is asked', () => {
    const f = resolveFocus(index, '对线上招聘这块，答记者问里怎么说的？', []);
    expect(f.question).toContain('线上招聘');
  });
});

describe('a bare ask after an item of another document', () => {
  it('stays on that document: the shipped plan does not answer `谁牵头？` about it', async () => {
    const { SEED_FILE, SEED_RAW } = await import('../../support/seed.ts');
    const rules = ['某州政务数据资源管理暂行办法', '第一条 为加强政务数据资源管理，制定本办法。', '第二条 州数据资源主管部门负责全州大数据中心平台的建设和运行管理。', '第三条 县(市)数据资源主管部门负责本辖区电子政务外网的运行管理。'].join('\n');
    const { answerer } = await answererOver({ [SEED_FILE]: SEED_RAW, '某州政务数据资源管理暂行办法.txt': rules }, true);
    await answerer.ask('某州政务数据资源管理暂行办法第二条讲的是什么？', { sessionId: 'bare' });
    const a = await answerer.ask('谁牵头？', { sessionId: 'bare' });
    expect(a.citations.every((c) => c.source.includes('某州政务数据资源管理暂行办法'))).toBe(true);
  });
});

describe('a follow-up holding a word of another title that many texts use', () => {
  it('stays on the document in focus (公示期一般多长 after a 条例\'s 公示, not 《…信息公示暂行条例》)', async () => {
    const texts: Record<string, string> = {
      '某省征兵工作条例.txt': '某省征兵工作条例\n第一条 为做好征兵工作，制定本条例。\n第二条 征兵办公室应当及时向社会公示拟批准服现役的应征公民名单，公示期不少于5个工作日。\n',
      '某省企业信息公示暂行条例.txt': '某省企业信息公示暂行条例\n第一条 企业应当按年度报送年度报告，并向社会公示。\n',
    };
    // (Ten more texts that speak of 公示 too: the word says little about which title is meant.)
    for (const name of ['人才公寓管理办法', '专项资金管理办法', '评优表彰办法', '项目招标办法', '职称评审办法', '低保审核办法', '用地审批办法', '奖励申报办法', '先进评选办法', '资助发放办法']) texts[`某省${name}.txt`] = `某省${name}\n第一条 结果应当在网站公示，公示期为7日。\n`;
    const { index: many } = await answererOver(texts);
    const f = resolveFocus(many, '公示期一般多长？', ['某省征兵工作条例.txt']);
    expect(f.docId).toBe('某省征兵工作条例.txt');
  });
});

describe('a topic asked on in a conversation about another document', () => {
  it('is that document’s to answer, not the shipped plan’s measures on the topic (贷款 of its 金融服务)', async () => {
    const { SEED_FILE, SEED_RAW } = await import('../../support/seed.ts');
    const guide = [
      '某市住房公积金贷款指南',
      '一、还款方式',
      '还款方式分为等额本息和等额本金两种。贷款期限在一年期以上的借款人，可申请将还款方式在等额本息与等额本金之间变更，每年限一次。',
      '二、贷款额度',
      '单笔贷款最高额度为60万元。',
    ].join('\n');
    const { answerer } = await answererOver({ [SEED_FILE]: SEED_RAW, '某市住房公积金贷款指南.txt': guide }, true);
    // (`哪几种还款方式` asks kinds of repayment: no list of named 市 — `某市` — is asked.)
    expect((await answerer.ask('某市公积金贷款可以选哪几种还款方式？', { sessionId: 'topic' })).grounded).toBe(true);
    const a = await answerer.ask('贷款以后还能换吗？什么情况下能换？', { sessionId: 'topic' });
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.source.includes('住房公积金贷款指南'))).toBe(true);
  });
});

describe('a plan’s own lists asked after another document', () => {
  it('are still the plan’s to answer (重点任务第5项)', async () => {
    const { SEED_FILE, SEED_RAW } = await import('../../support/seed.ts');
    const guide = ['某市住房公积金贷款指南', '一、还款方式', '还款方式分为等额本息和等额本金两种。', '二、贷款额度', '单笔贷款最高额度为60万元。'].join('\n');
    const { answerer } = await answererOver({ [SEED_FILE]: SEED_RAW, '某市住房公积金贷款指南.txt': guide }, true);
    await answerer.ask('某市公积金贷款单笔最高能贷多少？', { sessionId: 'lists' });
    const a = await answerer.ask('重点任务第5项是什么？', { sessionId: 'lists' });
    expect(plainText(a)).toContain('抓好大中小企业融通');
  });
});
