// Follow-ups on an article of a law: its second paragraph (`第二款呢？`), the penalty for breaking it
// (`那违反了怎么罚？`, `违反这条的话，罚款是多少？`, or with no word of breaking it, `那要是没办，罚多少？` after
// an article that requires or forbids) and where it stands (`这条在哪部法里？`).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';

const LAW =
  '# 中华人民共和国网络管理法\n\n## 第一章 总则\n\n第一条 为了保障网络安全，制定本法。\n\n' +
  '第二十一条 网络运营者应当履行下列安全保护义务：\n\n（一）制定内部安全管理制度和操作规程；\n\n（二）采取防范计算机病毒的技术措施。\n\n' +
  '网络运营者应当按照规定留存相关的网络日志不少于六个月。\n\n' +
  '第二十二条 网络产品、服务应当符合相关国家标准的强制性要求。\n\n## 第六章 法律责任\n\n' +
  '第五十九条 网络运营者不履行本法第二十一条规定的网络安全保护义务的，由有关主管部门责令改正，给予警告。拒不改正的，处一万元以上十万元以下罚款，对直接负责的主管人员处五千元以上五万元以下罚款。\n\n' +
  '第六十条 违反本法第二十二条规定的，由有关主管部门责令改正，给予警告；拒不改正的，处五万元以上五十万元以下罚款。\n';
const OTHER = '# 中华人民共和国道路管理法\n\n第一条 为了加强道路管理，制定本法。\n\n第二条 车辆需要临时占用道路的话，应当经公路管理机构批准。\n\n第三条 违反本法第二条规定的，处三万元以下的罚款。\n';

const RULES =
  '# 平江市城市养犬管理规定\n\n第一条 为了规范养犬行为，制定本规定。\n\n第九条 本市对犬只实行免疫制度。犬只免疫由动物诊疗机构负责。\n\n' +
  '第十四条 禁止个人饲养烈性犬。除导盲犬外，禁止个人饲养大型犬。\n\n第十五条 单位因护卫需要饲养犬只的，应当建造犬舍。\n\n' +
  '第二十七条 被收容的犬只，养犬人应当在五日内认领。\n\n' +
  '第三十一条 违反本规定第十四条规定，个人饲养烈性犬或者大型犬的，由公安机关责令改正，处二千元以上五千元以下罚款。\n\n' +
  '第三十二条 违反本规定第十五条规定，单位饲养犬只未建造犬舍的，由综合行政执法部门责令限期改正，处五百元以下罚款；已经饲养的犬只由综合行政执法部门收容。\n';

describe('follow-ups on an article of a law', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ '中华人民共和国网络管理法.md': LAW, '中华人民共和国道路管理法.md': OTHER }, true));
  });

  it('gives the article\'s second paragraph, asked by number or after the article', async () => {
    const direct = plainText(await answerer.ask('网络管理法第二十一条第二款规定了什么？'));
    expect(direct).toContain('不少于六个月');
    expect(direct).not.toContain('制定内部安全管理制度');
    await answerer.ask('网络管理法第二十一条讲的是什么？', { sessionId: 'p' });
    const a = plainText(await answerer.ask('第二款呢？', { sessionId: 'p' }));
    expect(a).toContain('第二十一条第二款');
    expect(a).toContain('不少于六个月');
  });

  it('finds the penalty for breaking the article in focus, led by the fine, and says where it stands', async () => {
    await answerer.ask('网络管理法第二十一条规定了网络运营者哪些义务？', { sessionId: 'v' });
    const a = plainText(await answerer.ask('那违反了怎么罚？', { sessionId: 'v' }));
    expect(a).toContain('一万元以上十万元以下罚款');
    expect(a).not.toContain('五万元以上五十万元以下');
    const where = plainText(await answerer.ask('这条在哪部法里？', { sessionId: 'v' }));
    expect(where).toContain('《中华人民共和国网络管理法》第五十九条');
  });

  it('finds the penalty for breaking an article that forbids, asked with no word of breaking it', async () => {
    const { answerer: rules } = await answererOver({ '平江市城市养犬管理规定.txt': RULES }, true);
    const first = plainText(await rules.ask('平江市区个人能养大型犬吗？', { sessionId: 'd' }));
    expect(first).toContain('禁止个人饲养大型犬');
    const a = await rules.ask('那要是已经养了，由谁来罚，罚多少？', { sessionId: 'd' });
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('二千元以上五千元以下罚款');
    expect(plainText(a)).not.toContain('五百元以下');
    // (A deed of the question's own that the article does not speak of is that deed's penalty.)
    await rules.ask('平江市区个人能养大型犬吗？', { sessionId: 'o' });
    const own = plainText(await rules.ask('要是单位饲养犬只不建犬舍，罚多少？', { sessionId: 'o' }));
    expect(own).toContain('五百元以下');
    // (An article that requires or forbids nothing is no breach to be fined for: the question is asked as it stands.)
    await rules.ask('平江市犬只免疫由谁负责？', { sessionId: 'n' });
    const b = plainText(await rules.ask('那要是没做，罚多少？', { sessionId: 'n' }));
    expect(b).not.toContain('二千元以上五千元以下');
  });

  it('states the fine when asked with a condition (的话 is no topic)', async () => {
    await answerer.ask('网络管理法第二十二条讲的是什么？', { sessionId: 'f' });
    const a = await answerer.ask('违反这条的话，罚款是多少？', { sessionId: 'f' });
    expect(a.grounded).toBe(true);
    expect(plainText(a)).toContain('五万元以上五十万元以下罚款');
  });
});
