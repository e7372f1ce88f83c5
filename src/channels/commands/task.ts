// 任务 N: the plan's N-th task, worded by the answer service (which also remembers it for `其中…`
// follow-ups); without N, or out of range, how many there are.
import { mirrorScript } from '../../answer/script.ts';
import { NUM_PATTERN, parseNumber } from '../../text/numerals.ts';
import { plansWith } from './targets.ts';
import { say, type Command } from './types.ts';

const TASK = new RegExp(`^任务\\s*(${NUM_PATTERN})?$`);

export const task: Command<{ n: number | null }> = {
  kind: 'task',
  parse: (t) => {
    const m = TASK.exec(t);
    return m ? { n: m[1] ? parseNumber(m[1]) : null } : null;
  },
  help: () => '任务 N — 第N项重点任务，如“任务 10”',
  run: async ({ n }, ctx) => {
    const plans = plansWith(ctx, (f) => f.tasks.length > 0);
    const most = Math.max(0, ...plans.map((f) => f.tasks.length));
    if (most === 0) return say('已收录的文件中没有编号的重点任务。', ctx);
    if (n === null || !plans.some((f) => f.tasks.some((t) => t.no === n))) {
      const lead = n === null ? '' : `没有第${n}项任务。`;
      return say(`${lead}方案共有${most}项重点任务，请发送“任务 1”到“任务 ${most}”。`, ctx);
    }
    return mirrorScript(await ctx.ask(`第${n}项任务`), ctx.script);
  },
};
