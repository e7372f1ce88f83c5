// Facts every document of the genre carries, read by shape (not only the 新闻发布会解读 style of
// plan.ts): its numbered items and who leads each, the targets (`到20XX年…达到…`), the support
// amounts (`给予X万元`, `补贴50%`), and what the document says about itself — issuer, document number,
// date, when it takes effect and for how long. Every fact keeps its source text; an item's owner and
// deadline come from that item's own text only (structure.ts, annotations.ts).
import { headingTest, splitSentences } from '../chunk.ts';
import { itemChain, outline, type Item } from '../structure.ts';
import type { DocAmount, DocFacts, DocTarget, HistoryEntry, Level, OwnedItem } from './types.ts';
import { divisionRows } from '../tables.ts';
import { readAnnotation, type Annotation } from '../annotations.ts';

export type { OwnedItem, DocTarget, DocAmount, Level, DocFacts, HistoryEntry } from './types.ts';

const GENRES = ['实施细则', '实施办法', '管理办法', '暂行办法', '答记者问', '问题解答', '问答', '实施意见', '指导意见', '若干措施', '若干意见', '行动方案', '实施方案', '分工方案', '工作方案', '行动计划', '规划', '方案', '办法', '意见', '通知', '规定', '细则', '条例', '措施', '决定', '解读', '法'];

/** The most specific genre word in the title (`分工方案` before `通知` in `关于印发…分工方案的通知`). */
export function genreOf(title: string): string | null {
  // `《…的通知》政策解读` is an interpretation of a notice: what follows the quoted title says what
  // this text is; the quoted title says what it is about.
  const tail = title.includes('》') ? title.slice(title.lastIndexOf('》') + 1) : '';
  const t = title.replace(/[《》“”"]/g, '');
  return GENRES.find((g) => tail.includes(g)) ?? GENRES.find((g) => t.includes(g)) ?? null;
}

// (`穗埔府规〔2025〕12 号`: a page's copy may space the number from its 号.)
const DOC_NUMBER_RE = /([\p{Script=Han}]{1,12})〔(\d{4})〕\s*(\d{1,4})\s*号/gu;
/** A document number as questions write it too: `国办发〔2018〕117号`, `穗民规字[2024]3号`, `(2024)`. */
const NUMBER_AS_WRITTEN = /([\p{Script=Han}]{1,16})[〔\[［(（](\d{4})[〕\]］)）]\s*(\d{1,4})\s*号/gu;

/** The document numbers a text cites, in parts: the characters before the year (the issuer's ending them), the year, the number. */
export function numbersIn(s: string): { text: string; prefix: string; key: string }[] {
  return [...s.matchAll(NUMBER_AS_WRITTEN)].map((m) => ({ text: m[0], prefix: m[1]!, key: `${m[2]}-${m[3]}` }));
}
/**
 * A number right after a cited title (`按照《…指导意见》（国办发〔2018〕15号）相关要求`) is that document's, not
 * this one's — unless this document is about the one it cites (a 答记者问 on `《…实施方案》（青政办发〔2024〕21号）`).
 */
const CITED_NUMBER = /《([^《》]{4,80})》\s*[(（]\s*$/u;

/** `穗天科工信规字〔2023〕1号`; a title run into it (`…方案的通知国办发〔2020〕43号`) is cut off. */
export function documentNumber(s: string, title = ''): string | null {
  // A 规章 or a law is published by an order (`（国家医疗保障局令第 6 号）`), on its own line under the title:
  // that order is its number. (Not one cited in the text: only a line that is the order and nothing else.)
  const order = ORDER_LINE.exec(s);
  if (order) return `${order[1]}令第${order[2]}号`;
  for (const m of s.matchAll(DOC_NUMBER_RE)) {
    const cited = CITED_NUMBER.exec(s.slice(Math.max(0, m.index - 90), m.index));
    if (cited && !title.replace(/[《》〈〉]/gu, '').includes(cited[1]!.replace(/[《》〈〉]/gu, ''))) continue;
    const prefix = m[1]!.replace(/^.*(?:通知|意见|方案|办法|决定|规定|的)/u, '');
    return prefix ? `${prefix}〔${m[2]}〕${m[3]}号` : null;
  }
  return null;
}
/** An order's line under the title: `（国家医疗保障局令第 6 号）`, `中华人民共和国主席令第三十一号`. */
const ORDER_LINE = /^[(（]?\s*([\p{Script=Han}]{2,24}?)令\s*第\s*([\d一二三四五六七八九十百零〇]{1,6})\s*号\s*[)）]?\s*$/mu;
const DATE = /\d{4}年\d{1,2}月\d{1,2}日/u;
/** The signature's date as a PDF's text layer may space it (`2023 年5 月16 日`). */
const SIGNED_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
/** The act a dated head line records, at its end: `2009年8月27日 第十一届…决定》第一次修正`. */
const HISTORY_EVENT = /(通过|修正|修订|公布|施行|批准)[\s)）。，,；;]*$/u;
const DATES = /\d{4}年\d{1,2}月\d{1,2}日/gu;
/**
 * A page's head line as its labelled fields: one line often carries several (`信息来源：深圳市发展和改革委员会
 * 信息提供日期：2025-07-31 10:49`), each a label of a few characters, a colon, then its value.
 */
function pageFields(line: string): string[] {
  return line.trim().split(/\s+(?=\p{Script=Han}{2,8}[：:])/u);
}

// (署 of 海关总署 and 审计署; the people's bodies that co-sign with ministries, 联合会, 总工会, 科协, 妇联.)
const ISSUER_UNIT = /(?:局|部|委|厅|办公厅|办公室|政府|委员会|统战部|中心|银行|总局|院|署|联合会|总工会|科协|妇联|残联|侨联)$/u;
/** A news outlet a page names as its source (`来源：广州日报`, `来源：新华社`, `来源：中国政府网`). */
const OUTLET = /(?:日报|晚报|报社|新闻社|通讯社|新华社|电视台|广播电台|新闻网|政府网|[^\s]{2,}网)$/u;
const EFFECTIVE = /(?:自|从)\d{4}年\d{1,2}月\d{1,2}日起(?:施行|实施|执行)|有效期\S{1,6}年|[一二三四五六七八九十\d]{1,2}年有效期|(?:施行|实施|发布|印发|公布)之日起/u;
/** How a document names itself: `本办法`, `本实施方案`, `本条例`. */
const SELF_NAME = '本(?:实施)?(?:办法|方案|意见|规定|细则|通知|措施|条例|法|规划|决定|政策|计划|文件)';
/**
 * A sentence of its own that says how long the document holds, right after the one that says when it starts: a term
 * or an end date (`有效期五年。`, `有效期至2028年3月31日。`), not what happens within it (`有效期内，如国家出台新规定的，…`).
 */
const VALIDITY_AFTER = new RegExp(`^(?:${SELF_NAME})?有效期(?:为|至|到)?[^。；，]{0,12}?(?:年|月|日)[^。；，]{0,6}[。；]?$`, 'u');
const SELF = new RegExp(SELF_NAME, 'u');
const TARGET = /到\s*(20\d{2})\s*年[^。；]{0,12}?[，,]?[^。；]*?(?:达到|突破|不低于|不少于|超过|提高到|提升到|降低到|控制在|力争|实现|基本|全面|建成|形成|稳定在)[^。；]*[。；]?/gu;
/**
 * A later sentence of a paragraph opened by `到20XX年，…` that sets a figure of its own (`其中灌排机械动力达到
 * 1.2亿千瓦`, `甘蔗收获机械化率达到30%`): a target of that year, though it does not repeat the year.
 */
const FIGURE_TARGET = /(?:达到|突破|不低于|不少于|超过|提高到|提升到|降低到|控制在|稳定在|增至|增加到)[^。；，,]{0,8}?\d/u;
const AMOUNT_VALUE = /\d+(?:\.\d+)?\s*(?:万元|亿元|元|%)/gu;
const AMOUNT_CUE = /给予|补贴|奖励|资助|支持|补助|扶持|配套|不超过|最高|经费/u;

const RUN_IN_SIGNER = new RegExp(`([\\p{Script=Han}]{3,20}?(?:${ISSUER_UNIT.source.slice(3, -2)}))\\s*${SIGNED_DATE.source}`, 'u');
/** Lines of a signature at most (a notice of a dozen bodies signs on seven lines, two to a line). */
const MAX_SIGNER_LINES = 10;

/**
 * `黄浦区发展和改革委员会黄浦区建设和管理委员会`: two signers set on one line with no space, as a page's two
 * columns are copied — apart where the first one's place name (黄浦区) begins again after a body's ending (ISSUER_UNIT).
 */
function unglued(name: string): string[] {
  const place = /^\p{Script=Han}{1,6}?[省市区县州盟旗镇乡]/u.exec(name)?.[0] ?? name.slice(0, 2);
  if (place.length < 2) return [name];
  for (let at = name.indexOf(place, place.length + 2); at > 0; at = name.indexOf(place, at + 1)) {
    if (ISSUER_UNIT.test(name.slice(0, at))) return [name.slice(0, at), ...unglued(name.slice(at))];
  }
  return [name];
}

/** The units that sign the document: lines of unit names next to its date line, before the body. */
function issuersOf(lines: string[], dateLine: number): string[] {
  const out: string[] = [];
  // (A page copied paragraph by paragraph leaves a blank line between signers: it is no end of the signature.)
  for (let i = dateLine - 1, seen = 0; i >= 0 && seen < MAX_SIGNER_LINES; i--) {
    if (!lines[i]!.trim()) continue;
    seen++;
    // (A signer's other name in parentheses under it, `（四川省人工智能产业链链长办公室）`, is no signer of its own
    // and does not end the signature.)
    if (/^\s*[(（][^()（）]{2,40}[)）]\s*$/u.test(lines[i]!) && out.length) continue;
    // (Up to 40 characters: `安徽省推进“三地一区”建设领导小组改革开放新高地执行小组办公室` is one signer.)
    // (Three characters at least: a ministry signs as 公安部, 财政部, 审计署.)
    const names = lines[i]!.split(/\s+/).flatMap(unglued).filter((x) => x.length >= 3 && x.length <= 40 && ISSUER_UNIT.test(x) && !/[，。：；]/.test(x));
    if (!names.length) break;
    out.unshift(...names.filter((n) => !out.includes(n)));
  }
  // A date run into the signature (`国务院办公厅2020年11月1日`) — under the other signers too, when a line
  // break was lost before the date (`四川省发展和改革委员会\n四川省能源局2025年9月29日`).
  const m = RUN_IN_SIGNER.exec(lines[dateLine] ?? '');
  if (m && (!out.length || !lines[dateLine]!.slice(0, m.index).trim()) && !out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

/**
 * A question after the body a page names as its source (`信息来源是哪个部门`): asked of the same head line
 * this module reads (`信息来源：…`), so the word is named here, beside it, and nowhere else in the facts.
 */
export const SOURCE_BODY_ASK = /(?:信息)?来源(?:是|为)?(?:哪个|哪些|哪几个|哪家|什么)(?:部门|单位|机关|机构)|(?:哪家|哪个|什么)(?:媒体|报纸|报社|网站)(?:的|发的|登的|报道)/u;

/** Headings short enough to be named in a question. */
export const SHORT_TITLE = 14;

/**
 * A heading as a question names it: without its closing colon or full stop, nor the count it carries
 * (`科技金融创新方面(共5项)`, `科技金融创新方面5项` → `科技金融创新方面`).
 */
export function headingKey(title: string): string {
  return title.replace(/[。：:]$/u, '').replace(/(?<=\p{Script=Han})[(（]?共?[\d一二三四五六七八九十]{1,3}(?:项|条|个)[)）]?$/u, '');
}

/** The item titles kept in DocFacts.shortTitles, from all the item titles of a document. */
export function shortTitlesOf(titles: string[]): string[] {
  return [...new Set(titles.map(headingKey).filter((t) => t.length >= 2 && t.length <= SHORT_TITLE))];
}

function levelsOf(items: Item[]): Level[] {
  const byKind = new Map<string, Item[]>();
  for (const it of items) {
    const key = `${it.kind}:${it.depth}`;
    const list = byKind.get(key) ?? [];
    list.push(it);
    byKind.set(key, list);
  }
  const out: Level[] = [];
  for (const list of chained([...byKind.values()])) {
    // Runs on from 1 without starting afresh; a gap (rows 15–20 left out of a published table) does not
    // break the run.
    const continuous = list[0]!.no === 1 && list.every((it, i) => i === 0 || it.no > list[i - 1]!.no);
    const depths = [...new Set(list.map((it) => it.depth))];
    const depth = Math.max(...depths);
    out.push({ kind: list[0]!.kind, depth, ...(depths.length > 1 ? { depths } : {}), count: list.length, continuous, first: list[0]!.label, last: list.at(-1)!.label });
  }
  return out.sort((a, b) => a.depth - b.depth);
}

/**
 * One numbering that runs on across depths is one level: tasks 1.–21. under the headings (一)–(七) of
 * 重点任务 and 22.–24. straight under 三、保障措施 are items 1–24 of one list, so `第22项` is found. Lists of
 * a kind are joined when, in reading order, their numbers together run 1…N.
 */
function chained(lists: Item[][]): Item[][] {
  const byKind = new Map<string, Item[][]>();
  for (const l of lists) byKind.set(l[0]!.kind, [...(byKind.get(l[0]!.kind) ?? []), l]);
  const out: Item[][] = [];
  for (const same of byKind.values()) {
    const all = same.flat().sort((a, b) => a.start - b.start);
    if (same.length > 1 && all.every((it, i) => it.no === i + 1)) out.push(all);
    else out.push(...same);
  }
  return out;
}

export function extractDocFacts(doc: { id: string; title: string; text: string }): { facts: DocFacts; items: Item[] } {
  const text = doc.text;
  const lines = text.split('\n');
  const items = outline(text, headingTest(doc));
  // Sentences are visited in order: the item holding one is found by walking forward once.
  let cursor = -1;
  const itemAt = (offset: number): Item | undefined => {
    while (cursor + 1 < items.length && items[cursor + 1]!.start <= offset) cursor++;
    let it = cursor >= 0 ? items[cursor] : undefined;
    while (it && !(offset >= it.start && offset < it.end)) it = it.parent >= 0 ? items[it.parent] : undefined;
    return it;
  };
  // The head of the document (before its first item) says who issued it, when, and under which number.
  const headEnd = items[0]?.start ?? Math.min(text.length, 600);
  const head = text.slice(0, Math.max(headEnd, Math.min(text.length, 400)));
  const number = documentNumber(head, doc.title);
  let date: DocFacts['date'] = null;
  let issuers: string[] = [];
  const headLines = head.split('\n').length;
  // The signature and date stand at the head of a notice, or at the very end of the text.
  const tail = Array.from({ length: Math.min(6, lines.length) }, (_, k) => lines.length - 1 - k);
  // …or right before the attachments (`附件`), when the notice carries its list or table after the signature.
  const annexes = lines.flatMap((l, i) => (i >= headLines && /^附件\s*\d*[：:]?\s*$/u.test(l.trim()) ? [i] : [])).slice(0, 1);
  const beforeAnnex = annexes.flatMap((a) => Array.from({ length: Math.min(6, a) }, (_, k) => a - 1 - k));
  for (const i of [...Array.from({ length: Math.min(lines.length, headLines + 1) }, (_, k) => k), ...tail, ...beforeAnnex]) {
    const m = SIGNED_DATE.exec(lines[i]!);
    if (!m) continue;
    const signers = issuersOf(lines, i);
    // (A date alone on its line, bare or in parentheses under the title: `(2023年2月8日)`.)
    if (signers.length || lines[i]!.trim().replace(/^[(（]|[)）]$/gu, '') === m[0]) {
      date = { text: m[0].replace(/\s+/gu, ''), source: lines[i]!.length > 120 ? lines[i]!.slice(Math.max(0, m.index - 40), m.index + m[0].length + 10) : lines[i]! };
      issuers = signers;
      break;
    }
  }
  // A 规章 published by an order (`国家医疗保障局令第6号`) is the issuing body's, though no unit signs it.
  const orderBy = number && /令第/u.test(number) ? number.slice(0, number.indexOf('令第')) : '';
  if (!issuers.length && ISSUER_UNIT.test(orderBy)) issuers = [orderBy];
  // A page that names its source (`来源：广州市人力资源和社会保障局`, `信息来源：市人社局、市人力资源市场服务中心`)
  // was issued by those bodies.
  if (!issuers.length) {
    for (const field of head.split('\n').slice(0, 8).flatMap(pageFields)) {
      // (Units apart by spaces as by 、: `信息来源：市人力资源社会保障局  市劳动就业服务管理中心`.)
      const m = /^(?:信息来源|来源|发布机构|发文机关|发布单位|发文单位)[：:]\s*([\p{Script=Han}、\s]{3,80})$/u.exec(field);
      const units = m ? m[1]!.trim().split(/[、\s]+/u).filter((u) => u.length >= 3 && u.length <= 30 && (ISSUER_UNIT.test(u) || OUTLET.test(u))) : [];
      if (units.length) {
        issuers = units;
        break;
      }
    }
  }
  // …and the date the page gives under its title (`发表时间：2025-09-04 15:26`, a bare `2023-08-16 21:10`), as written.
  if (!date) {
    for (const field of head.split('\n').slice(1, 8).flatMap(pageFields)) {
      const m = /^(?:\p{Script=Han}{0,6}(?:时间|日期)[：:]\s*)?(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u.exec(field);
      if (m) {
        date = { text: m[1]!, source: field };
        break;
      }
    }
  }
  const history: HistoryEntry[] = [];
  // A line may hold several (`（2007年6月29日…通过　2012年12月28日…修正）`): each date opens one entry.
  for (const line of head.split('\n')) {
    const at = [...line.matchAll(DATES)].map((m) => m.index);
    at.forEach((from, k) => {
      const part = line.slice(from, at[k + 1] ?? line.length).trim();
      const m = part.length <= 160 ? HISTORY_EVENT.exec(part) : null;
      if (m) history.push({ date: DATE.exec(part)![0], event: m[1]!, text: part.replace(/[\s)），,；;]+$/u, '') });
    });
  }
  // When the document itself takes effect: a sentence about 本办法/本意见… that says so, else any that does.
  const all = splitSentences(text);
  const sentences = all.filter((s) => EFFECTIVE.test(s));
  const taking =
    sentences.find((s) => SELF.test(s) && /起(?:[^，。；]{0,6}?后)?(?:施行|实施|执行)/u.test(s)) ?? sentences.find((s) => SELF.test(s)) ?? sentences.find((s) => /起(?:施行|实施|执行)/u.test(s)) ?? null;
  // …with the validity the next sentence gives it (`本办法自2023年4月1日起施行。有效期五年。`): one fact of the
  // document, said in two sentences — asked `哪天施行？有效期几年？`, the start alone answered half.
  const next = taking ? all[all.indexOf(taking) + 1] : undefined;
  const effective = taking && next && VALIDITY_AFTER.test(next) && !taking.includes('有效期') ? `${taking}${next}` : taking;

  const owners: OwnedItem[] = [];
  for (const it of items) {
    // An item whose paragraphs are titled measures, each closed by units of its own (`金融支持：…（牵头单位：…）`,
    // `安全支撑：…`): each paragraph is owned by its own units, and the item by none of them.
    const parts = titledParagraphs(text, it, items);
    if (parts.length) {
      const chain = itemChain(items, it).map((x) => x.label);
      for (const p of parts) {
        owners.push({ index: -1, kind: it.kind, no: it.no, label: p.title, path: chain, title: p.title, lead: p.a.lead, support: p.a.support, responsible: p.a.responsible, deadline: p.a.deadline, start: p.start, end: p.end });
      }
      // (The item's own lines before its measures may still name its units.)
      const own = readAnnotation(text.slice(it.start, parts[0]!.start));
      if (!own || !(own.lead || own.responsible || own.support)) continue;
    }
    // An item bundling measures each closed by its own units: each measure is owned by them, as a measure.
    for (const m of parts.length ? [] : (it.measures ?? [])) {
      const a = m.annotation;
      owners.push({ index: -1, kind: it.kind, no: it.no, label: it.label, path: itemChain(items, it).slice(0, -1).map((x) => x.label), title: m.title, lead: a.lead, support: a.support, responsible: a.responsible, deadline: a.deadline, start: m.start, end: m.end, measureOf: it.index });
    }
    const a = parts.length ? readAnnotation(text.slice(it.start, parts[0]!.start)) : it.annotation;
    if (!a || !(a.lead || a.responsible || a.support)) continue;
    owners.push({
      index: it.index,
      kind: it.kind,
      no: it.no,
      label: it.label,
      path: itemChain(items, it).slice(0, -1).map((x) => x.label),
      title: it.title,
      lead: a.lead,
      support: a.support,
      responsible: a.responsible,
      deadline: a.deadline,
      start: it.start,
      end: it.end,
      ...(it.tail ? { tail: it.tail } : {}),
      // Units under a role of their own (`指导部门：…`) are named by it, as a table row's columns are.
      ...(a.role ? { columns: [{ name: a.role, value: (a.lead ?? a.responsible)! }] } : {}),
    });
  }

  // A division-of-labour table names the units row by row: each row is an owned item of its own.
  for (const r of divisionRows(text)) {
    if (!r.lead && !r.columns.length) continue;
    owners.push({
      index: -1,
      kind: 'row',
      no: r.no,
      label: `${r.no}`,
      path: [r.caption || '任务分工表'],
      title: r.task || r.content.slice(0, 40),
      lead: r.lead,
      support: r.support,
      responsible: r.lead ? null : (r.columns[0]?.value ?? null),
      deadline: r.deadline,
      start: r.start,
      end: r.end,
      columns: r.columns,
    });
  }

  const targets: DocTarget[] = [];
  const amounts: DocAmount[] = [];
  let offset = 0;
  for (const line of lines) {
    let year: { year: string; anchor: string } | undefined;
    for (const s of splitSentences(line)) {
      const at = text.indexOf(s, offset);
      const it = at >= 0 ? itemAt(at) : undefined;
      const stated = [...s.matchAll(TARGET)];
      for (const m of stated) targets.push({ year: m[1]!, source: m[0], ...(it ? { item: it.index } : {}) });
      const opens = [...s.matchAll(/到\s*(20\d{2})\s*年/gu)].at(-1);
      if (opens) year = { year: opens[1]!, anchor: opens[0] };
      else if (year && !/20\d{2}年/u.test(s) && FIGURE_TARGET.test(s)) targets.push({ ...year, source: s, ...(it ? { item: it.index } : {}) });
      if (AMOUNT_CUE.test(s)) {
        const values = [...s.matchAll(AMOUNT_VALUE)].map((m) => m[0].replace(/\s+/g, ''));
        if (values.length) amounts.push({ values, source: s, ...(it ? { item: it.index } : {}) });
      }
    }
    offset += line.length + 1;
  }

  return {
    facts: { genre: genreOf(doc.title), number, issuers, date, effective, history, levels: levelsOf(items), owners, targets, amounts, shortTitles: shortTitlesOf(items.map((it) => it.title)) },
    items,
  };
}

/**
 * An owned item's own text: its lines up to its first sub-item, and the annotation lines that close it after its
 * sub-items (`（一）数字创业创新` … `牵头单位：区科技局`), which is where its units are written.
 */
export function ownedText(text: string, o: Pick<OwnedItem, 'start' | 'end' | 'tail'>): string {
  const own = text.slice(o.start, o.end).trim();
  return o.tail ? `${own}\n${text.slice(o.tail.start, o.tail.end).trim()}` : own;
}

export function docFactsCounts(f: DocFacts): { items: number; owners: number; targets: number; amounts: number } {
  const items = f.levels.reduce((n, l) => n + (l.kind === 'shi' ? 0 : l.count), 0);
  return { items, owners: f.owners.filter((o) => o.lead || o.responsible).length, targets: f.targets.length, amounts: f.amounts.length };
}

/** A paragraph that opens with its title and a colon: `金融支持：`, `“一核”：`, `建设AI算力平台：`. */
const TITLED_PARAGRAPH = /^(?:“[^”\n]{1,12}”|\p{Script=Han}[\p{Script=Han}A-Za-z0-9]{1,15})[：:]/u;
/** Least measures of one item that make its paragraphs owned one by one. */
const TITLED_MIN = 2;

/**
 * The titled paragraphs of an item's own text (not those of a numbered item under it) that each end with an
 * annotation naming units: none when fewer than TITLED_MIN do.
 */
function titledParagraphs(text: string, it: Item, items: Item[]): { title: string; start: number; end: number; a: Annotation }[] {
  const starts = new Set(items.map((x) => x.start));
  const out: { title: string; start: number; end: number; a: Annotation }[] = [];
  let at = text.indexOf('\n', it.start);
  while (at >= 0 && at < it.end) {
    const from = at + 1;
    const next = text.indexOf('\n', from);
    const to = Math.min(next < 0 ? text.length : next, it.end);
    const line = text.slice(from, to);
    // A numbered item under this one is an item of its own, with its own annotation.
    if (starts.has(from)) break;
    const m = TITLED_PARAGRAPH.exec(line);
    const a = m ? readAnnotation(line) : null;
    if (m && a && (a.lead || a.responsible || a.support)) out.push({ title: m[0].slice(0, -1).replace(/[“”]/gu, ''), start: from, end: to, a });
    at = next;
  }
  return out.length >= TITLED_MIN ? out : [];
}
