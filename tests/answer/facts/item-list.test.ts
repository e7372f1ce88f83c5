// An item that introduces a list (`见习单位不得有下列行为：`) is answered with the list under it.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

describe('an item by number that introduces a list', () => {
  it('gives the list under it, and not the next item', async () => {
    const { answerer } = await answererOver({
      '某市实训基地管理办法.txt':
        '某市实训基地管理办法\n第一条 为规范实训基地管理，制定本办法。\n第二条 实训基地不得有下列行为：\n(一)安排学员从事危险作业；\n(二)向学员收取实训费用。\n第三条 实训基地每两年评估一次。\n',
    });
    const text = plainText(await answerer.ask('实训基地管理办法第二条规定了什么？'));
    expect(text).toContain('向学员收取实训费用');
    expect(text).not.toContain('每两年评估一次');
  });
});

describe('an item counted from the end', () => {
  it('is the last item of the document pointed to (最后一个问题, 倒数第二条)', async () => {
    const { answerer } = await answererOver({
      '某市人社局负责同志就稳岗政策答记者问.txt':
        '某市人社局负责同志就稳岗政策答记者问\n问：出台背景是什么？答：为稳定就业岗位。\n问：补贴标准是多少？答：每人500元。\n问：下一步有什么安排？答：加强宣传解读。\n',
      '某市实训基地管理办法.txt':
        '某市实训基地管理办法\n第一条 为规范实训基地管理，制定本办法。\n第二条 实训基地每两年评估一次。\n第三条 本办法自发布之日起施行。\n',
    });
    expect(plainText(await answerer.ask('稳岗政策答记者问的最后一个问题是怎么答的？'))).toContain('加强宣传解读');
    expect(plainText(await answerer.ask('实训基地管理办法倒数第二条是什么？'))).toContain('每两年评估一次');
  });
});

describe('a long item with sub-items', () => {
  it('gives each sub-item by its title, so the last one is not cut off', async () => {
    const long = '我们将加强与各相关部门的沟通协作，认真研究、细化落实各项政策措施，'.repeat(6);
    const { answerer } = await answererOver({
      '某市文化局负责同志就扶持剧团政策答记者问.txt':
        '某市文化局负责同志就扶持剧团政策答记者问\n问：出台背景是什么？答：为扶持剧团发展。\n' +
        `问：下一步有什么安排？答：${long}做好以下工作：一是加强政策宣传解读，组织专家进行政策解读，依托培训班加强培训，扩大政策知晓面。二是细化工作举措，将各项任务与年度计划衔接起来，确保按期完成。三是组织媒体加强正面宣传报道，为剧团发展营造良好氛围，讲好剧团故事。四是把剧团发展状况纳入工作考核，加强监督检查。\n`,
    });
    const text = plainText(await answerer.ask('扶持剧团政策答记者问的最后一个问题是怎么答的？'));
    expect(text).toContain('一是加强政策宣传解读');
    expect(text).toContain('四是把剧团发展状况纳入工作考核');
  });
});

describe('a follow-up pointing to the article just given (这条)', () => {
  it('is asked of that article where the law cites it, not of the article again or another law', async () => {
    const { answerer } = await answererOver({
      '中华人民共和国商业秘密保护法.txt':
        '中华人民共和国商业秘密保护法\n第一条 为了保护商业秘密，制定本法。\n第九条 经营者不得以盗窃、贿赂等不正当手段获取权利人的商业秘密。\n第十条 经营者不得进行欺骗性有奖销售。\n第二十一条 经营者违反本法第九条规定侵犯商业秘密的，由监督检查部门责令停止违法行为，处十万元以上一百万元以下的罚款。\n第二十二条 经营者违反本法第十条规定进行有奖销售的，处五万元以上五十万元以下的罚款。\n',
      '中华人民共和国出境入境管理法.txt': '中华人民共和国出境入境管理法\n第八十六条 对违反出境入境管理行为处五百元以下罚款的，出入境边防检查机关可以当场作出处罚决定。\n',
    });
    const sessionId = 'this-article';
    await answerer.ask('商业秘密保护法第九条讲的是什么？', { sessionId });
    const text = plainText(await answerer.ask('违反这条的话，罚款是多少？', { sessionId }));
    expect(text).toContain('十万元以上一百万元以下');
    expect(text).not.toContain('五百元');
  });
});
