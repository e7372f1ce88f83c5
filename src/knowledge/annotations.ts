// The annotations that close an item in the genre: who leads it, who supports it, by when.
//   （牵头单位：X，配合单位：Y）  （X牵头，Y按职责分工负责）  （X按职责分工负责）  （X负责）
//   责任单位：X   牵头单位：X   配合单位：Y   （负责部门：X、Y）   完成时限：Z   2020年底前…
// Read from one item's own text; the units are kept as written (`财政部、税务总局`), and split
// into names for counting and matching.

export interface Annotation {
  /** The lead unit(s) as written: `市场监管总局`, `财政部、税务总局`. */
  lead: string | null;
  /** The supporting units as written, when named: `国家发展改革委、住房城乡建设部…`. */
  support: string | null;
  /** Units responsible without a lead named (`（财政部、…等按职责分工负责）`). */
  responsible: string | null;
  /** `2020年底前`, `2021年3月底前`, `持续推进`. */
  deadline: string | null;
  /** The annotation as it stands in the text (for the citation): the parenthesis or the line. */
  source: string | null;
  /**
   * The label the units stand under when it names a role other than leading, being responsible or
   * supporting (`指导部门：…` of a table of reform measures): an answer says it as written, never 牵头.
   */
  role?: string;
}

const UNIT_WORD = /(?:部|委|局|厅|办|院|署|会|行|室|处|中心|政府|集团|公司|单位|小组|总局|总署|法院|检察院|银行|协会|联合会|工商联|科协|妇联|团委|各地区|各地|部门|学校|大学|社|馆|所|队|团)/u;

/** A parenthesis that assigns responsibility: `(X牵头…)`, `(X按职责分工负责)`, `(牵头单位：…)`. */
// (A unit may carry its own short parenthesis: `市委宣传部（网信办）`, `市政府办（金融）`.)
/** The words by which a parenthesis assigns responsibility (chunk.ts reads a closing one by them too). */
export const ASSIGNING = '牵头|负责|责任单位|配合单位|主责单位';
const PAREN = new RegExp(`\\(((?:[^()]|\\([^()]{1,20}\\)){2,400}?(?:${ASSIGNING})(?:[^()]|\\([^()]{1,20}\\)){0,300}?)\\)`, 'gu');
// A role, then what the unit does in it (`牵头考核单位`, `责任落实部门`), then the kind of unit.
const LABELS = '(?:牵头|责任|主责|负责|承办|配合|协同|参与|协办|指导|主管)(?:考核|落实|实施|推进|督办|监管)?(?:单位|部门|处室)|完成时限|完成时间|时间节点';
/**
 * A line that is only an annotation (`牵头单位：区科技局，配合单位：区财政局`, `（责任单位：市发改委）`, `完成时限：…`):
 * standing after an item's sub-items, it may close the item they stand in, not only the last of them.
 */
export const ANNOTATION_LINE = new RegExp(`^\\(?(?:${LABELS})[：:]`, 'u');
// A value runs to the next label (`牵头单位：X，配合单位：Y`; with no comma where a line break was lost,
// `牵头单位：市发改委、商务局责任单位：…`), the end of the clause or the parenthesis.
const LABELLED = new RegExp(`(${LABELS})[：:]\\s*((?:[^；;。\\n()]|\\([^()]{1,20}\\))+?)(?=[，,]?\\s*(?:${LABELS})[：:]|[；;。\\n)]|\\((?![^()]{1,20}\\))|$)`, 'gu');
// Only a `…前` date is a deadline; `到2025年末` states when a target is to be met, not by when a task is due.
const DEADLINE = /(\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|上半年|下半年|年底|年末)?(?:以)?前)/gu;
/**
 * A `…前` date that describes a thing (`2000年前建成的早期商品房`, `2019年底前取得的证书`): a condition on what the
 * item covers, not when it is due — a verb of two characters at most, then `的`. (`2025年底前出台具体的实施细则`,
 * `…建立完善的考核机制` are due by the date: the `的` there belongs to what is to be done.)
 */
const DESCRIBES = /^\p{Script=Han}{1,2}的/u;

/** The item's first `…前` date that is due, not one that describes what it covers. */
function dueBy(text: string): string | undefined {
  for (const m of text.matchAll(DEADLINE)) if (!DESCRIBES.test(text.slice(m.index! + m[0].length))) return m[1];
  return undefined;
}
/** `（6月底完成，牵头考核单位：…）`: a month's end by which the item is done, the year being the document's. */
const DONE_BY = /((?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:前|以前)?完成)/u;

function clean(s: string): string {
  return s.replace(/^[，,、\s]+|[，,、；;\s]+$/gu, '').trim();
}

/** Splits `A、B和C等` into names; keeps only parts that look like units. */
export function unitNames(s: string | null): string[] {
  if (!s) return [];
  return s
    .replace(/等(?:国务院)?(?:相关|有关)?(?:部门|单位)?.*$/u, '')
    // `工业和信息化部`, `文化和旅游部` are one name: only the enumeration comma separates units.
    .split(/[、，,]|及(?=各)/u)
    .map((x) => x.trim())
    .filter((x) => x.length >= 2 && x.length <= 30 && UNIT_WORD.test(x));
}

/**
 * How a document says, once, which of the units listed after each task leads (`…下同`):
 *   `列第一位者为牵头单位` — the first unit of each list (a State Council division of tasks);
 *   `列逗号之前的为牵头单位，其他有关单位按职责分工配合` — the units before the list's comma.
 */
export type LeadConvention = 'first' | 'comma';
// (`排在第一位的部门为牵头部门`: the kind of unit may be said before 为.)
const FIRST_LEADS = /(?:列|排)(?:在)?(?:第一位|首位|最前)(?:者|的)?(?:部门|单位)?(?:为|是)牵头(?:单位|部门)/u;
const COMMA_LEADS = /(?:列|排)?(?:在)?逗号(?:之前|以前|前面?)(?:的|者)?(?:单位)?(?:为|是)牵头(?:单位|部门)/u;
export const LEAD_CONVENTION = new RegExp(`${FIRST_LEADS.source}|${COMMA_LEADS.source}`, 'u');
/** The convention's own note, to the end of the parenthesis it closes. */
const CONVENTION_NOTE = new RegExp(`[。；;，,]?\\s*(?:${LEAD_CONVENTION.source})[^()]*$`, 'u');

/** The convention a document states, and where: null when it states none. */
export function leadConvention(text: string): { kind: LeadConvention; at: number } | null {
  const m = LEAD_CONVENTION.exec(text);
  return m ? { kind: FIRST_LEADS.test(m[0]) ? 'first' : 'comma', at: m.index } : null;
}

/** Under a convention, an annotation that names units responsible: who leads, who supports. */
export function byConvention(a: Annotation, kind: LeadConvention): Annotation {
  if (a.lead || !a.responsible || a.role) return a;
  if (kind === 'comma') {
    // The list's own comma, not one inside a unit's qualifier (`各区政府（含…，下同）`).
    let depth = 0;
    let at = -1;
    for (let k = 0; k < a.responsible.length && at < 0; k++) {
      const ch = a.responsible[k]!;
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (depth === 0 && (ch === '，' || ch === ',')) at = k;
    }
    if (at < 0) return a;
    const before = clean(a.responsible.slice(0, at));
    const rest = clean(a.responsible.slice(at + 1));
    if (!unitNames(before).length) return a;
    return { ...a, lead: before, support: unitNames(rest).length ? rest : null, responsible: null };
  }
  const names = unitNames(a.responsible);
  // One unit alone is responsible, not leading anyone.
  if (names.length < 2) return a;
  const first = names[0]!;
  const rest = clean(a.responsible.slice(a.responsible.indexOf(first) + first.length));
  return { ...a, lead: first, support: unitNames(rest).length ? rest : null, responsible: null };
}

/**
 * The units a document under a convention lists after a task in a bare parenthesis (`（市交通运输局、各区政府，
 * 市规划和自然资源局）`): no word of leading or being responsible, only names of units — the last such
 * parenthesis of the item, its note aside.
 */
function unitsParen(text: string): { units: string; source: string } | null {
  // (Square brackets when the list holds a parenthesis of its own: `[市交通运输局、各区政府（含…，下同），…]`.)
  const parens = [...text.matchAll(/\(([^()]{2,400})\)|[\[［【]([^\[\]［］【】]{2,600})[\]］】]/gu)].reverse();
  for (const m of parens) {
    const inner = clean((m[1] ?? m[2]!).replace(CONVENTION_NOTE, ''));
    // A unit's own qualifier (`各区政府（含大鹏新区管委会…，下同）`) is part of its name, not a unit of the list.
    const plain = inner.replace(/\([^()]*\)/gu, '');
    const parts = plain.split(/[，,、]/u).map((x) => x.trim()).filter(Boolean);
    // Names, not a clause: each part short, the first a unit, most of them units (`中国电信`, `中国移动` are
    // companies without the word 公司).
    const names = parts.length >= 1 && parts.every((x) => x.length >= 2 && x.length <= 30 && !/[。；;：:]/u.test(x));
    if (names && unitNames(parts[0]!).length === 1 && unitNames(plain).length * 2 >= parts.length) return { units: inner, source: m[0] };
  }
  return null;
}

function fromParen(paren: string): Labelled {
  // The convention's own note closes the first annotation it applies to: not part of the units.
  const inner = paren.replace(CONVENTION_NOTE, '');
  const labelled = fromLabels(inner);
  if (labelled.lead || labelled.support || labelled.responsible) return labelled;
  // `X牵头，Y按职责分工负责` / `X牵头，Y配合` / `X牵头` / `X、Y牵头负责`
  const lead = /^(.{2,200}?)(?:共同)?牵头(?:负责)?(?:[，,；;、]\s*(.+?)(?:按职责分工|按职责|分工)?(?:负责|配合|参与|落实)?)?$/u.exec(inner);
  if (lead) {
    const support = lead[2] ? clean(lead[2]) : null;
    return { lead: clean(lead[1]!), support: support || null };
  }
  const resp = /^(.{2,300}?)(?:按职责分工|按职责|分别|共同)?负责$/u.exec(inner);
  if (resp) return { responsible: clean(resp[1]!) };
  return {};
}

function fromLabels(text: string): Labelled {
  const out: Labelled = {};
  for (const m of text.matchAll(LABELLED)) {
    const value = clean(m[2]!);
    const label = m[1]!;
    if (/完成|时间/.test(label)) out.deadline ??= value;
    else if (/指导|主管/.test(label)) {
      out.responsible ??= value;
      out.role ??= label;
    }
    else if (/配合|协同|参与/.test(label)) out.support ??= value;
    else if (/责任|主责|负责|承办/.test(label)) out.responsible ??= value;
    else out.lead ??= value;
  }
  // (A 责任单位 alone leads — unless the document's convention says which of the units listed does: readAnnotation.)
  if (out.responsible && !out.lead) out.labelledOnly = true;
  return out;
}

/** What fromLabels reads: a 责任单位 with no 牵头单位 beside it is marked, to lead unless a convention splits it. */
type Labelled = Partial<Annotation> & { labelledOnly?: true };

/** A 责任单位 read alone, made the lead. */
function promoted(a: Annotation, labelledOnly: boolean): Annotation {
  return labelledOnly && a.responsible && !a.lead ? { ...a, lead: a.responsible, responsible: null } : a;
}

/**
 * The annotation of one item's own text, or null when it names no unit and no deadline. Under a
 * convention the document states (`convention`), units listed bare after the task are its annotation, and
 * the convention says who of them leads.
 */
export function readAnnotation(raw: string, convention?: LeadConvention): Annotation | null {
  const text = asParentheses(raw);
  let found: Labelled = {};
  let source: string | null = null;
  // The last assigning parenthesis closes the item; earlier ones may qualify a clause inside it.
  const parens = [...text.matchAll(PAREN)];
  for (const m of parens.reverse()) {
    const a = fromParen(m[1]!);
    if (a.lead || a.responsible || a.support) {
      found = a;
      source = m[0];
      break;
    }
  }
  if (!source) {
    const labelled = fromLabels(text);
    if (labelled.lead || labelled.support || labelled.responsible || labelled.deadline) {
      found = labelled;
      const first = text.search(LABELLED);
      source = first >= 0 ? text.slice(first).split('\n')[0]!.slice(0, 200) : null;
    }
  }
  if (convention && !found.lead && !found.responsible && !found.support) {
    const bare = unitsParen(text);
    if (bare) {
      found = { ...found, responsible: bare.units };
      source = bare.source;
    }
  }
  // (Read from square brackets, the annotation is cited as written.)
  if (source) source = asWritten(source, raw);
  const deadline = found.deadline ?? dueBy(text) ?? (source ? DONE_BY.exec(source)?.[1] : undefined) ?? null;
  const annotation: Annotation = {
    lead: found.lead || null,
    support: found.support || null,
    responsible: found.responsible || null,
    deadline,
    source,
    ...(found.role ? { role: found.role } : {}),
  };
  // (`（责任单位：A、B，C。列首位的为牵头单位，下同）`: under the document's convention the first of them leads — not
  // where a 配合单位 stands beside them, which says who supports.)
  const split = convention && !(found.labelledOnly && found.support);
  const read = promoted(split ? byConvention(annotation, convention) : annotation, !!found.labelledOnly);
  return read.lead || read.support || read.responsible || read.deadline ? read : null;
}

/** A parenthesis that assigns the item to units (read on one line). */
// A unit's own short parenthesis may stand inside (`市委宣传部(市网信办)`), as in PAREN.
const IN_PAREN = '(?:[^()]|\\([^()]{1,20}\\))';
const ASSIGNING_PAREN = new RegExp(`\\(${IN_PAREN}{0,400}?(?:${ASSIGNING}|${LABELS})${IN_PAREN}{0,400}?\\)`, 'u');
/** A parenthesis with a line break in it. */
const BROKEN_PAREN = new RegExp(`\\(${IN_PAREN}{0,400}?\n${IN_PAREN}{0,400}?\\)`, 'gu');

/** Whether the text holds a parenthesis that assigns the item to units (`（责任单位：…）`, `（市科技局牵头）`). */
export function assignsInParens(text: string): boolean {
  return ASSIGNING_PAREN.test(asParentheses(text));
}

// Some offices close an item in the brackets of a document number (`〔牵头单位：市财政局，责任单位：…〕`):
// read as a parenthesis, or the units ran on to the bracket (`…管委会〕` in an owner answer). Only a
// bracket that assigns is one; `川办发〔2023〕32号` keeps its own.
const SQUARE_ASSIGNING = new RegExp(`〔((?:[^〔〕()]|\\([^()]{1,20}\\)){0,400}?(?:${ASSIGNING}|${LABELS})(?:[^〔〕()]|\\([^()]{1,20}\\)){0,400}?)〕`, 'gu');
function squareToRound(text: string): string {
  return text.includes('〔') ? text.replace(SQUARE_ASSIGNING, '($1)') : text;
}
/** The text with every assigning bracket a parenthesis, whole: square ones first, so one broken across lines is joined too. */
function asParentheses(text: string): string {
  return unwrapParens(squareToRound(text));
}
/** The annotation as the text writes it, where it was read from square brackets: the whole bracket, or its labels up to it. */
function asWritten(source: string, raw: string): string {
  if (raw.includes(source)) return source;
  const whole = source.replace(/^\((.*)\)$/su, '〔$1〕');
  if (raw.includes(whole)) return whole;
  const labels = source.replace(/\)$/u, '〕');
  return raw.includes(labels) ? labels : source;
}

/**
 * A parenthesis is one phrase: a line break inside it is the page's (`（责任单位：省民政厅、省文` / `化和旅游厅、…）`,
 * `（责任` / `单位：省直相关单位）` of a PDF's text), and the units read on across it.
 */
function unwrapParens(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(BROKEN_PAREN, (m) => {
    const joined = m.replace(/\s*\n\s*/gu, '');
    return ASSIGNING_PAREN.test(joined) ? joined : m;
  });
}

/** A measure inside an item, closed by units of its own. Offsets are relative to the text read. */
export interface Measure {
  /** The measure's first clause, the item's own heading left out. */
  title: string;
  start: number;
  end: number;
  annotation: Annotation;
}

/**
 * A parenthesis at a sentence's end (after its full stop, or before it): the units that close one measure
 * (`…给予全额贴息。（责任单位：市人力社保局）`, `…不超过500万元（牵头单位：市金融局）。`).
 */
const CLOSING = /\((?:[^()\n]|\([^()\n]{1,20}\)){2,300}?\)[。；;]?/gu;
const SENTENCE_END = /[。！？；;]\s*$/u;
const SENTENCE_NEXT = /^\s*(?:[。！？；;\n]|$)/u;
/** Fewest annotated measures that make an item's measures owned one by one. */
const MEASURES_MIN = 2;

/**
 * The measures of one item's own text (`heading`: its marker and title, left out of the first measure's
 * title) when two or more sentences each close with the units responsible for them — a 若干措施 item that
 * bundles several measures, each with its own 责任单位. Each measure is owned by its own units; none of them
 * by its neighbour's. Empty when the item has one annotation (or none): it is then the item's.
 */
export function closedMeasures(text: string, heading: string): Measure[] {
  const out: Measure[] = [];
  let from = 0;
  for (const m of text.matchAll(CLOSING)) {
    const end = m.index + m[0].length;
    const atEnd = SENTENCE_END.test(text.slice(Math.max(0, m.index - 2), m.index)) || /[。；;]$/u.test(m[0]) || SENTENCE_NEXT.test(text.slice(end, end + 1));
    if (!atEnd) continue;
    const a = readAnnotation(m[0].replace(/[。；;]$/u, ''));
    if (!a || !(a.lead || a.responsible || a.support)) continue;
    const body = text.slice(from, m.index);
    const own = from === 0 && body.startsWith(heading) ? body.slice(heading.length) : body;
    const title = own.replace(/^[\s。.、：:]+/u, '').split(/[，,。；;：:]/u)[0]!.trim();
    if (title) out.push({ title, start: from, end, annotation: a });
    from = end;
  }
  return out.length >= MEASURES_MIN ? out : [];
}
