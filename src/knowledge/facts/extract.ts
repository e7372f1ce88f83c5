// Section parsers for plans written in the 新闻发布会解读 style: `发布人` block, `一是在“…”方面：` target
// groups, `确定了…3项措施` measures, the plan's title and period and the counts it states about itself
// (areas and tasks are in areas.ts). The patterns are the genre's fixed phrasing, not one plan's
// content, so another plan in the same style parses unchanged.
import { NUM_PATTERN, parseNumber } from '../../text/numerals.ts';
import type {
  Measures, PlanFacts, PolicyItem, PolicyTopic, Speaker, StatedCount, TargetGroup, TargetItem, Area, Task,
} from './types.ts';
import { GROUP_HEAD, isTaskList, type Headings } from './areas.ts';
import {
  enumMark, enumerationReadings, isHeading, pickReading, splitClauses, splitSentences,
} from './text.ts';
import { POLICY_KEYWORDS } from './vocab.ts';

export type { Headings } from './areas.ts';

export function headingIndex(lines: string[], exclude: Set<string>): Headings {
  let current: string | undefined;
  return lines.map((l) => {
    if (!exclude.has(l) && isHeading(l)) current = l;
    return current;
  });
}

/** Each sentence of the text with its line index; all facts are looked up through this. */
function sentencesOf(lines: string[]): { line: number; text: string }[] {
  return lines.flatMap((l, i) => splitSentences(l).map((text) => ({ line: i, text })));
}

// A post starts where the unit name ends: `市数据局` + `局长`, `市X局` + `党组成员、副局长`.
const POST_START =
  /(党组|党委|党工委|党总支|副?(?:局长|主任|书记|市长|区长|县长|行长|关长|站长|队长|社长|校长|馆长|会长|理事长|秘书长|处长|部长|总经理|经理|总监|董事长|院长|所长|主席|总工程师|巡视员|调研员|负责人)|新闻发言人|一级|二级)/u;

export function extractSpeakers(lines: string[]): Speaker[] {
  const start = lines.findIndex((l) => /^(发布人|发布嘉宾|出席嘉宾|出席人员)[：:]?$/.test(l));
  if (start < 0) return [];
  const out: Speaker[] = [];
  for (const line of lines.slice(start + 1)) {
    const space = line.lastIndexOf(' ');
    const name = line.slice(space + 1);
    const head = line.slice(0, space);
    const post = POST_START.exec(head);
    if (space <= 0 || !/^[\p{Script=Han}·]{2,5}$/u.test(name) || !post || post.index === 0) break;
    out.push({
      name,
      unit: head.slice(0, post.index),
      post: head.slice(post.index),
      source: line,
      section: lines[start],
    });
  }
  return out;
}

const TITLE_WITH_PERIOD = /《([^《》]+?)\((\d{4})\s*[-—–~～至]\s*(\d{4})年?\)》/;
const TITLE_ANY = /《([^《》]*(?:方案|规划|计划|意见|纲要|措施|政策|办法|细则))》/;
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
// `3月30日，市政府新闻办召开…新闻发布会`: the body that held the release, right after its date.
// (A time of day after the date, a place or 联合 before the verb; and what was held is a press meeting — not a body's own
// working meeting, `3月30日，市工业和信息化局召开全市工业经济运行调度会`.)
const HELD_BY = /(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上)?[，,]?\s*([^，,。；：“”《》\s]{2,30}?(?:新闻办|办公室|办|局|委员会|委|部|政府|中心))(?:在[^，,。；]{1,20}?)?(?:联合)?(?:召开|举行|举办)[^。]{0,60}?(?:发布会|新闻会|通气会|解读会)/u;
// `下一步，市X局将认真落实…`: the unit the plan names for carrying it out.
const LEAD = /(?:^|[，。；：、])([^，。；：、“”《》]{2,25}?(?:局|委员会|委|办公室|办|厅|中心|部|政府))将[^。]*?落实/;

export function extractMeta(
  lines: string[],
  headings: Headings,
): Pick<PlanFacts, 'title' | 'fullTitle' | 'period' | 'titleSource' | 'releaseDate' | 'organizer' | 'leadUnit'> {
  const sentences = sentencesOf(lines);
  const meta: ReturnType<typeof extractMeta> = {
    title: null, fullTitle: null, period: null, titleSource: null, releaseDate: null, organizer: null, leadUnit: null,
  };
  const withPeriod = sentences.find((s) => TITLE_WITH_PERIOD.test(s.text));
  if (withPeriod) {
    const m = TITLE_WITH_PERIOD.exec(withPeriod.text)!;
    meta.title = m[1]!;
    meta.period = { text: `${m[2]}-${m[3]}年`, start: Number(m[2]), end: Number(m[3]) };
    meta.fullTitle = `${m[1]}(${meta.period.text})`;
    meta.titleSource = { source: withPeriod.text, section: headings[withPeriod.line] };
  } else {
    const any = sentences.find((s) => TITLE_ANY.test(s.text));
    if (any) {
      meta.title = meta.fullTitle = TITLE_ANY.exec(any.text)![1]!;
      meta.titleSource = { source: any.text, section: headings[any.line] };
    }
  }
  const dated = sentences.find((s) => DATE.test(s.text));
  if (dated) meta.releaseDate = { text: DATE.exec(dated.text)![0], source: dated.text, section: headings[dated.line] };
  const held = dated ? HELD_BY.exec(dated.text) : null;
  if (dated && held) meta.organizer = { name: held[1]!, source: dated.text, section: headings[dated.line] };
  // The implementation statement closes the text, so the last match is the one that counts.
  const lead = sentences.filter((s) => LEAD.test(s.text)).pop();
  if (lead) meta.leadUnit = { name: LEAD.exec(lead.text)![1]!, source: lead.text, section: headings[lead.line] };
  return meta;
}

const DEADLINE = /^(?:到|至|截至)(\d{4}年(?:末|底)?)[，,]?/;
// A value and its unit: counts (`家`, `个`, `架`, `所`), money (`亿元`, `亿美元`, `万美元`), tonnage, shares.
const NUM_UNIT = new RegExp(
  '(\\d+(?:\\.\\d+)?)(个百分点|百分点|%|‰|倍|(?:万|亿|千|百)?(?:美元|欧元|元|吨|标箱|千瓦时|千瓦|平方公里|平方米|公里|千米|亩|' +
    '人次|人|名|户|家|项|个|辆|架|所|座|条|台|套|件|批|次|场|张|艘|部|款|种|处|间|栋|册)|万|亿)(以上|以下|左右|以内)?',
  'g',
);
const RANK = /(?:全省|全国|全市|东北|全区)?第([一二三四五六七八九十\d]+)位/;
const COMPARE = /(不低于|高于|不少于|超过|不高于|低于|不超过)([^，；。]+)$/;
const TRAILING_VERB =
  /(?:，|,)?(?:进一步|稳步|明显|显著)?(?:达到|提高到|提高|提升|增长|攀升|突破|超过|稳居|跃居|位居|居|保持在|保持|控制在|累计实施|实施|较\d{4}年(?:提高|增长|下降|降低|提升))$/;
const LEADING_VERB = /^(?:[^，]{0,3}?年)?(?:累计)?(?:实施|完成|新增|建成|培育|引进|打造)/;
// A second value of a clause that names no subject of its own (`年均增长8%`) is about the first's subject.
const CONTINUATION = /^(?:年均|同比|累计|较|比|其中)/;

/** The verbs around a value stripped, so the metric reads as a noun phrase (`智能工厂`, `X企业数量`). */
function metricOf(prefix: string): string {
  let metric = prefix.replace(/^[，,、；]/, '').replace(/(?:全省|全国|全市)$/, '');
  for (let i = 0; i < 3; i++) metric = metric.replace(TRAILING_VERB, '');
  return metric.replace(LEADING_VERB, '').replace(/[，,]$/, '');
}

/**
 * The targets of one clause: usually one, but a clause may hold several values (`总额达到100亿元，年均
 * 增长8%以上`), and each becomes an item with the metric it belongs to; all keep the clause as source.
 */
function parseItems(clause: string, deadline: string | undefined, section: string | undefined): TargetItem[] {
  const text = clause.replace(DEADLINE, '');
  const base: TargetItem = { text, metric: text, source: clause, section };
  if (deadline) base.deadline = deadline;
  const rank = RANK.exec(text);
  const nums = [...text.matchAll(NUM_UNIT)];
  if (rank) {
    const metric = metricOf(text.slice(0, rank.index));
    return [{ ...base, value: rank[0], rank: parseNumber(rank[1]!) ?? undefined, metric: metric.length >= 2 ? metric : text }];
  }
  if (nums.length === 0) {
    const cmp = COMPARE.exec(text);
    if (!cmp) return [base];
    const metric = metricOf(text.slice(0, cmp.index));
    return [{ ...base, value: cmp[0], metric: metric.length >= 2 ? metric : text }];
  }
  const items: TargetItem[] = [];
  let from = 0;
  nums.forEach((m, k) => {
    const prefix = text.slice(from, m.index).replace(/^[，,、；\s]+/, '');
    from = m.index + m[0].length;
    let metric = metricOf(prefix);
    const first = items[0]?.metric;
    if (first && (metric.length < 4 || CONTINUATION.test(prefix))) {
      metric = first + prefix.replace(/(?:达到|提高到|提升到|保持在|控制在|突破|超过)$/, '');
    }
    // `建成床位500张的医院`: what follows `的` names the thing counted.
    const tail = k === nums.length - 1 ? /^的[^，；。\d]{2,12}$/.exec(text.slice(from))?.[0] : undefined;
    if (tail) metric += tail;
    const item: TargetItem = { ...base, metric: metric.length >= 2 ? metric : text, value: m[1]!, unit: m[2]! };
    if (m[3]) item.qualifier = m[3];
    items.push(item);
  });
  return items;
}

export function extractTargets(lines: string[], headings: Headings): TargetGroup[] {
  const groups: TargetGroup[] = [];
  lines.forEach((line, i) => {
    const e = enumMark(line);
    const g = e && GROUP_HEAD.exec(e.rest);
    if (!e || !g || /项任务/.test(line)) return;
    let deadline: string | undefined;
    const items = splitClauses(g[2]!, /[；。]/).flatMap((clause) => {
      deadline = DEADLINE.exec(clause)?.[1] ?? deadline;
      return parseItems(clause, deadline, headings[i]);
    });
    groups.push({ no: parseNumber(e.no) ?? groups.length + 1, name: g[1]!, items, source: line, section: headings[i] });
  });
  return groups;
}

export function extractPolicies(
  lines: string[],
  headings: Headings,
  areas: Area[],
  tasks: Task[],
  exclude: Set<string>,
): Record<PolicyTopic, PolicyItem[]> {
  const where = new Map<string, { areaNo: number; taskNo?: number }>();
  for (const a of areas) for (const s of a.sentences) where.set(s, { areaNo: a.no });
  for (const t of tasks) for (const s of t.sentences) where.set(s, { areaNo: t.areaNo, taskNo: t.no });
  const out: Record<PolicyTopic, PolicyItem[]> = { talent: [], finance: [] };
  lines.forEach((line, i) => {
    const e = enumMark(line);
    // Speaker lines name units (`市地方金融监督管理局`), target groups state goals, task lists name tasks and
    // the background states problems (`人才短缺`): none of them is a policy the plan adopts.
    if (exclude.has(line) || isHeading(line) || (e && GROUP_HEAD.test(e.rest)) || /背景/.test(headings[i] ?? '')) return;
    for (const text of splitSentences(line)) {
      if (isTaskList(text)) continue;
      for (const topic of Object.keys(out) as PolicyTopic[]) {
        if (!POLICY_KEYWORDS[topic].some((k) => text.includes(k))) continue;
        out[topic].push({ topic, text, ...where.get(text), source: text, section: headings[i] });
      }
    }
  });
  return out;
}

const MEASURES = new RegExp(
  `(?:确定|明确|提出|设置|部署|制定|采取)了?([^的了].*?)等?(${NUM_PATTERN})项(?:保障|主要|具体)?(?:措施|举措)`,
);
const ASPECTS = new RegExp(`从(.+?)(${NUM_PATTERN})个方面`);

export function extractMeasures(lines: string[], headings: Headings): Measures | null {
  const hit = sentencesOf(lines).find((s) => MEASURES.test(s.text));
  if (!hit) return null;
  const m = MEASURES.exec(hit.text)!;
  const a = ASPECTS.exec(hit.text.slice(0, m.index));
  const stated = parseNumber(m[2]!);
  return {
    items: pickReading(enumerationReadings(m[1]!), stated),
    aspects: a ? pickReading(enumerationReadings(a[1]!), parseNumber(a[2]!)) : [],
    statedItems: stated,
    statedAspects: a ? parseNumber(a[2]!) : null,
    source: hit.text,
    section: headings[hit.line],
  };
}

const AREAS_AND_TASKS = new RegExp(`(${NUM_PATTERN})个方面共?计?(${NUM_PATTERN})项(?:重点)?任务`);
const TASK_TOTAL = new RegExp(`(${NUM_PATTERN})项重点任务`);
const GROUP_TOTAL = new RegExp(`(${NUM_PATTERN})个方面(?:的|提出了?|设置了?|明确了?)?(?:具体|主要|发展)?目标`);

export function extractStatedCounts(lines: string[], headings: Headings): PlanFacts['stated'] {
  const stated: PlanFacts['stated'] = { areas: [], tasks: [], targetGroups: [] };
  const add = (list: StatedCount[], n: string, source: string, line: number) => {
    const value = parseNumber(n);
    if (value !== null) list.push({ value, source, section: headings[line] });
  };
  for (const { line, text } of sentencesOf(lines)) {
    // Area lines state their own task counts; those are checked per area.
    if (isTaskList(text)) continue;
    const both = AREAS_AND_TASKS.exec(text);
    if (both) {
      add(stated.areas, both[1]!, text, line);
      add(stated.tasks, both[2]!, text, line);
    } else {
      const t = TASK_TOTAL.exec(text);
      if (t) add(stated.tasks, t[1]!, text, line);
    }
    const g = GROUP_TOTAL.exec(text);
    if (g) add(stated.targetGroups, g[1]!, text, line);
  }
  return stated;
}
