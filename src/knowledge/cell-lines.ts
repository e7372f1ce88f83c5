// A table copied from a web page often arrives one cell per line: the header's column names (序号 /
// 改革举措 / 主要内容 / 指导部门 / 推广范围), then each row's cells on lines of their own, its number alone
// on the first. Read as running text, the row number is a stray line and a row's units a paragraph of
// their own, as close to the next row's title as to their own. Each row is written back as the genre
// writes a numbered item with its annotations — `6.以事前产权激励为核心的职务科技成果权属改革。主要内容：…。
// 指导部门：科技部、财政部。推广范围：全国。` — so the outline, the chunks and the annotations read it as one
// item, its units labelled by the column that names them.

import { parseNumber } from '../text/numerals.ts';

/** The first column of such a header: the row number's. */
const NUMBER_COLUMN = /^(?:序号|编号)$/u;
/** A column name: a short run of Han characters (`主 要 内 容` once its spacing is dropped). */
const COLUMN_NAME = /^[\p{Script=Han}（）()]{2,10}$/u;
/** A row's number alone on its line: `12`, or `（三）` where the rows of each group are numbered anew. */
const ROW_NUMBER = /^(?:\d{1,3}|[（(][一二三四五六七八九十]{1,3}[)）])$/u;
const rowValue = (no: string): number => (/^\d/u.test(no) ? Number(no) : (parseNumber(no.slice(1, -1)) ?? 0));
const MAX_COLUMNS = 10;
/**
 * A group heading between rows (`二、科技成果转化激励方面（共4项）`): numbered as the genre numbers its parts,
 * short, no sentence in it — not a row's short cell (`全省`) that a slipped row leaves behind.
 */
const GROUP_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部分类组])[^\t。；]{1,40}$/u;
/** Group headings in a row before the next row (a group whose rows were left out is one of them). */
const MAX_HEADINGS = 3;

/**
 * A group's number alone on its line and its title on the next (`二` / `构建全链条全过程闭环管理体系`), the rows under it
 * numbered from one again — and before the first row only, the first group's `一` set as a dash (`—`): anywhere else a
 * dash is a cell left empty. (A title: short, no sentence, no list.)
 */
const GROUP_NUMBER = /^[一二三四五六七八九十]{1,3}$/u;
const FIRST_GROUP_DASH = /^[—－-]$/u;
const GROUP_TITLE = /^[^\t。；;、]{4,40}$/u;
/** How a unit's name ends (`区绿化市容局`, `属地街镇`, `区总工会`, `区消防救援支队`). */
const ORG_END = /(?:局|委|办|厅|部|院|中心|政府|镇|街道|专班|企业|公司|集团|银行|分行|单位|部门|办公室|会|联|协|队|所|站|处|关)$/u;

const squash = (s: string) => s.replace(/\s+/gu, '');

/** The group heading at `k` as one line (`二、构建…体系`) and the line after it, or null. (`first`: no row read yet.) */
function headingAt(lines: string[], k: number, header: readonly string[], first: boolean): { text: string; next: number } | null {
  const line = lines[k]?.trim() ?? '';
  if (GROUP_HEADING.test(line)) return { text: line, next: k + 1 };
  const dash = first && FIRST_GROUP_DASH.test(line);
  const title = lines[k + 1]?.trim() ?? '';
  if ((!GROUP_NUMBER.test(line) && !dash) || !GROUP_TITLE.test(title) || ROW_NUMBER.test(title) || GROUP_NUMBER.test(title)) return null;
  // (The rows of a group start again from one: a cell `二` and the cell after it are not a heading over row 7.)
  const at = repeatsHeader(lines, k + 2, header) ? k + 2 + header.length : k + 2;
  const next = lines[at]?.trim() ?? '';
  if (!ROW_NUMBER.test(next) || rowValue(next) !== 1) return null;
  return { text: `${dash ? '一' : line}、${title}`, next: k + 2 };
}

/** Whether the header's column names stand again at `k` (a table that ran over pages repeats them). */
function repeatsHeader(lines: string[], k: number, header: readonly string[]): boolean {
  return header.every((h, j) => squash(lines[k + j] ?? '') === h);
}

/** Past what may stand before a row: the header repeated, group headings (collected into `headings`). */
function skipToRow(lines: string[], k: number, header: readonly string[], headings: string[], first = false): number {
  for (;;) {
    if (repeatsHeader(lines, k, header)) k += header.length;
    else {
      const h = headings.length < MAX_HEADINGS ? headingAt(lines, k, header, first) : null;
      if (!h) return k;
      headings.push(h.text);
      k = h.next;
    }
  }
}

/** The column that names a row (改革举措, 工作事项, 项目名称), when one does; else the first after the number. */
const NAME_COLUMN = /举措|措施|事项|任务|项目|名称|工作/u;

/** The text with every one-cell-per-line table written back as numbered items; the rest unchanged. */
export function rejoinCellLines(text: string): string {
  if (!text.includes('序号') && !text.includes('编号')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = NUMBER_COLUMN.test(squash(lines[i]!)) ? tableFrom(lines, i) : null;
    if (!table) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    out.push(...table.lines);
    i = table.end;
  }
  return out.join('\n');
}

/** The table whose header starts at `start`, read over its non-blank lines: some pages set a blank line between cells. */
function tableFrom(lines: string[], start: number): { lines: string[]; end: number } | null {
  // (Where each non-blank line stands in the text, to carry on after the table from there.)
  const where: number[] = [];
  for (let i = start; i < lines.length; i++) if (lines[i]!.trim()) where.push(i);
  const table = tableAt(where.map((i) => lines[i]!), 0);
  return table && { lines: table.lines, end: table.end < where.length ? where[table.end]! : lines.length };
}

function tableAt(lines: string[], start: number): { lines: string[]; end: number } | null {
  if (!NUMBER_COLUMN.test(squash(lines[start]!))) return null;
  const header: string[] = [];
  for (let j = start; j < lines.length && header.length < MAX_COLUMNS && COLUMN_NAME.test(squash(lines[j]!)); j++) header.push(squash(lines[j]!));
  const width = header.length;
  if (width < 3) return null;
  const named = Math.max(1, header.findIndex((h, i) => i > 0 && NAME_COLUMN.test(h) && !/内容/u.test(h)));
  // The rows as their lines: from a bare number to the next number above it (after any group headings).
  const rows: { no: string; at: number; headings: string[]; lines: string[] }[] = [];
  let k = start + width;
  let last = 0;
  // (Rows of several parts, `（二）加强源头监管` over five pairs of work and units, run longer than one row's cells.)
  const rowLinesMost = width + MAX_EXTRA + MAX_PARTS * (width - 1 - named);
  while (k < lines.length) {
    const headings: string[] = [];
    const at = skipToRow(lines, k, header, headings, rows.length === 0);
    const no = lines[at]?.trim() ?? '';
    // (Under a new group heading the numbers may start again: `（一）` of each group.)
    if (!ROW_NUMBER.test(no) || (rowValue(no) <= last && !headings.length)) break;
    let end = at + 1;
    while (end < lines.length && end - at <= rowLinesMost && !rowFollows(lines, end, rowValue(no), header)) end++;
    rows.push({ no, at, headings, lines: lines.slice(at + 1, end).map((c) => c.trim()) });
    last = rowValue(no);
    k = end;
  }
  // The columns' kinds, from the rows laid out one line per cell; the others are read against them.
  const whole = rows.filter((r, i) => i < rows.length - 1 && r.lines.length === width - 1 && r.lines.every((c) => c && !ROW_NUMBER.test(c)));
  if (!whole.length) return null;
  const kinds = header.slice(1).map((_, c) => majority(whole.map((r) => kindOf(r.lines[c]!))));
  const out: string[] = [];
  let above: string[] = [];
  let done = 0;
  let end = start + width;
  for (const [i, row] of rows.entries()) {
    // The last row has no next number to end it: it ends where its cells fit best.
    const fit = alignParts(row.lines, kinds, named, i === rows.length - 1);
    if (!fit || fit.cost > (width + (fit.parts - 1) * (width - 1 - named)) * MAX_ROW_COST) break;
    // A cell merged over the rows below it (任务名称 once for rows 1–3) is theirs too — within its group.
    if (row.headings.length) above = [];
    // (`——` marks a cell left empty.)
    const cells = fit.cells.map((c) => (EMPTY_CELL.test(c) ? '' : c)).map((c, j) => c || (j + 1 === named ? (above[j] ?? '') : ''));
    const first = cells.slice(0, width - 1);
    out.push(...row.headings, ...(fit.parts > 1 ? asParts(row.no, header, cells, named) : [asItem(row.no, header, [row.no, ...first], named)]));
    above = first;
    done++;
    end = row.at + 1 + fit.used;
  }
  // A header with no rows under it is a blank form (an application template), not a table to rejoin.
  return done >= 2 ? { lines: out, end } : null;
}

/** A cell left empty on purpose. */
const EMPTY_CELL = /^[—－-]+$/u;
/** The most parts one row may hold: work items of one task, each with its own units (`（二）加强源头监管` × 5). */
const MAX_PARTS = 8;

/**
 * The row laid into its columns (align) — or, where its lines run on well past one row's cells, as its name and
 * then the columns after the name over and over: one task whose work items each have their own units
 * (`（二）加强源头监管` / `落实工地数字化监督管理。` / `区城运中心` / `区数据局…` / `加强建设工地监督管理。` / `区建设管理委` / …).
 * The layout that costs least; `parts` is how many times the columns after the name were filled.
 */
function alignParts(lines: string[], kinds: Kind[], named: number, prefix: boolean): { cells: string[]; cost: number; used: number; parts: number } | null {
  // (The cost of a run of lines as a cell of a kind is the same in every layout tried: worked out once.)
  const costs = new Map<string, number>();
  const one = align(lines, kinds, named, prefix, costs);
  let best = one ? { ...one, parts: 1 } : null;
  const tail = kinds.slice(named);
  if (tail.length < 2 || tail[0] === 'unit') return best;
  for (let parts = 2; parts <= MAX_PARTS && kinds.length + (parts - 1) * tail.length <= lines.length; parts++) {
    const fit = align(lines, [...kinds, ...Array.from({ length: parts - 1 }, () => tail).flat()], named, prefix, costs);
    if (!fit) continue;
    // Each part's work is what the part is about: a unit in its place (`区财政局` of a list of supporting units printed one
    // per line) means the lines are one row's cells, not parts.
    const works = Array.from({ length: parts }, (_, p) => fit.cells[named + p * tail.length] ?? '');
    if (works.some((w) => w && kindOf(w) === 'unit')) continue;
    if (!best || fit.cost < best.cost) best = { ...fit, parts };
    // (Past the count that fits, more parts only cost more.)
    else if (fit.cost > best.cost + 2 * MISFIT) break;
  }
  return best;
}

/**
 * A row of several parts as the genre writes a task of several work items: its number and name, then each part
 * numbered under it — `（二）加强源头监管` / `1.落实工地数字化监督管理。牵头单位：区城运中心。配合单位：…。` — so each
 * part is an item with its own units, never its neighbour's.
 */
function asParts(no: string, header: string[], cells: string[], named: number): string[] {
  const mark = (n: number) => (/^\d/u.test(no) ? `（${n}）` : `${n}.`);
  const lead = cells.slice(0, named);
  const before = lead.slice(0, named - 1).map((c, i) => (c ? asSentence(`${header[i + 1]}：${c}`) : '')).join('');
  const tailWidth = header.length - 1 - named;
  const out = [`${itemMark(no)}${lead[named - 1] ?? ''}${before ? `。${before}` : ''}`];
  for (let p = 0, k = named; k < cells.length; p++, k += tailWidth) {
    const part = cells.slice(k, k + tailWidth);
    if (part.every((c) => !c)) continue;
    const fields = part.map((c, i) => (i === 0 || !c ? '' : asSentence(`${header[named + 1 + i]}：${c}`))).join('');
    out.push(`${mark(p + 1)}${part[0] ? asSentence(part[0]) : ''}${fields}`);
  }
  return out;
}

/** A cell as a sentence of its item: closed with `。` unless it already ends one. */
function asSentence(s: string): string {
  return /[。；！？]$/u.test(s) ? s : `${s}。`;
}

/** How a row's number opens its item: `6.`, `（三）`. */
function itemMark(no: string): string {
  return /^\d/u.test(no) ? `${no}.` : no;
}

/** Lines a row may take beyond one per cell (cells over two lines). */
const MAX_EXTRA = 4;
/** The most a row's fit may cost per column before the table is taken to end there. */
const MAX_ROW_COST = 0.5;
/** What a cell left empty costs (merged from the row above, or blank). */
const EMPTY = 0.8;
/** What an empty cell costs more for each column after it. */
const LATER = 0.1;
/** What a cell of another kind than its column's costs. */
const MISFIT = 1;
/** What one more line in a cell costs — none after a line that breaks off mid-list (`区政府办公室、`). */
const JOIN = 0.6;

type Kind = 'sentence' | 'name' | 'unit' | 'date';

/** A time cell (`2019年6月`, `长期坚持`), a sentence (`…一日内办结。`, or long), or a name (`省财政厅、省税务局`, `全省`). */
function kindOf(cell: string): Kind {
  if (/^(?:\d{4}\s*年|\d{4}[-—–.]|\d{1,2}月|长期|持续|每年|年底|年内)/u.test(cell) && cell.length <= 20) return 'date';
  // (A list of units however long, `属地街镇、区建设管理委、…、区城运中心`, and `——` in a units column.)
  if (EMPTY_CELL.test(cell) || isUnitList(cell)) return 'unit';
  return /[。；！？]$/u.test(cell) || cell.length > 30 ? 'sentence' : 'name';
}

/** What a cell of one kind costs in a column of another: a unit is a name of a kind, a sentence is not. */
function kindCost(cell: Kind, column: Kind): number {
  if (cell === column) return 0;
  return (cell === 'unit' && column === 'name') || (cell === 'name' && column === 'unit') ? MISFIT / 2 : MISFIT;
}

const nameLike = (k: Kind) => k === 'name' || k === 'unit';

/** Whether a cell lists units only (`区数据局、区水务局和属地街镇`), each ending as a unit's name does. */
function isUnitList(cell: string): boolean {
  // (A list broken off after `、` is one still: `区政府办公室、区绿化市容局、`.)
  const units = cell.split(/[、和]/u).filter((u) => u);
  return units.length > 0 && !/[。；！？，,]/u.test(cell) && units.every((u) => ORG_END.test(u));
}

/** A unit's name broken over two lines (`区土方工作` / `专班`): the first does not end as a name does, the second does. */
function unitGoesOn(line: string, next: string): boolean {
  return UNIT_START.test(line) && !ORG_END.test(line) && line.length <= 12 && !/[、，。]/u.test(line) && next.length <= 4 && ORG_END.test(next) && !UNIT_START.test(next);
}
/** How a unit's name begins: the level of government or the body it belongs to. */
const UNIT_START = /^(?:[区市省县镇乡]|公安|国家|自治区)/u;

function majority(kinds: Kind[]): Kind {
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  return (['sentence', 'name', 'unit', 'date'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
}

/** A line that breaks off inside a cell: a list or clause going on (`、`, `，`, an open bracket). */
const BREAKS_OFF = /[、，,（(：:]$/u;

/**
 * The row's lines laid into the columns in order, each column a run of lines (none when merged or blank):
 * the layout that costs least, a cell of its column's kind costing nothing.
 */
/**
 * (`prefix`: the last row, which has no next number to end it — as many of the lines after it as fit its columns
 * best, the text after the table following them; the table below holds the cost of every prefix already.)
 */
function align(lines: string[], kinds: Kind[], named: number, prefix = false, costs = new Map<string, number>()): { cells: string[]; cost: number; used: number } | null {
  const n = lines.length;
  const m = kinds.length;
  // best[c][l]: the least cost of the first c columns over the first l lines.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let c = 1; c <= m; c++) {
    for (let l = 0; l <= n; l++) {
      for (let s = l; s >= 0 && l - s <= MAX_EXTRA + 1; s--) {
        const prev = best[c - 1]![s]!;
        if (prev === Infinity) continue;
        // (A cell left empty is likelier late in the row — no supporting units — than early, but for the
        // name a group's rows share.)
        const empty = EMPTY + (c === named ? 0 : LATER * (m - c));
        const key = `${s},${l},${kinds[c - 1]},${empty}`;
        let own = costs.get(key);
        if (own === undefined) costs.set(key, (own = cellCost(lines.slice(s, l), kinds[c - 1]!, s > 0 ? lines[s - 1]! : '', empty)));
        const cost = prev + own;
        // (On a tie the later column takes the lines: lists of supporting units run longer than the lead's.)
        if (cost <= best[c]![l]!) {
          best[c]![l] = cost;
          from[c]![l] = s;
        }
      }
    }
  }
  // (A tie keeps the shorter: a line more is the text after the table as often as a cell over two lines.)
  let used = n;
  if (prefix) for (let l = n - 1; l >= 1; l--) if (best[m]![l]! <= best[m]![used]!) used = l;
  if (best[m]![used] === Infinity || (prefix && used === 0)) return null;
  const cells: string[] = [];
  for (let c = m, l = used; c > 0; c--) {
    const s = from[c]![l]!;
    cells.unshift(joinLines(lines.slice(s, l)));
    l = s;
  }
  return { cells, cost: best[m]![used]!, used };
}

/** A cell's lines as one: names one per line (`区商务委` / `区绿化市容局`) listed with `、`, the rest run on. */
function joinLines(run: string[]): string {
  return run.reduce((a, b) => a + (a && !BREAKS_OFF.test(a) && !unitGoesOn(a.split('、').at(-1)!, b) && nameLike(kindOf(a.split('、').at(-1)!)) && nameLike(kindOf(b)) ? '、' : '') + b, '');
}

function cellCost(run: string[], kind: Kind, before: string, empty: number): number {
  // A cell starting right after a line that broke off splits what was one cell.
  const split = before && BREAKS_OFF.test(before) ? MISFIT : 0;
  if (!run.length) return empty + split;
  if (run.some((l) => !l || ROW_NUMBER.test(l))) return Infinity;
  // (`——` is a cell of its own, left empty.)
  if (run.length > 1 && run.some((l) => EMPTY_CELL.test(l))) return Infinity;
  let joins = 0;
  // (Lines of two kinds, `…配套工作` and `区市场监管局`, are two cells, not one.)
  for (let i = 1; i < run.length; i++) if (!BREAKS_OFF.test(run[i - 1]!) && !unitGoesOn(run[i - 1]!, run[i]!)) joins += JOIN + kindCost(kindOf(run[i - 1]!), kindOf(run[i]!));
  return split + joins + kindCost(kindOf(run.join('')), kind);
}

/**
 * Whether the next row comes at `at`: a bare number above `last`, after at most a few group headings and the header
 * repeated — or any number after a group heading, where each group numbers its rows anew.
 */
function rowFollows(lines: string[], at: number, last: number, header: readonly string[]): boolean {
  const headings: string[] = [];
  const k = skipToRow(lines, at, header, headings);
  const line = lines[k]?.trim() ?? '';
  return ROW_NUMBER.test(line) && (rowValue(line) > last || headings.length > 0);
}

/** `6.名称。主要内容：…。指导部门：…。`: a row as a numbered item, every other cell under its column's name. */
function asItem(no: string, header: string[], cells: string[], named: number): string {
  const fields = cells.map((c, i) => (i === 0 || i === named || !c ? '' : asSentence(`${header[i]}：${c}`))).join('');
  return `${itemMark(no)}${cells[named] ? asSentence(cells[named]!) : ''}${fields}`;
}
