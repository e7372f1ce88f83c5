// `X属于哪项任务`: which of a plan's tasks a measure it names belongs to — on an unseen plan (eval/plan4,
// written blind), where each area lists its tasks and then says what each does, sentence by sentence.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { shippedAnswerer } from '../../support/kb.ts';
import { ROOT } from '../../support/seed.ts';

const FILE = '《澜江市数字经济发展三年行动方案》解读.txt';
let answerer: Answerer;
beforeAll(async () => {
  ({ answerer } = await answererOver({ [FILE]: readFileSync(path.join(ROOT, 'eval/plan4/knowledge', FILE), 'utf8') }, true));
});

describe('which task a measure belongs to', () => {
  it('reads `它是几大块里哪一块的活儿` of the measure the answer before quoted', async () => {
    await answerer.ask('城市运行管理中心的事，方案咋说的？', { sessionId: 'm1' });
    const a = plainText(await answerer.ask('它是六大块里哪一块的活儿？', { sessionId: 'm1' }));
    expect(a).toContain('抓好“一网统管”城市运行');
    expect(a).toContain('第六方面');
  });

  it('names the task whose own sentence holds the measure, and its area', async () => {
    const a = await answerer.ask('澜江数字工匠培育计划归在哪一项任务？');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('第16项任务“抓好数字技能人才培养”');
    expect(plainText(a)).toContain('第六方面');
  });

  it('names the area and all its tasks when the sentences cannot be told apart by task', async () => {
    // 二是 lists 2 tasks and says 4 sentences: which sentence is whose is not written.
    const text = plainText(await answerer.ask('数字化转型服务券放在哪项任务下面？'));
    expect(text).toContain('第二方面');
    expect(text).toContain('抓好智能工厂建设');
    expect(text).toContain('上云用数赋智');
  });

  it('reads a pointer to what was just said (这属于哪一项任务？)', async () => {
    const sessionId = 'membership-follow-up';
    await answerer.ask('云游澜江平台是干什么的？', { sessionId });
    const a = await answerer.ask('这属于哪一项任务？', { sessionId });
    expect(plainText(a)).toContain('抓好智慧文旅建设');
  });
});

describe('places in the plan\'s lists, in the asker\'s words', () => {
  it('counts tasks however the order is said (第二个出现的, 依次排下来位列第十二, 倒着数第三项)', async () => {
    expect(plainText(await answerer.ask('按方案列出的先后顺序，16项任务里第二个出现的是哪一项？'))).toContain('第2项任务是“抓好软件和信息服务业提质”');
    expect(plainText(await answerer.ask('16项任务依次排下来，位列第十二的是什么任务？'))).toContain('第12项任务');
    expect(plainText(await answerer.ask('16项里倒着数第三项是啥？'))).toContain('第14项任务');
    expect(plainText(await answerer.ask('重点任务从头数，头一项叫什么？'))).toContain('第1项任务');
  });

  it('answers two places in one question (第6项和第8项分别是啥)', async () => {
    const text = plainText(await answerer.ask('16项任务从前往后数，第6项和第8项分别是啥？'));
    expect(text).toContain('第6项任务是“抓好数字商贸发展”');
    expect(text).toContain('第8项任务是“抓好数字乡村建设”');
  });

  it('answers a run of places (第六到第八项, 第6至8项)', async () => {
    for (const q of ['16项任务里第六到第八项各是什么？', '第6至8项任务分别是啥？']) {
      const text = plainText(await answerer.ask(q));
      expect(text).toContain('第6项任务是“抓好数字商贸发展”');
      expect(text).toMatch(/第7项任务是/u);
      expect(text).toContain('第8项任务是“抓好数字乡村建设”');
    }
  });

  it('takes a second ask whose noun the item itself states (依托哪个专项行动)', async () => {
    const text = plainText(await answerer.ask('第4项重点任务是什么？主要依托哪个专项行动来落实？'));
    expect(text).toContain('抓好智能工厂建设');
  });

  it('gives an area with what it focuses on (第三个方面是什么？它突出的是什么？)', async () => {
    const text = plainText(await answerer.ask('重点任务六个方面中的第三个方面是什么？它突出的是什么？'));
    expect(text).toContain('推动服务业和农业数字化');
    expect(text).toContain('突出场景创新');
    expect(plainText(await answerer.ask('重点任务第四个方面的聚焦点是什么？'))).toContain('聚焦网络、算力和平台三类基础设施');
    expect(plainText(await answerer.ask('The plan groups its 16 tasks into six areas. What does the third area cover?'))).toContain('推动服务业和农业数字化');
    const { answerer: shipped } = await shippedAnswerer();
    expect(plainText(await shipped.ask('重点任务第四个方面的聚焦点是什么？'))).toContain('聚焦科技型市场主体培育');
  });

  it('reads past the asker\'s story to the membership asked (我是…，听说有个…，这个算哪项任务？)', async () => {
    const a = await answerer.ask('我是在外地读书的澜江人，听说有个“澜江数字工匠”培育计划，这个在方案里算哪项任务？');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('抓好数字技能人才培养');
  });

  it('gives one target of a group named by its title, by its place in the group', async () => {
    const text = plainText(await answerer.ask('“产业数字化”那组目标一条条列下来，第二条说的是啥？'));
    expect(text).toMatch(/^“产业数字化”方面的第2条目标/u);
    expect(text).toContain('累计建成省级以上智能工厂和数字化车间120个');
  });

  it('gives a target group\'s figures by place (第二个方面列了哪几个量化指标？各是多少？)', async () => {
    const a = await answerer.ask('四个方面的具体目标里，第二个方面列了哪几个量化指标？各是多少？');
    expect(a.mode).toBe('facts');
    expect(plainText(a)).toContain('产业数字化');
    expect(plainText(a)).toContain('68%');
  });

  it('still leaves an ordinal with a noun it does not answer to retrieval (第12项任务的资金)', async () => {
    expect((await answerer.ask('第12项任务的资金是多少？')).mode).not.toBe('facts');
  });

  it('names a speaker by place in the list, from either end, with the unit', async () => {
    expect(plainText(await answerer.ask('发布人名单中排在第三位的是哪位同志？他代表哪个部门出席？'))).toContain('市工业和信息化局党组成员、副局长林海涛');
    expect(plainText(await answerer.ask('倒数第一位发布人是谁？'))).toContain('郑国平');
    expect(plainText(await answerer.ask('台上五位发布人，名单最前面的那位是谁？'))).toMatch(/^第1位发布人/u);
    expect(plainText(await answerer.ask('发布人里最后那位是谁？'))).toContain('郑国平');
    const two = plainText(await answerer.ask('两位发布人周启明和吴晓岚，分别代表哪个部门出席？'));
    expect(two).toContain('周启明是市数据局');
    expect(two).toContain('吴晓岚是市通信发展管理办公室');
  });
});

describe('a safeguard measure by place, after the count', () => {
  it('gives the aspect the same sentence pairs it with, when both lists run in step', async () => {
    const { answerer: shipped } = await shippedAnswerer();
    const sessionId = 'measure-after-count';
    await shipped.ask('保障措施一共有几项？', { sessionId });
    const text = plainText(await shipped.ask('第三项是啥？要确保什么到位？', { sessionId }));
    expect(text).toContain('做好督查督办');
    expect(text).toContain('严格督导确保任务执行到位');
  });
});

describe('an area in a conversation', () => {
  it('reads what stands under an area by its place (第六个方面下面有几项任务？) and the last of them after', async () => {
    const sessionId = 'area-under';
    await answerer.ask('方案的重点任务一共分了几个方面？', { sessionId });
    const count = plainText(await answerer.ask('第六个方面下面有几项任务？', { sessionId }));
    expect(count).toContain('有3项任务');
    const last = plainText(await answerer.ask('其中最后那项具体打算怎么搞？', { sessionId }));
    expect(last).toContain('抓好数字技能人才培养');
  });


  it('counts the area just given (它下面有几项任务？) and reads a place in it after (那里头排第二的)', async () => {
    const sessionId = 'area-count-then-place';
    await answerer.ask('六个方面里的第三个方面主要讲啥？', { sessionId });
    const count = plainText(await answerer.ask('它下面有几项任务？', { sessionId }));
    expect(count).toContain('有3项任务');
    expect(count).toContain('抓好智慧文旅建设');
    const second = plainText(await answerer.ask('那里头排第二的任务打算怎么落地？', { sessionId }));
    expect(second).toContain('抓好智慧文旅建设');
    expect(second).toContain('云游澜江');
  });

  it('follows a membership answer to its area (它归哪一块？ 这一块总共设了几项任务？)', async () => {
    const sessionId = 'membership-then-area';
    await answerer.ask('“智造澜江”专项行动是干什么的？', { sessionId });
    expect(plainText(await answerer.ask('它在六个方面里归哪一块？', { sessionId }))).toContain('第二方面');
    expect(plainText(await answerer.ask('这一块总共设了几项任务？都是哪些？', { sessionId }))).toContain('抓好智能工厂建设');
  });

  it('counts in a list the question names itself (6个方面里头第1个方面)', async () => {
    expect(plainText(await answerer.ask('6个方面里头第1个方面设了哪几项任务？'))).toContain('抓好链主企业培育');
  });
});
