// Section parsers for plans written in the 新闻发布会解读 style: `发布人` block, `一是在“…”方面：` target
// groups, `一是推动…。…设置了A、B2项任务。` areas, `确定了…3项措施` measures. The patterns are the
// genre's fixed phrasing, not this plan's content, so a second plan in the same style parses unchanged.
import { NUM_PATTERN, parseNumber } from '../answer/numerals.ts';
import type {
  Area, Measures, Partner, PlanFacts, PolicyItem, PolicyTopic, Speaker, StatedCount, TargetGroup, TargetItem, Task,
} from './facts.ts';
import {
  ENUM_LINE, bigrams, isHeading, overlap, splitClauses, splitEnumeration, splitSentences, taskCore,
} from './facts-text.ts';
import { POLICY_KEYWORDS } from './facts-vocab.ts';

/** For each line, the nearest heading at or above it (citations name it as their section). */
export type Headings = (string | undefined)[];

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
  /(党组|党委|党工委|党总支|副?(?:局长|主任|书记|市长|区长|县长|行长|秘书长|处长|部长|总经理|董事长|院长|所长|主席|总工程师|巡视员|调研员)|新闻发言人|一级|二级)/u;

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
const TITLE_ANY = /《([^《》]*(?:方案|规划|计划|意见|纲要))》/;
const DATE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日/;
// `下一步，市X局将认真落实…`: the unit the plan names for carrying it out.
const LEAD = /(?:^|[，。；：、])([^，。；：、“”《》]{2,25}?(?:局|委员会|委|办公室|办|厅|中心|部|政府))将[^。]*?落实/;

export function extractMeta(
  lines: string[],
  headings: Headings,
): Pick<PlanFacts, 'title' | 'fullTitle' | 'period' | 'titleSource' | 'releaseDate' | 'leadUnit'> {
  const sentences = sentencesOf(lines);
  const meta: ReturnType<typeof extractMeta> = {
    title: null, fullTitle: null, period: null, titleSource: null, releaseDate: null, leadUnit: null,
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
  // The implementation statement closes the text, so the last match is the one that counts.
  const lead = sentences.filter((s) => LEAD.test(s.text)).pop();
  if (lead) meta.leadUnit = { name: LEAD.exec(lead.text)![1]!, source: lead.text, section: headings[lead.line] };
  return meta;
}

const GROUP_HEAD = /^在?“?([^”：:，。]{1,24}?)”?方面[：:](.*)$/;
const DEADLINE = /^(?:到|至|截至)(\d{4}年(?:末|底)?)[，,]?/;
const NUM_UNIT =
  /(\d+(?:\.\d+)?)(个百分点|百分点|%|亿元|万元|元|万吨|吨|家|项|个|户|人|名|座|条|亩|万平方米|平方米|万千瓦|千瓦|倍|台|套|件|所|批)(以上|以下|左右|以内)?/g;
const RANK = /(?:全省|全国|全市|东北|全区)?第([一二三四五六七八九十\d]+)位/;
const COMPARE = /(不低于|高于|不少于|超过|不高于|低于|不超过)([^，；。]+)$/;
const TRAILING_VERB =
  /(?:，|,)?(?:进一步|稳步|明显|显著)?(?:达到|提高到|提高|提升|增长|攀升|突破|超过|稳居|跃居|位居|居|保持在|保持|控制在|累计实施|实施|较\d{4}年(?:提高|增长|下降|降低|提升))$/;
const LEADING_VERB = /^(?:[^，]{0,3}?年)?(?:累计)?(?:实施|完成|新增|建成|培育|引进|打造)/;

function parseItem(clause: string, deadline: string | undefined, section: string | undefined): TargetItem {
  const text = clause.replace(DEADLINE, '');
  const item: TargetItem = { text, metric: text, source: clause, section };
  if (deadline) item.deadline = deadline;
  let prefix: string | null = null;
  const rank = RANK.exec(text);
  const nums = [...text.matchAll(NUM_UNIT)];
  const cmp = COMPARE.exec(text);
  if (rank) {
    item.value = rank[0];
    item.rank = parseNumber(rank[1]!) ?? undefined;
    prefix = text.slice(0, rank.index);
  } else if (nums.length > 0) {
    const m = nums[nums.length - 1]!;
    item.value = m[1]!;
    item.unit = m[2]!;
    if (m[3]) item.qualifier = m[3];
    prefix = text.slice(0, m.index);
  } else if (cmp) {
    item.value = cmp[0];
    prefix = text.slice(0, cmp.index);
  }
  if (prefix !== null) {
    // Strip the verbs around the value so the metric reads as a noun phrase (`智能工厂`, `X企业数量`).
    let metric = prefix.replace(/(?:全省|全国|全市)$/, '');
    for (let i = 0; i < 3; i++) metric = metric.replace(TRAILING_VERB, '');
    metric = metric.replace(LEADING_VERB, '').replace(/[，,]$/, '');
    if (metric.length >= 2) item.metric = metric;
  }
  return item;
}

export function extractTargets(lines: string[], headings: Headings): TargetGroup[] {
  const groups: TargetGroup[] = [];
  lines.forEach((line, i) => {
    const e = ENUM_LINE.exec(line);
    const g = e && GROUP_HEAD.exec(e[2]!);
    if (!e || !g || /项任务/.test(line)) return;
    let deadline: string | undefined;
    const items = splitClauses(g[2]!, /[；。]/).map((clause) => {
      deadline = DEADLINE.exec(clause)?.[1] ?? deadline;
      return parseItem(clause, deadline, headings[i]);
    });
    groups.push({ no: parseNumber(e[1]!) ?? groups.length + 1, name: g[1]!, items, source: line, section: headings[i] });
  });
  return groups;
}

const TASK_LIST = new RegExp(`设置了(.+?)(${NUM_PATTERN})项(?:重点)?任务`);
const PARTNER = /(?:与|同|会同)([^，。、；“”]{2,15}?)(?:共同|联合|一道|一起|合作)/;

function partnersIn(sentences: string[], section: string | undefined): Partner[] {
  return sentences.flatMap((s) => {
    const m = PARTNER.exec(s);
    return m ? [{ name: m[1]!, source: s, section }] : [];
  });
}

/**
 * One description sentence per task is the genre's habit, but not a rule: when a sentence shares no
 * wording with its positional task while it does with another task of the area, the habit does not
 * hold for this area and the sentences stay attached to the area instead of being misattributed.
 */
function alignable(desc: string[], names: string[]): boolean {
  if (desc.length !== names.length) return false;
  const cores = names.map((n) => bigrams(taskCore(n)));
  return desc.every((s, i) => {
    const words = bigrams(s);
    const own = overlap(words, cores[i]!);
    const other = Math.max(0, ...cores.filter((_, j) => j !== i).map((c) => overlap(words, c)));
    return own > 0 || other === 0;
  });
}

export function extractAreas(lines: string[], headings: Headings): { areas: Area[]; tasks: Task[] } {
  const areas: Area[] = [];
  const tasks: Task[] = [];
  lines.forEach((line, i) => {
    const e = ENUM_LINE.exec(line);
    if (!e || GROUP_HEAD.test(e[2]!)) return;
    const sentences = splitSentences(line);
    const listAt = sentences.findIndex((s) => TASK_LIST.test(s));
    if (listAt < 0) return;
    const list = TASK_LIST.exec(sentences[listAt]!)!;
    const names = splitEnumeration(list[1]!);
    const no = parseNumber(e[1]!) ?? areas.length + 1;
    const first = ENUM_LINE.exec(sentences[0]!)![2]!;
    const title = listAt === 0 ? first.split(/[，。]/)[0]! : first.replace(/。$/, '');
    const desc = sentences.slice(listAt + 1);
    const aligned = alignable(desc, names);
    const section = headings[i];
    const taskNos: number[] = [];
    names.forEach((name, k) => {
      const own = aligned ? [desc[k]!] : [];
      const task: Task = {
        no: tasks.length + 1, areaNo: no, name, sentences: own, partners: partnersIn(own, section),
        source: sentences[listAt]!, section,
      };
      tasks.push(task);
      taskNos.push(task.no);
    });
    areas.push({
      no, title, titleSource: sentences[0]!, statedTasks: parseNumber(list[2]!), taskNos,
      sentences: aligned ? [] : desc, partners: aligned ? [] : partnersIn(desc, section),
      source: sentences[listAt]!, section,
    });
  });
  return { areas, tasks };
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
    const e = ENUM_LINE.exec(line);
    // Speaker lines name units (`市地方金融监督管理局`), target groups state goals and task lists name tasks:
    // none of them is a policy the plan adopts.
    if (exclude.has(line) || isHeading(line) || (e && GROUP_HEAD.test(e[2]!))) return;
    for (const text of splitSentences(line)) {
      if (TASK_LIST.test(text)) continue;
      for (const topic of Object.keys(out) as PolicyTopic[]) {
        if (!POLICY_KEYWORDS[topic].some((k) => text.includes(k))) continue;
        out[topic].push({ topic, text, ...where.get(text), source: text, section: headings[i] });
      }
    }
  });
  return out;
}

const MEASURES = new RegExp(`确定了(.+?)(${NUM_PATTERN})项(?:保障)?措施`);
const ASPECTS = new RegExp(`从(.+?)(${NUM_PATTERN})个方面`);

export function extractMeasures(lines: string[], headings: Headings): Measures | null {
  const hit = sentencesOf(lines).find((s) => MEASURES.test(s.text));
  if (!hit) return null;
  const m = MEASURES.exec(hit.text)!;
  const a = ASPECTS.exec(hit.text.slice(0, m.index));
  return {
    items: splitEnumeration(m[1]!),
    aspects: a ? splitEnumeration(a[1]!) : [],
    statedItems: parseNumber(m[2]!),
    statedAspects: a ? parseNumber(a[2]!) : null,
    source: hit.text,
    section: headings[hit.line],
  };
}

const AREAS_AND_TASKS = new RegExp(`(${NUM_PATTERN})个方面共?计?(${NUM_PATTERN})项(?:重点)?任务`);
const TASK_TOTAL = new RegExp(`(${NUM_PATTERN})项重点任务`);
const GROUP_TOTAL = new RegExp(`(${NUM_PATTERN})个方面的(?:具体|主要)?目标`);

export function extractStatedCounts(lines: string[], headings: Headings): PlanFacts['stated'] {
  const stated: PlanFacts['stated'] = { areas: [], tasks: [], targetGroups: [] };
  const add = (list: StatedCount[], n: string, source: string, line: number) => {
    const value = parseNumber(n);
    if (value !== null) list.push({ value, source, section: headings[line] });
  };
  for (const { line, text } of sentencesOf(lines)) {
    // Area lines state their own task counts; those are checked per area.
    if (ENUM_LINE.test(lines[line]!)) continue;
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
