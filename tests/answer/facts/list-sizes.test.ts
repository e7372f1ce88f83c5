// A plan's lists asked by their sizes and places in the asker's words: which aspects hold the fewest or most
// tasks (`哪几个方面只设置了2项任务`), a list named with its size before the place (`八个板块按顺序排，排第六的`),
// a place said as a plan's own number (`四号板块`), counted 件 by 件 (`压轴的最后一件`) — on any plan of the genre.
import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { toChineseNumber } from '../../../src/text/numerals.ts';
import { eachPlanAlone } from '../../support/docs.ts';

// Each plan alone, as its city would load it: its facts and an answerer over it.
const plans = eachPlanAlone();
const ask = async (p: { answerer: Answerer }, q: string) => plainText(await p.answerer.ask(q));

describe('aspects compared by how many tasks each holds', () => {
  it('names the aspects that hold a given number of tasks, and only those', async () => {
    for (const p of plans) {
      const two = p.f.areas.filter((a) => a.taskNos.length === 2);
      expect(two.length).toBeGreaterThan(0);
      const body = await ask(p, `${toChineseNumber(p.f.areas.length)}个方面里，哪几个方面只设置了2项任务？`);
      for (const a of p.f.areas) (a.taskNos.length === 2 ? expect(body) : expect(body).not).toContain(a.title);
    }
  });

  it('gives the largest and the smallest count with their aspects, the one asked first first', async () => {
    for (const p of plans) {
      const sizes = p.f.areas.map((a) => a.taskNos.length);
      const least = p.f.areas.find((a) => a.taskNos.length === Math.min(...sizes))!;
      const most = p.f.areas.find((a) => a.taskNos.length === Math.max(...sizes))!;
      const body = await ask(p, '哪些板块分到的任务最少？各自是什么？');
      expect(body).toContain(`最少的方面各有${least.taskNos.length}项`);
      expect(body.indexOf(least.title)).toBeLessThan(body.indexOf(most.title));
      expect(await ask(p, '单个方面最多设了几项任务？最少的又是几项？')).toContain(`最多的方面各有${most.taskNos.length}项`);
    }
  });
});

describe('places and counts of a plan\'s lists in everyday words', () => {
  it('counts in the list said with its size before the place, entries one by one (一条条)', async () => {
    for (const p of plans) {
      const n = p.f.tasks.length;
      expect(await ask(p, `${toChineseNumber(n)}条任务按顺序一条条往下数，第三条说的是什么？`)).toContain(p.f.tasks[2]!.name);
      const areas = p.f.areas.length;
      expect(await ask(p, `${toChineseNumber(areas)}个板块按顺序排，排第二的讲的是哪方面？`)).toContain(p.f.areas[1]!.title);
    }
  });

  it('reads a numbered block (四号板块) as the aspect, and the last 件 of the tasks', async () => {
    for (const p of plans) {
      expect(await ask(p, '四号板块的完整标题怎么写？')).toContain(p.f.areas[3]!.title);
      expect(await ask(p, `${p.f.tasks.length}件事按顺序排下来，压轴的最后一件是什么？`)).toContain(p.f.tasks.at(-1)!.name);
      expect(await ask(p, '任务单子从后往前数第2个叫啥')).toContain(p.f.tasks.at(-2)!.name);
    }
  });

  it('counts the groups a list is divided in, whatever follows the verb (分成几组写的, 几大块、几小条)', async () => {
    const p = plans[0]!;
    expect(await ask(p, '具体目标是分成几组写的？')).toContain(`具体目标分${p.f.targetGroups.length}个方面`);
    for (const q of plans) {
      const body = await ask(q, '这份计划的活儿拢共分成几大块、几小条？');
      expect(body).toContain(`${q.f.tasks.length}项重点任务`);
      expect(body).toContain(`${q.f.areas.length}个方面`);
    }
  });

  it('answers the ends of the period asked in everyday words (打头, 收尾)', async () => {
    for (const p of plans) expect(await ask(p, '方案的时间跨度是咋划的？打头和收尾各是哪年')).toContain(p.f.period!.text);
  });
});

describe('entries whose own name holds the quoted words', () => {
  it('lists the tasks and the aspects whose names hold them, and no other', async () => {
    for (const p of plans) {
      // A word two task names share and one aspect title holds, taken from the plan itself.
      const part = p.f.tasks.map((t) => t.name.slice(2, 4)).find((w) => p.f.tasks.filter((t) => t.name.includes(w)).length >= 2)!;
      const tasks = await ask(p, `任务名称里有“${part}”二字的，统共几条？列出来`);
      for (const t of p.f.tasks) (t.name.includes(part) ? expect(tasks) : expect(tasks).not).toContain(`第${t.no}项“${t.name}”`);
      const word = p.f.areas.at(-1)!.title.slice(-2);
      const areas = await ask(p, `${toChineseNumber(p.f.areas.length)}个方面的标题里带“${word}”俩字的有几个？是哪几个？`);
      for (const a of p.f.areas) (a.title.includes(word) ? expect(areas) : expect(areas).not).toContain(a.title);
    }
  });
});

describe('the speaker next to one named in the question', () => {
  it('counts from the speaker the question names (`名单里X上边挨着的那位`, `X下面那个人`)', async () => {
    for (const p of plans) {
      const [first, second] = [p.f.speakers[0]!, p.f.speakers[1]!];
      expect(await ask(p, `名单里${second.name}上边挨着的那位，是打哪个单位来的？`)).toContain(`${first.unit}`);
      const after = await ask(p, `名单按顺序排，${first.name}下面那个人叫啥、打哪个单位来的？`);
      expect(after).toContain(second.name);
      expect(after).toContain(second.unit);
    }
  });
});

describe('follow-ups on an aspect and an office', () => {
  let session = 0;
  const turns = async (p: { answerer: Answerer }, qs: string[]) => {
    const sessionId = `list-sizes-${++session}`;
    let last = '';
    for (const q of qs) last = plainText(await p.answerer.ask(q, { sessionId }));
    return last;
  };

  it('reads an aspect asked by its 主题 and counts under it (`它名下第二项`)', async () => {
    for (const p of plans) {
      const area = p.f.areas[1]!;
      const second = p.f.tasks.find((t) => t.no === area.taskNos[1])!;
      expect(await turns(p, ['方案第二个方面是啥主题？', '那它名下第二项是啥？'])).toContain(second.name);
    }
  });

  it('counts in the aspect whose list of tasks the passage just quoted (`那块底下具体几件事`)', async () => {
    const p = plans[0]!;
    const area = p.f.areas.find((a) => a.title.includes('创新'))!;
    const body = await turns(p, ['它的任务里有一块专门讲创新的吧', '那块底下具体几件事，分别是啥？']);
    expect(body).toContain(`有${area.taskNos.length}项任务`);
    for (const no of area.taskNos) expect(body).toContain(p.f.tasks.find((t) => t.no === no)!.name);
  });

  it('places the aspect a passage of its paragraph stood under, and counts in it (`这块是八块中的老几`, `那块最末一项`)', async () => {
    const p = plans[0]!;
    const sessionId = 'list-sizes-aspect';
    const first = await p.answerer.ask('讲科技企业分档培养、建储备库的那块你熟不？', { sessionId });
    const area = p.f.areas.find((a) => first.citations[0]?.section?.includes(a.title))!;
    expect(area).toBeDefined();
    expect(plainText(await p.answerer.ask('这块是八块中的老几？', { sessionId }))).toContain(`第${toChineseNumber(area.no)}方面`);
    const last = p.f.tasks.find((t) => t.no === area.taskNos.at(-1))!;
    expect(plainText(await p.answerer.ask('那块最末一项任务叫啥？', { sessionId }))).toContain(last.name);
  });

  it('asks the same of another office (`那金融那个局呢`)', async () => {
    for (const p of plans) {
      const [a, b] = [p.f.speakers.find((s) => /商务局$/u.test(s.unit)), p.f.speakers.find((s) => /金融/u.test(s.unit))];
      if (!a || !b) continue;
      expect(await turns(p, [`我想对接商务口，那天${a.unit.replace(/^市/u, '')}来的领导叫什么？`, '那金融那个局呢？'])).toContain(b.name);
    }
  });
});
