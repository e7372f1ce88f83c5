// Exact answers from plan facts, tried before retrieval. Intents run in a fixed order, most specific
// first, and the first that answers or gives up (see `STOP`) decides.
import type { PlanFacts, Task } from '../knowledge/facts.ts';
import { taskCore } from '../knowledge/facts-text.ts';
import {
  OWNER_CUE, countsIntent, measuresIntent, metaIntent, ownerIntent, policiesIntent, speakersIntent,
} from './intent-people.ts';
import { matchArea, ordinalIn, pickPlan, prepareQuestion, residue } from './intent-match.ts';
import {
  STOP, areaTasksReply, cite, reply, taskReply,
  type FactsContext, type FactsReply, type Intent, type Outcome,
} from './intent-reply.ts';
import { groupReply, targetsIntent } from './intent-targets.ts';

export type { FactsContext, FactsReply, TaskList } from './intent-reply.ts';

const HOW = /怎么做|怎么办|怎么干|怎么推进|如何|怎样|具体|做法|举措|展开|详细|安排/;
const LIST_CUE = /其中|这其中|里面|当中|上面|刚才|这几项|这些|列表/;

export function isHow(q: string): boolean {
  return HOW.test(q);
}

/** `其中第二项具体怎么做`, `第二个呢`: an ordinal into the task list the previous answer gave. */
function followUp(q: string, facts: PlanFacts[], ctx: FactsContext): Outcome {
  const list = ctx.lastList;
  const ord = ordinalIn(q);
  if (!list || list.kind !== 'tasks' || !ord || (ord.noun !== '' && ord.noun !== '任务')) return null;
  const explicit = LIST_CUE.test(q);
  // Without a cue, `第10项` past the end of a 3-item list means the plan's task 10.
  if (!explicit && (q.includes('任务') || ord.n > list.taskNos.length)) return null;
  if (residue(q, [ord.text], ['这其中', '上面', '刚才', '这些', '任务', '详细', '展开', '做法', '举措']).length > 0) {
    return explicit ? STOP : null;
  }
  const f = list.planId ? facts.find((x) => x.docId === list.planId) : pickPlan(q, facts)?.f;
  const t = f?.tasks.find((x) => x.no === list.taskNos[ord.n - 1]);
  return f && t ? { answer: taskReply(f, t, isHow(q)) } : STOP;
}

/** `第10项任务`, `第十项`, `任务10`, `第二个方面`, `第3项措施`. */
const byOrdinal: Intent = (q, f) => {
  const ord = ordinalIn(q);
  if (!ord || OWNER_CUE.test(q)) return null;
  // `其中第二项` with no list in the session: which list is meant is unknown.
  if (LIST_CUE.test(q)) return STOP;
  if (ord.noun === '方面' && q.includes('目标')) {
    const g = f.targetGroups.find((x) => x.no === ord.n);
    return g && residue(q, [ord.text], ['方面', '目标']).length === 0 ? { answer: groupReply(f, g) } : STOP;
  }
  if (ord.noun === '目标' || q.includes('目标')) return STOP;
  if (ord.noun === '方面') {
    const area = f.areas.find((a) => a.no === ord.n);
    return area && residue(q, [ord.text], ['方面', '任务']).length === 0 ? areaTasksReply(f, area.no) : STOP;
  }
  if (ord.noun === '措施' || q.includes('措施')) {
    const item = f.measures?.items[ord.n - 1];
    if (!f.measures || !item || residue(q, [ord.text], ['保障', '措施']).length > 0) return STOP;
    return { answer: reply(`第${ord.n}项保障措施是“${item}”。`, [cite(f, f.measures.source, f.measures.section, item)]) };
  }
  const extra = ['任务', '做法', '举措', '详细', '展开', '哪方面', '方面', '属于'];
  // `数据要素方面的第三项任务`: the ordinal counts within the named area, not the whole plan.
  const inArea = matchArea(q.replace(ord.text, ''), f);
  const no = inArea ? inArea.area.taskNos[ord.n - 1] : ord.n;
  const t = f.tasks.find((x) => x.no === no);
  if (!t || residue(q, [ord.text, inArea?.matched ?? ''], extra).length > 0) return STOP;
  return { answer: taskReply(f, t, isHow(q)) };
};

const TASK_LIST_CUE = /哪些(重点)?任务|什么任务|任务(有|是|都有|包括)(哪些|什么)|哪几项(重点)?任务|任务包括|包括哪些|任务都有|有哪些工作/;

function overviewReply(f: PlanFacts): FactsReply {
  const parts = f.areas.map((a) => {
    const first = a.taskNos[0];
    const last = a.taskNos[a.taskNos.length - 1];
    return `${a.no}.${a.title}（第${first === last ? first : `${first}-${last}`}项）`;
  });
  const stated = f.stated.tasks[0];
  const source = stated?.source ?? f.areas[0]!.source;
  return {
    answer: reply(`方案设置了${f.areas.length}个方面共${f.tasks.length}项任务：${parts.join('；')}。`, [
      cite(f, source, stated?.section ?? f.areas[0]!.section),
    ]),
  };
}

const areaTasks: Intent = (q, f) => {
  if (!TASK_LIST_CUE.test(q)) return null;
  const hit = matchArea(q, f);
  const extra = ['方面', '任务', '重点', '领域', '全部', '所有', '设置'];
  if (hit) return residue(q, [hit.matched], extra).length <= 2 ? areaTasksReply(f, hit.area.no) : STOP;
  return residue(q, [], extra).length === 0 && f.areas.length > 0 ? overviewReply(f) : STOP;
}

/** A question that names a task (`公共数据开放怎么做`) and nothing else the facts do not cover. */
const taskByName: Intent = (q, f) => {
  const qn = q.replace(/[“”"]/g, '');
  const hits = f.tasks
    .map((t) => ({ t, core: taskCore(t.name) }))
    .filter((h) => h.core.length >= 4 && qn.includes(h.core))
    .sort((a, b) => b.core.length - a.core.length);
  if (hits.length === 0) return null;
  if (hits.length > 1 && hits[1]!.core.length === hits[0]!.core.length) return STOP;
  const { t, core } = hits[0]!;
  const title = f.areas.find((a) => a.no === t.areaNo)?.title ?? '';
  // Words beyond the task name are only tolerated when they come from its area's title (`数据`).
  const left = residue(qn, [core], ['任务', '抓好', '工作', '做法', '举措', '开展', '推进', '要求', '第几'])
    .split('')
    .filter((c) => !title.includes(c));
  if (left.length > 0) return STOP;
  return answerTask(f, t, isHow(q));
};

function answerTask(f: PlanFacts, t: Task, how: boolean): Outcome {
  // Retrieval quotes the area's text better than a task we could not give its own description.
  if (how && t.sentences.length === 0 && !t.summary) return STOP;
  return { answer: taskReply(f, t, how) };
}

const INTENTS: Intent[] = [
  countsIntent,
  byOrdinal,
  speakersIntent,
  ownerIntent,
  measuresIntent,
  metaIntent,
  targetsIntent,
  areaTasks,
  taskByName,
  policiesIntent,
];

/**
 * Answers a question exactly from the plans' facts, or returns null so the caller falls through to
 * retrieval unchanged. The question may be raw (traditional script, full-width forms).
 */
export function answerFromFacts(question: string, facts: PlanFacts[], ctx: FactsContext = {}): FactsReply | null {
  if (facts.length === 0) return null;
  const q = prepareQuestion(question);
  if (!/\p{Script=Han}/u.test(q)) return null;
  const follow = followUp(q, facts, ctx);
  if (follow !== null) return follow === STOP ? null : follow;
  const picked = pickPlan(q, facts);
  if (!picked) return null;
  for (const intent of INTENTS) {
    const out = intent(picked.q, picked.f);
    if (out === STOP) return null;
    if (out) return out;
  }
  return null;
}
