// Shaping facts into a reply for a WeChat bubble: plain text, the fact first, short, and citations
// that quote the plan verbatim (the first one holding the fact the answer leads with).
import type { Area, PlanFacts, PolicyTopic, Task } from '../../knowledge/facts/plan.ts';
import type { Answer, Citation } from '../../knowledge/types.ts';
import { toChineseNumber } from '../../text/numerals.ts';

export interface TaskList {
  kind: 'tasks';
  taskNos: number[];
  /** The one task just given, not a list: `它前头那项` and `同块打头那项` count from it, `第二项` does not count in it. */
  single?: true;
  /** The task an aspect's list was reached from (`它在哪个方面` after the task): `那块另一项` is another than it. */
  from?: number;
  /** The plan the list came from, so a follow-up resolves in the same plan. */
  planId?: string;
  /**
   * An aspect's tasks given for an aspect counted to (`八个方面，第一个叫啥？`): the asker counts aspects, and a bare place
   * after it (`那第四个呢？`) is the fourth aspect, not the fourth task.
   */
  aspectCounted?: true;
}

/** The safeguard measures just listed (`保障措施有哪些` → `第二项具体是什么`). */
export interface MeasureList {
  kind: 'measures';
  items: string[];
  planId?: string;
}

/** The targets of one group just listed. */
export interface TargetList {
  kind: 'targets';
  groupNo: number;
  planId?: string;
}

/** The policies of one topic just listed: `那金融方面呢` asks for the other topic. */
export interface PolicyList {
  kind: 'policies';
  topic: PolicyTopic;
  planId?: string;
}

/** The target groups (aspects) just listed: `那第二个方面呢` asks for that group's targets. */
export interface GroupList {
  kind: 'groups';
  count: number;
  planId?: string;
}

/** The speakers just named (`科技局那天谁来发布的`): `他上一位呢` asks for a neighbour in the list of speakers. */
export interface SpeakerList {
  kind: 'speakers';
  /** Their places in the plan's list of speakers, 0-based, in the order named. */
  at: number[];
  planId?: string;
}

/** Only a `tasks` list carries `taskNos`: the follow-up rewriter reads them for that kind alone. */
export type FactsList = TaskList | MeasureList | TargetList | PolicyList | GroupList | SpeakerList;

export interface FactsContext {
  lastList?: FactsList;
}

export interface FactsReply {
  answer: Answer;
  /** Set when the answer enumerates items: store it in the session for `其中第二项` follow-ups. */
  list?: FactsList;
}

/**
 * What an intent hands back: the reply, plus question words it explained that the reply's text does
 * not contain (an abbreviation it resolved, `工信局`; an ordinal written in Chinese, `第十项`).
 */
export interface IntentReply extends FactsReply {
  explained?: string[];
  /** Text the fact stands in (its group's line): explains the question without being quoted. */
  context?: string[];
}

/**
 * An intent either answers, declines (null: the next intent may try), or claims the question and
 * gives up (STOP: the question is of its kind but the facts cannot answer it exactly, so no looser
 * intent may answer it either and the caller falls through to retrieval).
 */
export const STOP = Symbol('stop');
export type Outcome = IntentReply | null | typeof STOP;
export type Intent = (q: string, f: PlanFacts) => Outcome;

export const MAX_ANSWER = 400;
export const MAX_CITATION = 300;

/** Cuts a text to `max` characters, keeping `key` inside the window when it is given. */
export function clip(text: string, max: number, key?: string): string {
  if (text.length <= max) return text;
  const at = key ? text.indexOf(key) : -1;
  if (at < 0 || at + key!.length <= max - 1) return text.slice(0, max - 1) + '…';
  const start = Math.max(0, Math.min(at - Math.floor((max - key!.length) / 2), text.length - max + 2));
  const body = text.slice(start, start + max - 2);
  return `…${body}…`.slice(0, max);
}

/** A facts answer quotes its source exactly: the highest score a citation can carry. */
export const FACT_SCORE = 1;

export function cite(f: PlanFacts, text: string, section?: string, key?: string): Citation {
  const c: Citation = { text: clip(text, MAX_CITATION, key), source: f.docTitle, score: FACT_SCORE };
  if (section) c.section = section;
  return c;
}

export function reply(text: string, citations: Citation[]): Answer {
  const seen = new Set<string>();
  const unique = citations.filter((c) => c.text && !seen.has(c.text) && seen.add(c.text));
  return { body: clip(text, MAX_ANSWER), sources: [], grounded: true, citations: unique, mode: 'facts' };
}

export function areaLabel(f: PlanFacts, areaNo: number): string {
  const area = f.areas.find((a) => a.no === areaNo);
  return area ? `第${toChineseNumber(area.no)}方面“${area.title}”` : '';
}

export function areaSection(f: PlanFacts, areaNo: number): string | undefined {
  const area = f.areas.find((a) => a.no === areaNo);
  if (!area) return undefined;
  // The citation shape every answer uses: section levels joined by ` › ` (knowledge/chunk.ts sectionLabel).
  return [area.section, `${toChineseNumber(area.no)}、${area.title}`].filter(Boolean).join(' › ');
}

/**
 * An area as the plan says it: its heading line (`五是推动提档为先的精准发力`), where the answer's title is read
 * from, and the sentence under it that lists its focus and tasks — the passage cited for an area.
 */
export function areaCite(f: PlanFacts, area: Area): Citation {
  const text = area.titleSource && !area.source.includes(area.titleSource) ? `${area.titleSource}\n${area.source}` : area.source;
  // (The sentence of its tasks kept in view when a long heading makes the passage longer than a citation shows.)
  return cite(f, text, areaSection(f, area.no), area.source);
}

/** Whether the owner was supplied by an overrides file rather than read from the plan. */
function ownerNote(f: PlanFacts, t: Task): string {
  if (!t.owner) return '';
  const fromFile = f.overridden?.includes(`tasks.${t.no}.owner`);
  return `责任单位：${t.owner}${fromFile ? '（据补充的事实文件，方案原文未写明）' : ''}。`;
}

/**
 * One task. `how` leads with what the plan says to do (the description), otherwise with what the task
 * is; either way the citation order follows the answer's order.
 */
export function taskReply(f: PlanFacts, t: Task, how: boolean): Answer {
  const area = f.areas.find((a) => a.no === t.areaNo)!;
  const section = areaSection(f, t.areaNo);
  const own = t.sentences.join('');
  const head = `第${t.no}项任务是“${t.name}”，属于${areaLabel(f, t.areaNo)}。`;
  let body = '';
  if (own) body = `${how ? '具体做法' : '主要内容'}：${own}`;
  else if (t.summary) body = `主要内容：${t.summary}（据补充的事实文件）`;
  else if (area.sentences.length > 0) body = `方案对该方面的整体表述：${area.sentences.join('')}`;
  const text = how && own ? `${t.name}（第${t.no}项任务）：${own}${ownerNote(f, t)}` : `${head}${body}${ownerNote(f, t)}`;
  const nameCite = cite(f, t.source, section, t.name);
  const descCites = (own ? t.sentences : area.sentences).map((s) => cite(f, s, section));
  return reply(text, how && own ? [...descCites, nameCite] : [nameCite, ...descCites]);
}

export function taskListReply(f: PlanFacts, taskNos: number[], lead: string, citations: Citation[]): Answer {
  const names = taskNos.map((no) => `第${no}项 ${f.tasks.find((t) => t.no === no)!.name}`);
  return reply(`${lead}${names.join('；')}。`, citations);
}

/** The plan a follow-up's list came from, else the primary plan (a list kept from before a reload may name none). */
export function planOfList(facts: readonly PlanFacts[], planId: string | undefined): PlanFacts | undefined {
  return facts.find((x) => x.docId === planId) ?? facts.find((x) => x.primary) ?? facts[0];
}

/** The tasks of one area, with the list a follow-up (`其中第二项`) resolves against. */
export function areaTasksReply(f: PlanFacts, areaNo: number): FactsReply {
  const area = f.areas.find((a) => a.no === areaNo)!;
  // What the area is about, as its list sentence says it before the tasks (`聚焦夯实工业基础，突出打造项目群和
  // 产业集群，设置了…`): the focus the asker often wants with the tasks.
  const focus = /^(.{4,80}?)[，,]\s*(?:细化)?设置了/u.exec(area.source)?.[1];
  const lead = `${areaLabel(f, area.no)}${focus ? `（${focus}）` : ''}有${area.taskNos.length}项任务：`;
  return {
    answer: taskListReply(f, area.taskNos, lead, [areaCite(f, area)]),
    list: { kind: 'tasks', taskNos: area.taskNos, planId: f.docId },
  };
}

/**
 * The one task whose own sentences an answer from the text quotes (`碳达峰这事方案是咋安排的` answered by task 16's
 * sentence): the task `跟它同一块的打头那项`, `这项的另一项` next point at, as a facts answer's list would be.
 * Null when the answer quotes no task's sentence, or several tasks'.
 */
export function taskQuotedIn(facts: readonly PlanFacts[], text: string): TaskList | null {
  const flat = text.replace(/\s+/gu, '');
  let found: TaskList | null = null;
  for (const f of facts) {
    for (const t of f.tasks) {
      if (!quotable(t).some((s) => flat.includes(s))) continue;
      if (found) return null;
      found = { kind: 'tasks', taskNos: [t.no], single: true, planId: f.docId };
    }
  }
  if (found) return found;
  // (No task's own sentence, but the sentence that lists an aspect's tasks, `…设置了抓好A、抓好B、抓好C 3项任务`: the
  // next turn's `那块底下几件事`, `它名下第二项` count in that aspect's tasks.)
  for (const f of facts) {
    for (const a of f.areas) {
      const listed = listSentence(a);
      if (!listed || !flat.includes(listed)) continue;
      if (found) return null;
      found = { kind: 'tasks', taskNos: a.taskNos, planId: f.docId };
    }
  }
  return found;
}

/**
 * The aspect a passage cited stands under (its section names the aspect's title: `重点任务 › 四是推动创新为要的优化升级`),
 * as the list of its tasks: a passage of the aspect's own paragraph that quotes no task's sentence still speaks of
 * that aspect, which the next turn's `这块`, `那块最末一项` point at.
 */
export function areaCitedIn(facts: readonly PlanFacts[], citation: Citation | undefined): TaskList | null {
  if (!citation?.section) return null;
  const found = facts.filter((f) => f.docTitle === citation.source).flatMap((f) => f.areas.filter((a) => a.title.length >= 4 && citation.section!.includes(a.title)).map((a) => ({ f, a })));
  return found.length === 1 ? { kind: 'tasks', taskNos: found[0]!.a.taskNos, planId: found[0]!.f.docId } : null;
}

/** An aspect's sentence that lists its tasks (`设置了抓好A、抓好B…3项任务`), without white space: made once per aspect. */
const listSentenceOf = new WeakMap<PlanFacts['areas'][number], string | null>();
function listSentence(a: PlanFacts['areas'][number]): string | null {
  let made = listSentenceOf.get(a);
  if (made === undefined) listSentenceOf.set(a, (made = /设置了.{8,}/u.exec(a.source.replace(/\s+/gu, ''))?.[0] ?? null));
  return made;
}

/** Least length of a task's sentence that, found in an answer, says the answer quotes that task. */
const QUOTED_LEAST = 8;

/** A task's sentences long enough to say they are quoted, without white space: made once per task, not per turn. */
const quotableOf = new WeakMap<PlanFacts['tasks'][number], string[]>();
function quotable(t: PlanFacts['tasks'][number]): string[] {
  let made = quotableOf.get(t);
  if (!made) quotableOf.set(t, (made = t.sentences.filter((s) => s.length >= QUOTED_LEAST).map((s) => s.replace(/\s+/gu, ''))));
  return made;
}
