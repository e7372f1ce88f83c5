// A plan's facts asked the way people ask: with their own story first (`我们公司想对接科技口的扶持，…`), with
// everyday words for a place on a list (`排位第五`, `任务表排在第14位`, `打头阵`) and for its blocks (`几大板块`,
// `按几个大类归拢`), and with the frame a target is asked in (`期末`, `底线`, `打算…处于第几`, `比基准年高出多少`) —
// on any plan of the genre, not only the shipped one.
import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { ordinalIn } from '../../../src/answer/facts/match.ts';
import { eachPlanAlone } from '../../support/docs.ts';

// Each plan alone, as its city would load it: its facts and an answerer over it.
const plans = eachPlanAlone();
const ask = async (p: { answerer: Answerer }, q: string) => plainText(await p.answerer.ask(q));
/** A speaker's unit as the asker says it: `市科技局` → `科技局`. */
const spoken = (unit: string) => unit.replace(/^市/u, '');

describe('the asker\'s story before the question', () => {
  it('gives the speaker of a unit asked after the asker says why they ask', async () => {
    for (const p of plans) {
      const s = p.f.speakers[1]!;
      const body = await ask(p, `我们公司想找政府对接扶持，发布会上${spoken(s.unit)}出面的是哪位领导？`);
      expect(body).toContain(s.name);
    }
  });

  it('reads how one addresses a person as asking the name (`那位怎么称呼`)', async () => {
    for (const p of plans) {
      const s = p.f.speakers.at(-1)!;
      expect(await ask(p, `想找对口领导聊聊，台上代表${spoken(s.unit)}那位怎么称呼？`)).toContain(s.name);
    }
  });

  it('reads the day or place of the event said with the unit (`当天…上台的是谁`) as pointing at its speaker', async () => {
    for (const p of plans) {
      const s = p.f.speakers[2]!;
      expect(await ask(p, `当天${spoken(s.unit)}上台的是哪位领导？`)).toContain(s.name);
      expect(await ask(p, `那天现场${spoken(s.unit)}来的是谁？`)).toContain(s.name);
    }
  });

  it('gives the day of the release when the story names the meeting and a day is all that is asked', async () => {
    for (const p of plans) {
      const body = await ask(p, '单位做会议台账，市里开会给这份方案做解读，日期一栏我该填几月几号？');
      expect(body).toContain(p.f.releaseDate!.text);
    }
  });

  it('does not set aside a clause that names what is asked about', async () => {
    // (`有个…名字挺形象` and `那几条目标` set the topic: asked without them, a generic reply would answer.)
    const p = plans[0]!;
    expect(await ask(p, '有个引才工程名字挺形象，好比栽树连根带土一块儿挪，叫啥？')).not.toContain('方案全称');
    expect(await ask(p, '省内排名那几条目标，哪一条是第二名？')).not.toMatch(/^第2项任务/u);
  });

  it('gives the period asked as the years it starts and closes in, after the asker\'s purpose', async () => {
    for (const p of plans) {
      const body = await ask(p, '给企业排政策日历用：这个方案从哪一年管起，到哪一年收口？');
      expect(body).toContain(p.f.period!.text);
    }
  });
});

describe('places and blocks of a list in everyday words', () => {
  it('reads 排位第N, 任务表排在第N位的是哪一项 and 排在最前面打头阵的 as places on the list', () => {
    expect(ordinalIn('排位第五的任务是关于什么的？')).toMatchObject({ n: 5, noun: '任务' });
    expect(ordinalIn('那张任务表排在第14位的是哪一项？')).toMatchObject({ n: 14, noun: '任务' });
    expect(ordinalIn('这么多任务，排在最前面打头阵的那一条是啥？')).toMatchObject({ n: 1 });
    expect(ordinalIn('排在第三位的是哪位')).toBeNull();
  });

  it('answers the task at those places', async () => {
    for (const p of plans) {
      expect(await ask(p, '排位第五的任务是关于什么的？')).toContain(p.f.tasks[4]!.name);
      expect(await ask(p, '那张任务表排在第6位的是哪一项？')).toContain(p.f.tasks[5]!.name);
      expect(await ask(p, '这么多任务，排在最前面打头阵的那一条是啥？')).toContain(p.f.tasks[0]!.name);
    }
  });

  it('counts the blocks and entries asked as 几大板块, 多少条 and 几个大类', async () => {
    for (const p of plans) {
      expect(await ask(p, '目标部分有几大板块？请把每个板块的标题念给我。')).toContain(`${p.f.targetGroups.length}个方面`);
      const body = await ask(p, '整个方案的重点活儿一共排了多少条，按几个大类归拢的？');
      expect(body).toContain(`${p.f.tasks.length}项重点任务`);
      expect(body).toContain(`${p.f.areas.length}个方面`);
    }
  });
});

describe('the frame a target is asked in', () => {
  it('answers a target asked for its floor at the period\'s end, or where it is meant to land', async () => {
    const p = plans[0]!;
    expect(await ask(p, '按成长阶段从雏鹰、瞪羚一直到独角兽那种分档的科技企业，期末总量底线定在多少？')).toContain('130家');
    expect(await ask(p, '化工这块的营业收入，方案打算让它在省内各市中处于第几？')).toContain('第二位');
  });

  it('answers a rise asked against its base year, and the base year', async () => {
    const body = await ask(plans[0]!, '研发投入那个指标（规上工业口径、对比地区生产总值的），到期末要比基准年高出多少？基准年是哪一年？');
    expect(body).toContain('0.8个百分点');
    expect(body).toContain('2022年');
  });

  it('answers a target of the second plan asked with its frame', async () => {
    const p = plans[1]!;
    expect(await ask(p, '上云企业这块，方案打算让它在省内处于第几？')).toContain('第四位');
  });
});

describe('an aspect described by words of its title, its place asked', () => {
  it('gives the aspect by its number, on every plan of the genre (`讲…的那个板块排第几`)', async () => {
    for (const p of plans) {
      const area = p.f.areas.at(-2)!;
      // (The title's last four characters, as an asker who remembers what the aspect is about says them.)
      const words = area.title.slice(-4);
      const body = await ask(p, `讲${words}的那个板块排第几？`);
      expect(body).toContain(`第${'一二三四五六七八九十'[area.no - 1]}方面`);
      expect(body).toContain(area.title);
    }
  });
});
