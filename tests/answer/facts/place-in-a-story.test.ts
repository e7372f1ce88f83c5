// A place on the plan's list of tasks, asked inside the asker's story (`对照清单打勾，第X项任务我这儿漏抄了，是啥来着`):
// the clauses that tell without holding the place ask nothing of the task. And counting said from the first
// (`从第一条往下数，第九条`) says where counting starts, not the place asked — on any plan of the genre.
import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/answer/plain-text.ts';
import { ordinalIn } from '../../../src/answer/facts/match.ts';
import { toChineseNumber } from '../../../src/text/numerals.ts';
import { eachPlanAlone } from '../../support/docs.ts';

const plans = eachPlanAlone();

describe('a task asked by its place within a story', () => {
  it('is that task', async () => {
    for (const p of plans) {
      const t = p.f.tasks[Math.min(4, p.f.tasks.length - 1)]!;
      const a = plainText(await p.answerer.ask(`对照清单打勾，第${toChineseNumber(t.no)}项任务我这儿漏抄了，是啥来着？`));
      expect(a).toContain(t.name);
    }
  });
});

describe('counting said from the first', () => {
  it('is not the place asked', () => {
    expect(ordinalIn('任务清单从第一条往下数，第九条讲的是什么内容')?.n).toBe(9);
    expect(ordinalIn('从头开始数，第三项是什么')?.n).toBe(3);
    expect(ordinalIn('第一条任务是什么')?.n).toBe(1);
  });

  it('leaves the place asked to answer', async () => {
    for (const p of plans) {
      const t = p.f.tasks[Math.min(8, p.f.tasks.length - 1)]!;
      const a = plainText(await p.answerer.ask(`任务清单从第一条往下数，第${toChineseNumber(t.no)}条讲的是什么内容`));
      expect(a).toContain(t.name);
    }
  });
});
