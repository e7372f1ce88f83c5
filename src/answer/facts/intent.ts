// Exact answers from plan facts, tried before retrieval. Intents run in a fixed order, most specific
// first; the first that answers decides, provided its answer explains the whole question
// (explain.ts). An intent that claims a question it cannot answer (`STOP`) ends the plan's turn.
import { askedAmountKinds, ASKS_AMOUNT, parseNumber, statesAmountOf, toChineseNumber } from '../../text/numerals.ts';
import type { PlanFacts, TargetItem, Task } from '../../knowledge/facts/plan.ts';
import type { Answer } from '../../knowledge/types.ts';
import { taskCore } from '../../knowledge/facts/text.ts';
import { planOrder, unexplained } from './explain.ts';
import { withoutSituation } from '../situation.ts';
import { generalWeight } from '../../retrieval/lexical/general.ts';
import {
  OWNER_CUE, areaSizesIntent, countsIntent, measuresIntent, metaIntent, organizerIntent, ownerIntent, partnerIntent, policiesIntent, speakerNeighbour, speakersIntent,
} from './people.ts';
import { FIRST_WORDS, LAST_WORDS, NAME_LIST, SURNAME_ASK, longestCommon, matchArea, namingWords, NEIGHBOUR_TASK, neighbourStep, nominalResidue, ordinalIn, placeIn, prepareQuestion, residue, type Ordinal } from './match.ts';
import {
  STOP, areaCite, areaLabel, areaSection, areaTasksReply, cite, planOfList, reply, taskReply,
  type FactsContext, type FactsList, type FactsReply, type Intent, type IntentReply, type Outcome, type TaskList,
} from './reply.ts';
import { asksRankHolder, groupReply, itemText, targetsIntent } from './targets.ts';
import { namedWithIntent } from './named-with.ts';

export type { FactsContext, FactsList, FactsReply, TaskList } from './reply.ts';

export interface FactsOptions {
  /** The document retrieval ranks first for this question: tried first when the question names no plan. */
  preferDocId?: string;
}

const HOW = /怎么做|怎么办|怎么干|怎么推进|怎么落地|怎么落实|如何|怎样|具体|做法|举措|展开|详细|安排/;
// (…or a list of other things the question names, `那几个库…第三个`: not the plan's tasks or aspects.)
const LIST_CUE = /其中|这其中|里面|里头|当中|上面|下面|刚才|这几项|这些|列表|[这那](?:几|些)(?:个|种|类|条)?(?![个种类条项]|任务|方面|措施|目标|大?块|板块)/u;
/** A list the question names itself before counting in it (`8个方面里头`, `21项任务当中`). */
// (`那21项里头`: the count's measure word alone names the list too.)
const OWN_LIST = /[\d一二三四五六七八九十两]+(?:(?:个|项|大)?(?:方面|任务|措施|目标|块)|项)(?:里头|里面|当中|中|里(?!程))/u;
/** The tasks named, asked (`那两条任务分别是啥`, `具体分了哪些任务`, `有哪几件事`). */
// (`哪三项任务`: the number already told, the tasks named.)
const TASKS_NAMED_ASK = /(?:任务|项|条|件事)[^，,。？?]{0,4}?(?:分别|都)?(?:是|叫)(?:啥|什么|哪些|哪几)|(?:哪些|哪几|哪[两二三四五六七八九十\d]{1,2})(?:项|条|件)?(?:任务|事)/u;
/** A reply to an aspect counted to, its list of tasks marked so (a bare place after it counts aspects). */
function aspectCounted<T extends { list?: FactsList }>(out: T): T {
  return out.list?.kind === 'tasks' ? { ...out, list: { ...out.list, aspectCounted: true } } : out;
}

/** A place said and nothing else asked of it (`那第四个呢？`, `第二个是啥`). */
const BARE_PLACE = /^(?:那|那么|还有)?第[\d一二三四五六七八九十两]+个?(?:呢|是啥|是什么|叫啥|叫什么)?[？?]?$/u;
/** A count that points back to what was just listed (`它下面有几项任务`, `这一块总共设了几项任务`). */
const POINTS_BACK = /它|[这那]一?块|[这那]个方面|该方面|这方面|其中|下面|底下|名下|里头|当中/u;

export function isHow(q: string): boolean {
  return HOW.test(q);
}

const FOLLOW_WORDS: Record<FactsList['kind'], string[]> = {
  // (`它名下第二项`, `底下头一项`: under the aspect just listed.)
  tasks: ['这其中', '它', '上面', '下面', '底下', '下边', '下头', '名下', '下设', '里头', '里面', '刚才', '这些', '任务', '详细', '展开', '做法', '举措', '落地', '排'],
  policies: [],
  measures: ['这其中', '上面', '刚才', '这些', '保障', '措施', '详细', '展开', '内容'],
  targets: ['这其中', '上面', '刚才', '这些', '目标', '指标', '详细', '内容'],
  groups: ['这其中', '上面', '刚才', '这些', '目标', '指标', '具体', '详细', '内容', '方面'],
  speakers: [],
};
const FOLLOW_NOUN: Record<FactsList['kind'], string> = { tasks: '任务', measures: '措施', targets: '目标', policies: '政策', groups: '方面', speakers: '发布人' };

/** A group's targets as listed: a clause with two values (two items) is one entry. */
function groupClauses(f: PlanFacts | undefined, groupNo: number): TargetItem[] {
  const items = f?.targetGroups.find((g) => g.no === groupNo)?.items ?? [];
  return items.filter((i, k) => items.findIndex((x) => x.source === i.source) === k);
}

function listLength(list: FactsList, f: PlanFacts | undefined): number {
  if (list.kind === 'policies') return 0;
  if (list.kind === 'tasks') return list.taskNos.length;
  if (list.kind === 'measures') return list.items.length;
  if (list.kind === 'groups') return list.count;
  if (list.kind === 'speakers') return 0;
  return groupClauses(f, list.groupNo).length;
}

/**
 * Safeguard measure `n`, with the aspect the same sentence pairs it with when both lists run in step
 * (`从…、严格督导确保任务执行到位三个方面，确定了…、做好督查督办3项保障措施`: the third with the third).
 */
function measureText(f: PlanFacts, n: number): string {
  const m = f.measures!;
  const aspect = m.aspects.length === m.items.length ? m.aspects[n - 1] : undefined;
  return `第${n}项保障措施是“${m.items[n - 1]}”${aspect ? `（${aspect}）` : ''}。`;
}

/** The n-th entry of the list, as an answer; STOP when there is none. */
function listEntry(list: FactsList, f: PlanFacts, n: number, q: string): Outcome {
  if (list.kind === 'tasks') {
    const t = f.tasks.find((x) => x.no === list.taskNos[n - 1]);
    return t ? { answer: taskReply(f, t, isHow(q)) } : STOP;
  }
  if (list.kind === 'policies' || list.kind === 'speakers') return STOP;
  if (list.kind === 'measures') {
    const item = list.items[n - 1];
    const m = f.measures;
    if (!item || !m) return STOP;
    return { answer: reply(measureText(f, n), [cite(f, m.source, m.section, item)]) };
  }
  if (list.kind === 'groups') {
    const group = f.targetGroups[n - 1];
    return group ? { answer: groupReply(f, group), list: { kind: 'targets', groupNo: group.no, planId: f.docId } } : STOP;
  }
  const g = f.targetGroups.find((x) => x.no === list.groupNo);
  const item = groupClauses(f, list.groupNo)[n - 1];
  if (!g || !item) return STOP;
  return { answer: reply(`“${g.name}”方面的第${n}项目标：${itemText(item)}。`, [cite(f, item.source, item.section)]) };
}

/** The area whose tasks the list is (the list an area's answer or a membership answer left). */
function areaOfList(list: TaskList, facts: PlanFacts[]): { f: PlanFacts; areaNo: number } | null {
  const f = list.planId ? facts.find((x) => x.docId === list.planId) : facts.find((x) => x.primary) ?? facts[0];
  const area = f?.areas.find((a) => a.taskNos.length === list.taskNos.length && a.taskNos.every((no, i) => no === list.taskNos[i]));
  return f && area ? { f, areaNo: area.no } : null;
}

/** `另一项`, `另外那条`, `剩下那项`: the other task of a group, beside the one just spoken of. */
const OTHER_ONE = /另(?:外)?(?:一|那|[两二三四五几])?(?:项|条|个|件)|剩下(?:的)?(?:那)?[一两二三四五几]?(?:项|条|个)|其余(?:的)?(?:那)?[两二三四五几]?(?:项|条)/u;
/** The other one and nothing more asked of it (`另一项是啥？`, `另一条呢？`). */
const OTHER_ONE_ASKED = new RegExp(`(?:${OTHER_ONE.source})(?:是|叫)?(?:啥|什么|哪项|哪条|哪个)?(?:任务)?(?:呢)?[？?]?$`, 'u');
/** Where an aspect stands asked (`老几`, `第几块`, `哪个方面`). */
const AREA_PLACE_ASK = /老几|第几|哪(?:个|一)?(?:方面|大?块|板块)/u;
/** Words pointing at the aspect just given (`那块`, `这一块`, `该方面`, `这个板块`). */
export const AREA_POINTER = /[这那该]一?个?(?:大?块|板块|方面)/u;

/** The other task of the aspect task `no` stands in, or the others listed; STOP when it stands alone. */
function otherOfArea(f: PlanFacts, no: number, how: boolean): Outcome {
  const area = f.areas.find((a) => a.taskNos.includes(no));
  const t = f.tasks.find((x) => x.no === no);
  if (!area || !t) return STOP;
  const others = area.taskNos.filter((x) => x !== no);
  if (others.length === 1) return answerTask(f, f.tasks.find((x) => x.no === others[0])!, how);
  const answer = siblingsReply(f, t);
  return answer ? { answer, list: areaList(f, area.no) } : STOP;
}

/** `其中第二项具体怎么做`, `第二个呢`: an ordinal into the list the previous answer gave. */
function followUp(q: string, facts: PlanFacts[], ctx: FactsContext): Outcome {
  const list = ctx.lastList;
  if (list?.kind === 'speakers') return speakerNeighbour(q, list, facts);
  // `这块是八块中的老几？` after a task or an aspect's passage: the aspect, and its place among the others.
  if (list?.kind === 'tasks' && !ordinalIn(q) && AREA_POINTER.test(q) && AREA_PLACE_ASK.test(q)) {
    const f = planOfList(facts, list.planId);
    const areaNo = list.single ? f?.tasks.find((x) => x.no === list.taskNos[0])?.areaNo : areaOfList(list, facts)?.areaNo;
    if (f && areaNo !== undefined) {
      const out = areaTasksReply(f, areaNo);
      return list.single && out.list?.kind === 'tasks' ? { ...out, list: { ...out.list, from: list.taskNos[0]! } } : out;
    }
  }
  // (`那块底下具体几件事`: the tasks counted in everyday words.)
  const counted = list?.kind === 'tasks' && /(?:几|多少)(?:项|个任务|件|条)/u.test(q) && POINTS_BACK.test(q) ? areaOfList(list, facts) : null;
  if (counted) return areaTasksReply(counted.f, counted.areaNo);
  // (`它底下那两条任务分别是啥`, `它下面具体分了哪些任务`: the tasks named.)
  const named = list?.kind === 'tasks' && !list.single && !ordinalIn(q) && POINTS_BACK.test(q) && TASKS_NAMED_ASK.test(q) ? areaOfList(list, facts) : null;
  if (named) return areaTasksReply(named.f, named.areaNo);
  const ord = ordinalIn(q);
  // `那第四个呢？` after `八个方面，第一个叫啥？`: the place alone, counted as the asker counted before — in aspects.
  if (list?.kind === 'tasks' && list.aspectCounted && ord && BARE_PLACE.test(q)) {
    const f = planOfList(facts, list.planId);
    const area = f?.areas.find((a) => a.no === placeIn(ord, f.areas.length));
    if (f && area) return aspectCounted({ ...areaTasksReply(f, area.no), list: areaList(f, area.no) });
  }
  // `紧挨着它前头那项叫啥`, `后一项呢` after one task was given: the task before or after it.
  if (list?.kind === 'tasks' && list.single) {
    const f = planOfList(facts, list.planId);
    const at = list.taskNos[0]!;
    // (`前头那项`, `后一项`, `紧跟它后头那条`: counted in tasks.)
    const step = !ord ? neighbourStep(q, NEIGHBOUR_TASK) : 0;
    if (step) {
      const t = f?.tasks.find((x) => x.no === at + step);
      return f && t ? answerTask(f, t, isHow(q)) : STOP;
    }
    // `同块打头那项呢`: a place in the aspect the task stands in.
    const area = ord && SIBLING_CUE.test(q) ? f?.areas.find((a) => a.taskNos.includes(at)) : undefined;
    const t = area ? f?.tasks.find((x) => x.no === area.taskNos[placeIn(ord!, area.taskNos.length) - 1]) : undefined;
    if (f && t) return answerTask(f, t, isHow(q));
    // `跟这项任务放在同一个方面的另一项是啥`: the rest of its aspect.
    if (f && !ord && OTHER_ONE.test(q) && SIBLING_CUE.test(q)) return otherOfArea(f, at, isHow(q));
    // (Otherwise no list to count in: the question is asked afresh.)
    return null;
  }
  // `那一块另一项任务…` after the aspect a task was found in: the aspect's other task, not that one.
  if (list?.kind === 'tasks' && list.from !== undefined && !ord && OTHER_ONE.test(q) && (SIBLING_CUE.test(q) || AREA_POINTER.test(q))) {
    const f = planOfList(facts, list.planId);
    return f ? otherOfArea(f, list.from, isHow(q)) : STOP;
  }
  // `跟这项任务放在同一个方面的另一项是啥` after an aspect found for a quote that no task's name holds (`“兴辽英才计划”出现在
  // 哪项任务里`, said in the aspect's paragraph): which of its tasks is "this one" is not known, so its tasks are given, each named.
  // (Only when the other one is all that is asked: `另一项，说到企业上市是怎么讲的` asks what it says, which its passage tells.)
  if (list?.kind === 'tasks' && list.from === undefined && !list.single && !ord && OTHER_ONE_ASKED.test(q) && (SIBLING_CUE.test(q) || AREA_POINTER.test(q))) {
    const area = areaOfList(list, facts);
    if (area) return areaTasksReply(area.f, area.areaNo);
  }
  const noun = list ? FOLLOW_NOUN[list.kind] : '';
  if (!list || !ord || list.kind === 'policies' || (ord.noun !== '' && ord.noun !== noun)) return null;
  const f = list.planId ? facts.find((x) => x.docId === list.planId) : facts.find((x) => x.primary) ?? facts[0];
  // (`同一块里压轴的任务`, `那块最末一项`: the aspect just listed is named as the list.)
  const explicit = LIST_CUE.test(q) || (list.kind === 'tasks' && (SIBLING_CUE.test(q) || AREA_POINTER.test(q)) && areaOfList(list, facts) !== null);
  // Without a cue, `第10项` past the end of a 3-item list means the plan's task 10; `第二项任务` after a
  // list of measures is about the plan's tasks.
  const otherNoun = ['任务', '措施', '目标'].some((w) => w !== noun && q.includes(w));
  const n = placeIn(ord, listLength(list, f));
  if (!explicit && (otherNoun || (list.kind === 'tasks' && q.includes('任务')) || n > listLength(list, f) || n < 1)) return null;
  // (Verbs around the ordinal say how it is asked, `要确保什么到位`; a noun left over asks something else.)
  // (The list named by its size, `它下设三项里`, is the list counted in.)
  const own = OWN_LIST.exec(q)?.[0];
  const left = nominalResidue(q, own ? [ord.text, own] : [ord.text], FOLLOW_WORDS[list.kind]).nouns;
  if (!f) return STOP;
  // (`第二项的预算是多少`: an amount asked of an entry is answered only where the entry states one.)
  const entry = listEntry(list, f, n, q);
  if (entry && entry !== STOP && !statesAmountAsked(q, entry.answer.body)) return null;
  // (A task of the list with a further ask its own text answers, `当中那项是要各行业同一年达峰吗`: the task.)
  if (left.length > 0) {
    if (list.kind === 'tasks' && entry && entry !== STOP && asksOfTask(q, entry.answer.body, left)) return entry;
    return explicit ? STOP : null;
  }
  return entry;
}

// `那创新方面呢`, `金融方面呢`: the same question as the one that gave the list, about another topic.
const SIBLING = /^(?:那么?|还有|另外|再说说)?(.{2,12}?)(?:方面|领域|这块)?的?(?:呢|怎么样)[?？]?$/u;
const SIBLING_QUESTION: Record<FactsList['kind'], ((topic: string) => string) | null> = {
  tasks: (t) => `${t}方面有哪些任务`,
  targets: (t) => `${t}方面的目标有哪些`,
  groups: (t) => `${t}方面的目标有哪些`,
  policies: (t) => `${t}方面有什么政策`,
  measures: null,
  speakers: null,
};

/** Asks the previous list's question about the topic the follow-up names, in the list's plan. */
function sibling(q: string, facts: PlanFacts[], ctx: FactsContext): FactsReply | null {
  const list = ctx.lastList;
  const m = SIBLING.exec(q);
  const ask = list && SIBLING_QUESTION[list.kind];
  if (!list || !m || !ask || ordinalIn(q)) return null;
  const f = planOfList(facts, list.planId);
  return f ? answerFromPlan(ask(m[1]!), f) : null;
}

/** Words asking what a thing at a place is called (`第六个方面全称叫啥`): the reply names it. */
const NAME_WORDS = ['全称', '全名', '名称', '名字', '名头', '名儿', '叫法', '标题', '题目', '主题'];

/** What asks an aspect's focus, which its list sentence states (`聚焦…，突出…，设置了…`). */
const FOCUS_WORDS = ['聚焦点', '聚焦', '着力点', '侧重点', '侧重', '重心', '主攻方向', '主攻', '主抓', '主打', '着眼点', '着眼'];

/**
 * Words of numbering a list (`把任务从一往下编号，第五条`, `序号`): the place, not a fact asked. (The list's own words,
 * 清单, 列表, 顺序, are fillers of every intent: match.ts FILLERS.)
 */
const LIST_WORDS = ['编号', '序号', '排序', '次序', '排位'];

/** The words for the first and the last place, said once more beside the one read (`压轴的最后一件`). */
const FIRST_LAST_WORDS = [...FIRST_WORDS.split('|'), ...LAST_WORDS.split('|')];

/**
 * Words around an ordinal that ask for the task at that place and nothing more: its name (`全称`,
 * `名称`), what it does (`做法`, `活儿`), where it stands (`哪方面`, `属于`).
 */
const TASK_WORDS = ['任务', '工作', '活儿', '做法', '举措', '详细', '展开', '哪方面', '方面', '属于', ...LIST_WORDS, ...NAME_WORDS, ...FIRST_LAST_WORDS];

/** Words that make an ordinal a place among people: the speakers, a list of names, a family name. */
const PEOPLE_CUE = new RegExp(`发布人|发布嘉宾|发言人|${NAME_LIST}|${SURNAME_ASK}`, 'u');

/** `第10项任务`, `第十项`, `任务10`, `第二个方面`, `第3项措施`. */
const byOrdinal: Intent = (q, f) => {
  const ord = ordinalIn(q);
  // (`哪个行业的名次目标定在全省第二`: a place in a ranking, which the targets read.)
  if (!ord || OWNER_CUE.test(q) || asksRankHolder(q)) return null;
  // (`发布人名单上排第二的`: a place among the speakers, which the speakers' intent counts.)
  // (…and so is the first on a `名单`, or the first of those `姓王的`: people, not tasks.)
  if (!ord.noun && PEOPLE_CUE.test(q)) return null;
  // `其中第二项` with no list in the session: which list is meant is unknown.
  // (Not `8个方面里头第1个方面`: the question names the list it counts in.)
  // (A cue after the ordinal says what stands under it, `第六个方面下面有几项任务`: not a pointer to a list.)
  if (LIST_CUE.test(q.slice(0, q.indexOf(ord.text))) && !OWN_LIST.test(q)) return STOP;
  if (ord.noun === '方面' && q.includes('目标')) {
    const g = f.targetGroups.find((x) => x.no === placeIn(ord, f.targetGroups.length));
    if (!g) return STOP;
    const answer = groupReply(f, g);
    // (`列了哪几个量化指标？各是多少？`: a target group's figures are its indicators.)
    const left = nominalResidue(q, [ord.text], ['方面', '目标', '指标', '量化指标', '具体目标']);
    if (!statesAll(answer.body, left.nouns)) return STOP;
    return { answer, list: { kind: 'targets', groupNo: g.no, planId: f.docId }, explained: [ord.text, '量化', ...left.others] };
  }
  // (A target group named, `“量的合理增长”那组目标…第三条`: its own list, the targets' business.)
  if (f.targetGroups.some((g) => q.includes(g.name))) return null;
  if (ord.noun === '目标' || q.includes('目标')) return STOP;
  if (ord.noun === '方面') {
    const area = f.areas.find((a) => a.no === placeIn(ord, f.areas.length));
    // (`第二个方面是什么？下设几项任务？`, `最后那块主要抓的是啥方向`: the aspect and its tasks.)
    const aspectWords = ['方面', '任务', '下设', '方向', '大块', '板块', '块', ...NAME_WORDS];
    if (!area) return STOP;
    // `第五个方面的第二项任务`, `第五块里排老二的`: a place within the aspect is one of its tasks.
    const inner = ordinalIn(q.slice(q.indexOf(ord.text) + ord.text.length));
    if (inner && (inner.noun === '' || inner.noun === '任务')) {
      const t = f.tasks.find((x) => x.no === area.taskNos[placeIn(inner, area.taskNos.length) - 1]);
      if (!t) return STOP;
      const answer = taskReply(f, t, isHow(q));
      const words = [...aspectWords, ...TASK_WORDS];
      const left = nominalResidue(q, [ord.text, inner.text], words);
      if (!statesAll(answer.body, left.nouns)) return STOP;
      return { answer, explained: [ord.text, inner.text, ...words.filter((w) => q.includes(w)), ...left.others, ...left.nouns] };
    }
    const out = areaTasksReply(f, area.no);
    // (`第四个方面的聚焦点是什么`: the reply states the aspect's focus when its list sentence gives one.)
    const focusWords = out.answer.body.includes('（聚焦') ? FOCUS_WORDS : [];
    const left = nominalResidue(q, [ord.text, ...focusWords], aspectWords);
    // (`它突出打造的是什么`: verbs say how; a noun must be one the reply itself states.)
    if (!statesAll(out.answer.body, left.nouns)) return STOP;
    return { ...out, explained: [ord.text, ...aspectWords.filter((w) => q.includes(w)), ...focusWords.filter((w) => q.includes(w)), ...left.others] };
  }
  if (ord.noun === '措施' || q.includes('措施')) {
    const at = placeIn(ord, f.measures?.items.length ?? 0);
    const item = f.measures?.items[at - 1];
    if (!f.measures || !item || residue(q, [ord.text], ['保障', '措施']).length > 0) return STOP;
    return {
      answer: reply(measureText(f, at), [cite(f, f.measures.source, f.measures.section, item)]),
      explained: [ord.text],
    };
  }
  const extra = TASK_WORDS;
  // `数据要素方面的第三项任务`: the ordinal counts within the named area, not the whole plan.
  // (Not a number said with 号, `第3号任务`, `19号任务`: the plan's own label, whatever area the rest names.)
  const labelled = ord.text.includes('号') || q[q.indexOf(ord.text) + ord.text.length] === '号';
  const inArea = labelled ? null : matchArea(q.replace(ord.text, ''), f);
  const no = inArea ? inArea.area.taskNos[placeIn(ord, inArea.area.taskNos.length) - 1] : placeIn(ord, f.tasks.length);
  // `第6项和第8项分别是啥`: each place asked, in one reply.
  const joined = otherOrdinals(q, ord);
  const more = inArea ? [] : joined.map((o) => f.tasks.find((x) => x.no === placeIn(o, f.tasks.length)));
  const t = f.tasks.find((x) => x.no === no);
  if (!t || more.some((x) => !x)) return STOP;
  const answers = [taskReply(f, t, isHow(q)), ...more.map((x) => taskReply(f, x!, isHow(q)))];
  // `十九号是啥？跟它同组的另一项呢`: the task, then the others of its aspect.
  const group = more.length === 0 ? SIBLING_CUE.exec(q) : null;
  const siblings = group ? siblingsReply(f, t) : null;
  if (siblings) answers.push(siblings);
  const answer = answers.length === 1 ? answers[0]! : reply(answers.map((a) => a.body).join('\n'), answers.flatMap((a) => a.citations));
  // A noun left over must be one the reply states (`主要依托哪个专项行动` of a task whose sentence names it) —
  // or the task's own text, which the reply gives, is what it asks of (`13号任务讲的是啥，选突破口按什么思路来`).
  // (Only a place said as the list's — `13号任务`, `倒着数第二项`, `排第七的是哪项` —, not `第一支柱产业`, `第20条`.)
  const onList = ord.noun === '任务' || /[项号]/u.test(ord.text) || /任务|哪项/u.test(q);
  // (The asker's story around a place on the list is theirs, `对照清单打勾，第十五项任务我这儿漏抄了，是啥来着`: a clause
  // that tells without holding the place asks nothing of the task. Not around another place, `…主题系列，第一场讲的是啥`:
  // that clause says what is counted.)
  const asked = onList ? withoutSituation(q, (clause) => ![ord, ...joined].some((o) => clause.includes(o.text))) : q;
  const left = nominalResidue(asked, [ord.text, ...joined.map((o) => o.text), inArea?.matched ?? '', ...(siblings ? [group![0], ...OTHER_WORDS] : [])], extra);
  if (!statesAll(answer.body, left.nouns) && !(onList && asksOfTask(q, answer.body, left.nouns))) return STOP;
  // (One task given: the one a follow-up's `它前头那项` counts from.)
  return { answer, ...(more.length === 0 ? { list: { kind: 'tasks' as const, taskNos: [t.no], single: true as const, planId: f.docId } } : {}), explained: [ord.text, ...joined.map((o) => o.text), ...(siblings ? [group![0], ...OTHER_WORDS.filter((w) => q.includes(w))] : []), ...extra.filter((w) => q.includes(w)), ...left.others, ...left.nouns] };
};

/**
 * A fact a task's text would have to state to answer it (`预算`, `资金`, `电话`, `牵头单位`): asked of a task
 * whose reply does not state it, the question is not answered by giving the task.
 */
const STATED_FACT = /[费钱价金额率税资薪租款]|预算|电话|网址|地址|时间|日期|期限|时限|名单|人数|数量|指标|单位|部门|负责|牵头|考核|办法|细则|补贴|奖励|政策/u;

/**
 * Whether what a question asks beside the place (`…选突破口按什么思路来？`, `…里面点了哪几个人才计划的名`) is
 * about the task's own content, which the reply gives whole: no figure, date or named fact is asked that the
 * reply does not state.
 */
function asksOfTask(q: string, body: string, nouns: readonly string[]): boolean {
  const missing = nouns.filter((w) => !body.includes(w));
  if (ASKS_AMOUNT.test(q) || askedAmountKinds(q).length > 0 || missing.some((w) => STATED_FACT.test(w))) return false;
  // (A longer word is said in part where the text words it its own way: `突破口` of `重点突破`.)
  const inPart = (w: string) => w.length >= 3 && [...Array(w.length - 1).keys()].some((k) => body.includes(w.slice(k, k + 2)));
  // …and most of what it names, weighed as general Chinese weighs it, the reply states (`突破口`, not `思路`):
  // a place that is no task's (`系列的第二场`, `第三方机构`) leaves its nouns unstated.
  const all = nouns.reduce((n, w) => n + generalWeight(w), 0);
  const unstated = missing.filter((w) => !inPart(w)).reduce((n, w) => n + generalWeight(w), 0);
  return unstated * 2 <= all;
}

/** Whether the reply states every noun an ordinal question leaves over (verbs only say how it is asked). */
function statesAll(body: string, nouns: readonly string[]): boolean {
  return nouns.every((w) => body.includes(w));
}

const JOINED = /^(?:[和、及与跟]|以及)(第?([一二三四五六七八九十\d]{1,3})(?:项|个|条|号)?)/u;
/** `到第十一项`, `至11项`, `-11`: the end of a run of places. */
const RANGE = /^(?:到|至|[-—~～])(第?([一二三四五六七八九十\d]{1,3})(?:项|个|条|号)?)/u;
/** A run this long at most is given place by place. */
const MAX_RANGE = 8;

/** The further places of `第6项和第8项`, `第3、5项`: ordinals of the same kind joined to the first. */
function otherOrdinals(q: string, first: Ordinal): Ordinal[] {
  // `最后三项`: the places after the first of the run.
  if (first.span) return Array.from({ length: first.span - 1 }, (_, i) => ({ n: first.fromEnd ? first.n - i - 1 : first.n + i + 1, noun: first.noun, text: first.text, ...(first.fromEnd ? { fromEnd: true as const } : {}) }));
  if (first.fromEnd) return [];
  let after = q.slice(q.indexOf(first.text) + first.text.length);
  const out: Ordinal[] = [];
  // `第九到第十一项`, `第9至11项`: every place of the run.
  const range = RANGE.exec(after);
  const last = range ? parseNumber(range[2]!) : null;
  if (range && last && last > first.n && last - first.n < MAX_RANGE) {
    for (let n = first.n + 1; n <= last; n++) out.push({ n, noun: first.noun, text: n === last ? range[1]! : '' });
    after = after.slice(range[0].length);
  }
  for (let m = JOINED.exec(after); m; m = JOINED.exec(after)) {
    const n = parseNumber(m[2]!);
    if (!n || n < 1) break;
    out.push({ n, noun: first.noun, text: m[1]! });
    after = after.slice(m[0].length);
  }
  return out;
}

// (`哪三项任务`: the number the asker was told, asked to name them.)
const TASK_LIST_CUE = /哪些(重点)?任务|什么任务|任务(有|是|都有|包括)(哪些|什么)|哪(?:几|[两二三四五六七八九十\d]{1,2})项(重点)?任务|任务包括|包括哪些|任务都有|有哪些工作/;

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

/** An aspect pointed at as described (`讲绿色发展的那个板块`, `数字化那个方面`, `绿色发展那块`). */
const AREA_DESCRIBED = /(?:的|那)(?:个|一)?(?:大?块|板块|方面|部分)/u;

/**
 * `讲绿色发展的那个板块排第几`, `数字化那个方面是第几个`: an aspect described by words of its title, its place
 * asked (not an ordinal given, `第三个方面讲什么`): the aspect, by its number, with its tasks.
 */
const areaPlace: Intent = (q, f) => {
  // (Not a measure asked where it belongs, `引导银行多放贷这条，归八个方面里的哪一块`: membershipIntent's.)
  if (!AREA_DESCRIBED.test(q) || !AREA_PLACE_ASK.test(q) || ordinalIn(q) || MEMBER_CUE.test(q)) return null;
  const hit = matchArea(q, f);
  // (The aspects counted as the asker counts them, `在八块里`: this plan's number of them.)
  const counted = [`${toChineseNumber(f.areas.length)}块`, `${f.areas.length}块`];
  return hit ? { ...areaTasksReply(f, hit.area.no), explained: [hit.matched, '板块', '方面', '那块', '那个', ...counted, '排', '老几', '第几', '在', '里', '讲', '的'] } : null;
};

/**
 * A question that names a task (`公共数据开放怎么做`, `质量提升有什么举措`): the longest run of the
 * question inside one task's name, at least four characters and more than half the name, so a phrase
 * every plan uses (`高质量发展`) does not pick a task.
 */
/**
 * The tasks a question names by title (`两化融合那项`): four characters or more of the title's core, more than
 * half of it — longest first.
 */
function tasksByName(q: string, f: PlanFacts): { t: Task; matched: string }[] {
  const qn = q.replace(/[“”"]/g, '');
  return f.tasks
    .map((t) => {
      const core = taskCore(t.name);
      return { t, matched: longestCommon(qn, core), core };
    })
    .filter((h) => h.matched.length >= 4 && h.matched.length * 2 > h.core.length)
    .sort((a, b) => b.matched.length - a.matched.length);
}

/** `碳达峰那项任务在二十一项里排第几`: the place of a task asked (or which task it is, MEMBER_CUE). */
const TASK_PLACE_ASK = /(?:任务|项)[^，。？?]{0,12}?(?:排)?(?:第几|老几)|几号任务/u;

const taskByName: Intent = (q, f) => {
  const hits = tasksByName(q, f);
  // (Its place asked by a word of its name too short for the rule above, `碳达峰` of 抓好碳达峰工作落实: the one
  // task whose name has the word.)
  const placeAsk = TASK_PLACE_ASK.exec(q) ?? MEMBER_CUE.exec(q);
  if (hits.length === 0 && placeAsk) {
    const words = namingWords(q);
    const named = words.filter((w) => w.length >= 3).map((w) => f.tasks.filter((t) => t.name.includes(w))).filter((ts) => ts.length === 1);
    const t = named[0]?.[0];
    if (t && named.every((ts) => ts[0] === t)) {
      const out = answerTask(f, t, false);
      return out && out !== STOP ? { ...out, explained: [...words.filter((w) => t.name.includes(w)), placeAsk[0], ...MEMBER_WORDS.filter((w) => q.includes(w)), '那项', '这项', '项'] } : out;
    }
  }
  if (hits.length === 0) return null;
  if (hits.length > 1 && hits[1]!.matched.length === hits[0]!.matched.length) return STOP;
  const out = answerTask(f, hits[0]!.t, isHow(q));
  return out && out !== STOP ? { ...out, explained: [hits[0]!.matched] } : out;
};

function answerTask(f: PlanFacts, t: Task, how: boolean): Outcome {
  // Retrieval quotes the area's text better than a task we could not give its own description.
  if (how && t.sentences.length === 0 && !t.summary) return STOP;
  return { answer: taskReply(f, t, how), list: { kind: 'tasks', taskNos: [t.no], single: true, planId: f.docId } };
}

/** `X属于哪项任务`, `X是放在哪项任务下面的`, `这属于21项任务里的哪一项`: which task a measure belongs to. */
const MEMBER_CUE = /(?:属于|放在|归在|归属|列在|归入|算在|算|归|是|出现在|写在|写进|见于|提在|出自|来自)[^，。？?]{0,10}?(?:哪(?:一|个)?项|哪(?:一|个)?条(?:任务)?|第几项|哪个任务|哪个方面|哪一个方面|哪方面|哪(?:一|个)?(?:大?块|板块)|第几(?:个)?(?:大?块|方面|板块))/u;
/** The words of such a question that ask where, not what. */
const MEMBER_WORDS = ['属于', '放在', '归在', '归属', '列在', '归入', '算在', '出现在', '写在', '写进', '见于', '提在', '出自', '来自', '哪条', '说法', '提的', '下面', '下边', '里面', '当中', '任务', '方面', '哪项', '哪一项', '第几项', '专项行动', '工程', '行动', '哪一块', '哪块', '第几块', '八个方面', '大块', '板块', '活儿'];

/**
 * A measure the question names (`“千人助千企”专项行动`), found in the sentences the plan gives one task
 * (or one area, where its sentences could not be told apart by task): that task, or that area and its
 * tasks. The name must be at least four characters of the sentence, and only one task's or area's.
 */
const membershipIntent: Intent = (q, f) => {
  const cue = MEMBER_CUE.exec(q);
  if (!cue) return null;
  const qn = q.replace(/[“”"]/g, '');
  const found = [
    ...f.tasks.flatMap((t) => t.sentences.map((s) => ({ task: t as Task | undefined, areaNo: t.areaNo, s }))),
    ...f.areas.flatMap((a) => a.sentences.map((s) => ({ task: undefined as Task | undefined, areaNo: a.no, s }))),
  ]
    .map((c) => ({ ...c, matched: longestCommon(qn, c.s.replace(/[“”"]/g, '')) }))
    .filter((c) => c.matched.length >= 4 && !f.tasks.some((t) => t.name.includes(c.matched)))
    .sort((a, b) => b.matched.length - a.matched.length);
  const best = found[0];
  if (!best) return null;
  // The same words in two places tell nothing about which one is meant.
  if (found.some((c) => c !== best && c.matched.length === best.matched.length && (c.task !== best.task || c.areaNo !== best.areaNo))) return STOP;
  const explained = [best.matched, ...MEMBER_WORDS.filter((w) => q.includes(w))];
  const section = areaSection(f, best.areaNo);
  // (The words shared, as quoted back: without the punctuation a common run may start or end with.)
  const said = best.matched.replace(/^[，,。；;、：:\s]+|[，,。；;、：:\s]+$/gu, '');
  if (best.task) {
    const t = best.task;
    const text = `“${said}”属于第${t.no}项任务“${t.name}”（${areaLabel(f, t.areaNo)}）。原文：${best.s}`;
    return { answer: reply(text, [cite(f, best.s, section), cite(f, t.source, section, t.name)]), explained, list: { ...areaList(f, t.areaNo), from: t.no } };
  }
  const area = f.areas.find((a) => a.no === best.areaNo)!;
  const names = area.taskNos.map((no) => `第${no}项“${f.tasks.find((t) => t.no === no)!.name}”`).join('、');
  const text = `“${said}”见于${areaLabel(f, area.no)}，该方面设有${area.taskNos.length}项任务：${names}。原文：${best.s}`;
  return { answer: reply(text, [cite(f, best.s, section), areaCite(f, area)]), explained, list: areaList(f, area.no) };
};

/** `跟哪两项任务编在同一组`, `和X在同一个方面的还有哪些`: the tasks set beside a named one, under its aspect. */
const SIBLING_CUE = /同(?:一个?|个)?(?:组|方面|块|大块|板块|部分|类)|同组|编在一起|放在一起|一组/u;
const SIBLING_ASK = /哪些|哪几|哪[两二三四五六七八九十]|还有(?:什么|啥|谁)/u;

/**
 * The task the question names (by its title, or a sentence only it holds, four characters or more) and the
 * other tasks of its aspect — the one grouping a plan states.
 */
const siblingsIntent: Intent = (q, f) => {
  const cue = SIBLING_CUE.exec(q);
  const ask = SIBLING_ASK.exec(q);
  if (!cue || !ask) return null;
  // By its place (`第8项跟哪几项在同一组`), else its title, else a sentence only it holds.
  const ord = ordinalIn(q);
  const placed = ord && (ord.noun === '' || ord.noun === '任务') && !ord.span ? f.tasks.find((t) => t.no === placeIn(ord, f.tasks.length)) : undefined;
  const bySentence = () => {
    const qn = q.replace(/[“”"]/g, '');
    return f.tasks
      .flatMap((t) => t.sentences.map((s) => ({ t, matched: longestCommon(qn, s.replace(/[“”"]/g, '')) })))
      .filter((h) => h.matched.length >= 4)
      .sort((a, b) => b.matched.length - a.matched.length);
  };
  const byName = placed ? [] : tasksByName(q, f);
  const hits = placed ? [{ t: placed, matched: ord!.text }] : byName.length ? byName : bySentence();
  const best = hits[0];
  if (!best) return null;
  if (hits.some((h) => h.t !== best.t && h.matched.length === best.matched.length)) return STOP;
  const answer = siblingsReply(f, best.t);
  if (!answer) return null;
  return {
    answer,
    explained: [best.matched, cue[0], ask[0], ...MEMBER_WORDS.filter((w) => q.includes(w)), '编在', '同', '组', '那项', '跟', '和', '与'],
    list: { ...areaList(f, best.t.areaNo), from: best.t.no },
  };
};

/** The other tasks of a task's aspect, named; null when it stands alone. */
function siblingsReply(f: PlanFacts, t: Task): Answer | null {
  const area = f.areas.find((a) => a.no === t.areaNo);
  if (!area || area.taskNos.length < 2) return null;
  const others = area.taskNos.filter((no) => no !== t.no).map((no) => f.tasks.find((x) => x.no === no)!);
  const names = others.map((x) => `第${x.no}项“${x.name}”`).join('、');
  const text = `与第${t.no}项“${t.name}”同属${areaLabel(f, area.no)}的任务还有${others.length}项：${names}。`;
  return reply(text, [areaCite(f, area)]);
}

/** How the others of a group are said (`跟它同组的另一项`, `同一方面的其他任务`). */
const OTHER_WORDS = ['另一项', '另外', '其他', '其余', '别的', '还有'];

/** The tasks of an area as the list a follow-up (`这一块总共设了几项任务`) reads. */
function areaList(f: PlanFacts, areaNo: number): TaskList {
  return { kind: 'tasks', taskNos: f.areas.find((a) => a.no === areaNo)!.taskNos, planId: f.docId };
}

const INTENTS: Intent[] = [
  siblingsIntent,
  namedWithIntent,
  areaSizesIntent,
  countsIntent,
  byOrdinal,
  organizerIntent,
  speakersIntent,
  ownerIntent,
  partnerIntent,
  measuresIntent,
  metaIntent,
  targetsIntent,
  areaTasks,
  areaPlace,
  membershipIntent,
  taskByName,
  policiesIntent,
];

// A question for an amount (`规模多大`, `补贴多少`, `得整到啥数`) is only answered by a reply that states
// one (ASKS_AMOUNT: the one list of how amounts are asked).
const ORDINAL_LABEL = /第[\d一二三四五六七八九十]+(?:项|个|方面)/g;
const AMOUNT = /\d|[一二两三四五六七八九十百千万]+(?:个|项|家|位|名|所|人|方面)|第[一二三四五六七八九十]+位/;


/** Whether a reply states an amount, of the kind asked, where the question asks for one. */
function statesAmountAsked(q: string, body: string): boolean {
  // (A place asked, `是第几项`, `排老几`, is answered by the label itself: `第16项任务是…`.)
  const placeOnly = !ASKS_AMOUNT.test(q.replace(/(?:排在?)?第几|老几/gu, ''));
  if (ASKS_AMOUNT.test(q) && !AMOUNT.test(placeOnly ? body : body.replace(ORDINAL_LABEL, ''))) return false;
  // …and one of the kind asked: `多少亿元` is not answered by a rank (`稳居全省第二位`).
  // (Money and shares only: a period is stated many ways, `2023-2025年` among them.)
  const kinds = askedAmountKinds(q).filter((k) => k === 'money' || k === 'percent');
  return !kinds.length || statesAmountOf(body.replace(ORDINAL_LABEL, ''), kinds);
}

/** Whether the reply explains every content word of the question. */
function explainsAll(q: string, out: IntentReply): boolean {
  if (!statesAmountAsked(q, out.answer.body)) return false;
  const texts = [out.answer.body, ...out.answer.citations.map((c) => c.text), ...(out.context ?? [])];
  // The asker's story before the question (`我是在沈阳读研的盘锦人，听说有个…`) says who asks, not what.
  return unexplained(withoutSituation(q), texts, out.explained).length === 0;
}

function answerFromPlan(q: string, f: PlanFacts): FactsReply | null {
  // The asker's story before the question (`我们公司想对接科技口的扶持，发布会上科技局出面的是哪位领导？`) is no part of
  // what the intents must explain: asked whole and nothing answered, the question is asked again without it.
  // (Also when an intent stopped it: what stopped it may be the story's words.)
  const asked = answerFromIntents(q, f);
  if (asked) return asked;
  const bare = withoutSituation(q, (c) => STORY.test(c) && !LIST_TOPIC.test(c) && !POINTED.test(c));
  return bare === q ? null : answerFromIntents(bare, f);
}

/**
 * A clause that does not ask is set aside only when it tells the asker's own story: who asks (`我们公司想…`,
 * `单位做会议台账`), what they want (`想找对口领导聊聊融资的事`), what for (`给企业排政策日历用`). Any other
 * (`有个引才工程名字挺形象`, `船舶和海工装备制造这块`) says what the question is about.
 */
const STORY = /我|咱|俺|本人|家里|单位|公司|厂里|^想|^打算|^准备|^为了|^给.+用$/u;
/**
 * …and never one that names one of the plan's lists or a place in one (`省内排名那几条目标，哪一条是第二名？`): it
 * sets the topic the question asks within.
 */
const LIST_TOPIC = /任务|目标|指标|方面|措施|板块|大块|发布人|名单|第[\d一二三四五六七八九十]/u;
/**
 * …nor one that describes a thing and points at it (`想吸引大学生留在辽宁的那个活动，方案里叫什么？`): it is what
 * the rest asks about (the activity's name, not the plan's).
 */
// (A description before it, `…的那个活动`: `我想问问这个方案` points at the paper, and is the asker's story.)
const POINTED = /的(?:这|那)(?:个|种|项|类|场|次)(?!\p{Script=Han}*(?:方案|计划|规划|政策|文件|意见|办法)$)\p{Script=Han}{1,6}$/u;

/** The first intent's reply that explains the question; null when one stops it or none answers. */
function answerFromIntents(q: string, f: PlanFacts): FactsReply | null {
  for (const intent of INTENTS) {
    const out = intent(q, f);
    if (out === STOP) return null;
    // An answer that leaves part of the question unexplained is not this intent's to give; a later,
    // more literal one may still explain it all.
    if (out && explainsAll(q, out)) return { answer: out.answer, ...(out.list ? { list: out.list } : {}) };
  }
  return null;
}

/**
 * Answers a question exactly from the plans' facts, or returns null so the caller falls through to
 * retrieval unchanged. The question may be raw (traditional script, full-width forms). With several
 * plans, the one the question names, else `opts.preferDocId`, else the primary plan is tried first.
 */
export function answerFromFacts(
  question: string,
  facts: PlanFacts[],
  ctx: FactsContext = {},
  opts: FactsOptions = {},
): FactsReply | null {
  if (facts.length === 0) return null;
  const q = prepareQuestion(question);
  if (!/\p{Script=Han}/u.test(q)) return null;
  const follow = followUp(q, facts, ctx);
  // (A follow-up that lists again, `它下面有几项任务`, leaves its list for the next one.)
  if (follow !== null) return follow === STOP ? null : { answer: follow.answer, ...(follow.list ? { list: follow.list } : {}) };
  const other = sibling(q, facts, ctx);
  if (other) return other;
  for (const plan of planOrder(q, facts, opts.preferDocId)) {
    const out = answerFromPlan(plan.q, plan.f);
    if (out) return ordinalIn(plan.q)?.noun === '方面' ? aspectCounted(out) : out;
  }
  return null;
}
