// Task areas and their tasks: `一是推动…。…设置了A、B2项任务。…`, in any of the genre's numbering styles
// (`一是`, `(一)`, `一、`, `1.`), with the title on the list's line or on a line of its own above it.
// Where the text states its own counts, the reading that agrees with them is the one kept.
import { NUM_PATTERN, parseNumber } from '../../text/numerals.ts';
import type { Area, Partner, Task } from './types.ts';
import {
  bigrams, enumMark, enumerationReadings, isHeading, overlap, pickReading, splitSentences, taskCore,
  type EnumMark, type MarkStyle,
} from './text.ts';

/** For each line, the nearest heading at or above it (citations name it as their section). */
export type Headings = (string | undefined)[];

// `设置了A、B3项任务`, `部署了…等2项重点任务`: `等` closes the list and never belongs to the last name.
export const TASK_LIST = new RegExp(
  `(?:设置|部署|明确|确定|提出|安排|包括|谋划)了?([^的了].*?)等?(${NUM_PATTERN})项(?:重点|主要)?(?:工作)?任务`,
);
/** A sentence listing an area's tasks; `设置了6个方面共18项任务` states the plan's size instead. */
export function isTaskList(s: string): boolean {
  const m = TASK_LIST.exec(s);
  return m !== null && !/个方面/.test(m[1]!);
}

export const GROUP_HEAD = /^在?“?([^”：:，。]{1,24}?)”?方面[：:](.*)$/;
const PARTNER = /(?:与|同|会同)([^，。、；“”]{2,15}?)(?:共同|联合|一道|一起|合作)/;

export function partnersIn(sentences: string[], section: string | undefined): Partner[] {
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
  // A word several names share (`X人才`, `X化场景`) tells no task from another.
  const all = names.map((n) => bigrams(taskCore(n)));
  const shared = (b: string) => all.filter((c) => c.has(b)).length > 1;
  const cores = all.map((c) => new Set([...c].filter((b) => !shared(b))));
  return desc.every((s, i) => {
    const words = bigrams(s);
    const own = overlap(words, cores[i]!);
    const other = Math.max(0, ...cores.filter((_, j) => j !== i).map((c) => overlap(words, c)));
    return own > 0 || other === 0;
  });
}

/** An area as found on the page, before tasks are numbered across the plan. */
interface AreaCandidate {
  style: MarkStyle;
  no: number | null;
  title: string;
  titleSource: string;
  listSentence: string;
  list: RegExpExecArray;
  desc: string[];
  section: string | undefined;
}

/** Title, list and descriptions of an area whose mark, title and task list share one line. */
function sameLine(line: string, mark: EnumMark): Omit<AreaCandidate, 'style' | 'no' | 'section'> | null {
  const sentences = splitSentences(line);
  const listAt = sentences.findIndex(isTaskList);
  if (listAt < 0) return null;
  const first = splitSentences(mark.rest)[0] ?? mark.rest;
  const title = listAt === 0 ? first.split(/[，。]/)[0]! : first.replace(/。$/, '');
  return {
    title, titleSource: sentences[0]!, listSentence: sentences[listAt]!,
    list: TASK_LIST.exec(sentences[listAt]!)!, desc: sentences.slice(listAt + 1),
  };
}

/** `(一)夯实基础` on its own line, the list and descriptions on the next line. */
function titleAbove(line: string, mark: EnumMark, next: string | undefined): Omit<AreaCandidate, 'style' | 'no' | 'section'> | null {
  const title = mark.rest.replace(/[。：:]$/, '');
  if (!next || enumMark(next) || title.length < 2 || title.length > 30 || /[，。；]/.test(title)) return null;
  const sentences = splitSentences(next);
  const listAt = sentences.findIndex(isTaskList);
  if (listAt < 0) return null;
  return {
    title, titleSource: line, listSentence: sentences[listAt]!,
    list: TASK_LIST.exec(sentences[listAt]!)!, desc: sentences.slice(listAt + 1),
  };
}

function candidates(lines: string[], headings: Headings): AreaCandidate[] {
  const out: AreaCandidate[] = [];
  lines.forEach((line, i) => {
    const mark = enumMark(line);
    if (!mark || GROUP_HEAD.test(mark.rest)) return;
    const found = sameLine(line, mark) ?? titleAbove(line, mark, lines[i + 1]);
    if (!found) return;
    const section = isHeading(line) ? headings[i - 1] : headings[i];
    out.push({ style: mark.style, no: parseNumber(mark.no), section, ...found });
  });
  return out;
}

/**
 * The areas of one numbering style. A plan numbers its sections `一、` and its areas `(一)`, or areas
 * `一是` and tasks `1.`: the style whose count matches the stated number of areas is the one meant;
 * without a statement, the style with most areas.
 */
function chooseStyle(all: AreaCandidate[], statedAreas: number | null): AreaCandidate[] {
  const byStyle = new Map<MarkStyle, AreaCandidate[]>();
  for (const c of all) byStyle.set(c.style, [...(byStyle.get(c.style) ?? []), c]);
  const groups = [...byStyle.values()].sort((a, b) => b.length - a.length);
  return groups.find((g) => g.length === statedAreas) ?? groups[0] ?? [];
}

export function extractAreas(
  lines: string[],
  headings: Headings,
  statedAreas: number | null = null,
): { areas: Area[]; tasks: Task[] } {
  const areas: Area[] = [];
  const tasks: Task[] = [];
  for (const c of chooseStyle(candidates(lines, headings), statedAreas)) {
    const stated = parseNumber(c.list[2]!);
    const names = pickReading(enumerationReadings(c.list[1]!), stated);
    const no = c.no ?? areas.length + 1;
    const aligned = alignable(c.desc, names);
    const taskNos: number[] = [];
    names.forEach((name, k) => {
      const own = aligned ? [c.desc[k]!] : [];
      const task: Task = {
        no: tasks.length + 1, areaNo: no, name, sentences: own, partners: partnersIn(own, c.section),
        source: c.listSentence, section: c.section,
      };
      tasks.push(task);
      taskNos.push(task.no);
    });
    areas.push({
      no, title: c.title, titleSource: c.titleSource, statedTasks: stated, taskNos,
      sentences: aligned ? [] : c.desc, partners: aligned ? [] : partnersIn(c.desc, c.section),
      source: c.listSentence, section: c.section,
    });
  }
  return { areas, tasks };
}
