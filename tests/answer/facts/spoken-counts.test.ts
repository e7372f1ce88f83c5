// Counts and places of a plan's lists said in everyday words: `拢共要干多少件事`, `保障一共几招`, `从后往前数第二块
// 主攻啥`, `最前头两项任务` — on any plan of the genre, not only the shipped one.
import { describe, expect, it } from 'vitest';
import type { Answerer } from '../../../src/answer/pipeline.ts';
import { plainText } from '../../../src/answer/plain-text.ts';
import { ordinalIn } from '../../../src/answer/facts/match.ts';
import { eachPlanAlone } from '../../support/docs.ts';

// Each plan alone, as its city would load it: its facts and an answerer over it.
const plans = eachPlanAlone();
const ask = async (p: { answerer: Answerer }, q: string) => plainText(await p.answerer.ask(q));

describe('a plan\'s counts and places in everyday words', () => {
  it('counts the tasks asked as 件事 beside the asker\'s own name for the plan and a total said as 拢共', async () => {
    for (const p of plans) {
      const body = await ask(p, '这三年的计划拢共要干多少件事，分成几大块？');
      expect(body).toContain(`${p.f.tasks.length}项重点任务`);
      expect(body).toContain(`${p.f.areas.length}个方面`);
    }
  });

  it('counts the tasks and aspects the whole is cut into (拆成了多少个方面、多少项)', async () => {
    for (const p of plans) {
      const body = await ask(p, '重点任务总共拆成了多少个方面、多少项？给我个数就行');
      expect(body).toContain(`${p.f.tasks.length}项重点任务`);
      expect(body).toContain(`${p.f.areas.length}个方面`);
    }
  });

  it('counts the measures asked as 招', async () => {
    const p = plans[0]!;
    expect(await ask(p, '保障措施一共几招？')).toContain(`共${p.f.measures!.items.length}项`);
  });

  it('answers what an aspect counted from the end mainly aims at (主攻, 主抓)', async () => {
    for (const p of plans) {
      const area = p.f.areas[p.f.areas.length - 2]!;
      expect(await ask(p, '从后往前数第二块，主攻啥？')).toContain(area.title);
    }
  });

  it('reads the first few said with the words for the first one (最前头两项, 打头三个)', () => {
    expect(ordinalIn('最前头两项任务讲什么')).toMatchObject({ n: 1, span: 2 });
    expect(ordinalIn('打头三个方面是啥')).toMatchObject({ n: 1, span: 3, noun: '方面' });
  });
});
