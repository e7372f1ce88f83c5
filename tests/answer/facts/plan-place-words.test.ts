// A plan's places said with the noun after them (`八块里排第七的那块`), its own label (`第3号任务`, whatever area the
// rest of the question names) and its aspects' focus asked as 主打 — and a list another loaded text names
// (`主要任务的倒数第二项`) is counted in that text, not in the plan's tasks.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ordinalIn } from '../../../src/answer/facts/match.ts';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { answererOver } from '../../support/docs.ts';
import { shippedAnswerer } from '../../support/kb.ts';

describe('places on the plan said in everyday words', () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = (await shippedAnswerer()).answerer;
  });

  it('reads the noun said after the place, or before it as 块', () => {
    expect(ordinalIn('八块里排第七的那块，标题咋写的？')).toMatchObject({ n: 7, noun: '方面' });
    expect(ordinalIn('第3号任务跟哪家大企业有关？')).toMatchObject({ n: 3, noun: '任务' });
  });

  it('answers the aspect, the task by its label, and an aspect’s focus asked as 主打', async () => {
    expect(plainText(await answerer.ask('八块里排第七的那块，标题咋写的？'))).toContain('质效同抓');
    const t = await answerer.ask('第3号任务跟哪家大企业有关？');
    expect(plainText(t)).toMatch(/^第3项任务/u);
    expect(plainText(t)).toContain('辽河油田');
    expect(plainText(await answerer.ask('倒数第三块主打啥方向'))).toContain('绿色发展');
  });

  it('gives the place of a task named by a short word of its name, then the task next to it', async () => {
    const a = await answerer.ask('碳达峰那项任务在二十一项里排第几？', { sessionId: 't' });
    expect(plainText(a)).toMatch(/^第16项任务是“抓好碳达峰工作落实”/u);
    const b = plainText(await answerer.ask('紧挨着它前头那项叫啥？主要干啥？', { sessionId: 't' }));
    expect(b).toMatch(/^第15项任务是“抓好重点工程建设”/u);
    const c = plainText(await answerer.ask('那它后面一项呢？', { sessionId: 't' }));
    expect(c).toMatch(/^第16项任务/u);
  });

  it('answers which aspect the thing just said stands in (`它在八个方面里算第几块`)', async () => {
    await answerer.ask('“千人助千企”是个啥行动？', { sessionId: 'a' });
    const a = plainText(await answerer.ask('它在八个方面里算第几块？', { sessionId: 'a' }));
    expect(a).toContain('第七方面');
  });

  it('answers which task a short word of its name is in, and counts in that task’s aspect after it', async () => {
    expect(plainText(await answerer.ask('盘锦工业方案里碳达峰是放在21项里的哪项？'))).toMatch(/^第16项任务/u);
    await answerer.ask('工业方案里两化融合那项怎么说的？', { sessionId: 's' });
    expect(plainText(await answerer.ask('同块打头那项呢？要把产品往哪调？', { sessionId: 's' }))).toMatch(/^第6项任务是“抓好项目建设”/u);
  });
});

describe('a list of another loaded text, counted from its end', () => {
  const title = '某区可再生能源发展行动方案';
  const text = [
    title,
    '为推进可再生能源发展，制定本方案。',
    '一、主要任务',
    '（一）推进屋顶光伏建设',
    '结合空间资源推进公共建筑屋顶光伏建设。',
    '（责任单位：区发展改革委）',
    '（二）推广热泵应用',
    '鼓励新建建筑合理利用热泵。',
    '（责任单位：区建管委）',
    '（三）发展绿色金融',
    '引导金融机构开展绿色信贷。',
    '（责任单位：区金融办）',
    '（四）规范项目管理',
    '落实分布式光伏管理规定，规范项目备案。',
    '（责任单位：区发展改革委、区规划资源局）',
    '二、保障措施',
    '加强组织领导，落实工作责任。',
  ].join('\n');
  const plan = '盘锦市工业增长三年行动专项方案-新闻发布会解读.txt';
  let answerer: Answerer;
  beforeAll(async () => {
    ({ answerer } = await answererOver({ [`${title}.txt`]: text, [plan]: readFileSync(`knowledge/${plan}`, 'utf8') }, true));
  });

  it('counts in the text whose part the question names, not in the plan', async () => {
    const a = plainText(await answerer.ask('主要任务的倒数第二项是啥？'));
    expect(a).toContain('发展绿色金融');
    expect(a).not.toContain('盘锦');
    expect(plainText(await answerer.ask('主要任务最后一条讲什么'))).toContain('规范项目管理');
  });

  it('finds the place of the one item that speaks of what is asked, then its neighbours', async () => {
    const a = plainText(await answerer.ask('某区可再生能源方案里，讲热泵的是第几项？', { sessionId: 'n' }));
    expect(a).toContain('第二项');
    expect(plainText(await answerer.ask('那它前面一项讲的啥？', { sessionId: 'n' }))).toContain('推进屋顶光伏建设');
    // (Now on (一): the one after it, and its units when asked.)
    expect(plainText(await answerer.ask('下一条谁负责？', { sessionId: 'n' }))).toContain('区建管委');
  });
});
