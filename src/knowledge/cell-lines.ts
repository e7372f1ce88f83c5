// A table copied from a web page often arrives one cell per line: the header's column names (序号 /
// 改革举措 / 主要内容 / 指导部门 / 推广范围), then each row's cells on lines of their own, its number alone
// on the first. Read as running text, the row number is a stray line and a row's units a paragraph of
// their own, as close to the next row's title as to their own. Each row is written back as the genre
// writes a numbered item with its annotations — `6.以事前产权激励为核心的职务科技成果权属改革。主要内容：…。
// 指导部门：科技部、财政部。推广范围：全国。` — so the outline, the chunks and the annotations read it as one
// item, its units labelled by the column that names them.

/** The first column of such a header: the row number's. */
const NUMBER_COLUMN = /^(?:序号|编号)$/u;
/** A column name: a short run of Han characters (`主 要 内 容` once its spacing is dropped). */
const COLUMN_NAME = /^[\p{Script=Han}（）()]{2,10}$/u;
const ROW_NUMBER = /^\d{1,3}$/u;
const MAX_COLUMNS = 10;
/**
 * A group heading between rows (`二、科技成果转化激励方面（共4项）`): numbered as the genre numbers its parts,
 * short, no sentence in it — not a row's short cell (`全省`) that a slipped row leaves behind.
 */
const GROUP_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部分类组])[^\t。；]{1,40}$/u;
/** Group headings in a row before the next row (a group whose rows were left out is one of them). */
const MAX_HEADINGS = 3;

const squash = (s: string) => s.replace(/\s+/gu, '');

/** The column that names a row (改革举措, 工作事项, 项目名称), when one does; else the first after the number. */
const NAME_COLUMN = /举措|措施|事项|任务|项目|名称|工作/u;

/** The text with every one-cell-per-line table written back as numbered items; the rest unchanged. */
export function rejoinCellLines(text: string): string {
  if (!text.includes('序号') && !text.includes('编号')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const table = tableAt(lines, i);
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
  while (k < lines.length) {
    const headings: string[] = [];
    let at = k;
    while (at < lines.length && headings.length < MAX_HEADINGS && GROUP_HEADING.test(lines[at]!.trim())) headings.push(lines[at++]!.trim());
    const no = lines[at]?.trim() ?? '';
    if (!ROW_NUMBER.test(no) || Number(no) <= last) break;
    let end = at + 1;
    while (end < lines.length && end - at <= width + MAX_EXTRA && !rowFollows(lines, end, Number(no))) end++;
    rows.push({ no, at, headings, lines: lines.slice(at + 1, end).map((c) => c.trim()) });
    last = Number(no);
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
    const fit = align(row.lines, kinds, named, i === rows.length - 1);
    if (!fit || fit.cost > width * MAX_ROW_COST) break;
    // A cell merged over the rows below it (任务名称 once for rows 1–3) is theirs too — within its group.
    if (row.headings.length) above = [];
    const cells = fit.cells.map((c, j) => c || (j + 1 === named ? (above[j] ?? '') : ''));
    out.push(...row.headings, asItem(row.no, header, [row.no, ...cells], named));
    above = cells;
    done++;
    end = row.at + 1 + fit.used;
  }
  // A header with no rows under it is a blank form (an application template), not a table to rejoin.
  return done >= 2 ? { lines: out, end } : null;
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

type Kind = 'sentence' | 'name' | 'date';

/** A time cell (`2019年6月`, `长期坚持`), a sentence (`…一日内办结。`, or long), or a name (`省财政厅、省税务局`, `全省`). */
function kindOf(cell: string): Kind {
  if (/^(?:\d{4}\s*年|\d{4}[-—–.]|\d{1,2}月|长期|持续|每年|年底|年内)/u.test(cell) && cell.length <= 20) return 'date';
  return /[。；！？]$/u.test(cell) || cell.length > 30 ? 'sentence' : 'name';
}

function majority(kinds: Kind[]): Kind {
  const count = (k: Kind) => kinds.filter((x) => x === k).length;
  return (['sentence', 'name', 'date'] as const).reduce((a, b) => (count(b) > count(a) ? b : a));
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
function align(lines: string[], kinds: Kind[], named: number, prefix = false): { cells: string[]; cost: number; used: number } | null {
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
        const cost = prev + cellCost(lines.slice(s, l), kinds[c - 1]!, s > 0 ? lines[s - 1]! : '', empty);
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
  return run.reduce((a, b) => a + (a && !BREAKS_OFF.test(a) && kindOf(a.split('、').at(-1)!) === 'name' && kindOf(b) === 'name' ? '、' : '') + b, '');
}

function cellCost(run: string[], kind: Kind, before: string, empty: number): number {
  // A cell starting right after a line that broke off splits what was one cell.
  const split = before && BREAKS_OFF.test(before) ? MISFIT : 0;
  if (!run.length) return empty + split;
  if (run.some((l) => !l || ROW_NUMBER.test(l))) return Infinity;
  let joins = 0;
  // (Lines of two kinds, `…配套工作` and `区市场监管局`, are two cells, not one.)
  for (let i = 1; i < run.length; i++) if (!BREAKS_OFF.test(run[i - 1]!)) joins += JOIN + (kindOf(run[i - 1]!) === kindOf(run[i]!) ? 0 : MISFIT);
  return split + joins + (kindOf(run.join('')) === kind ? 0 : MISFIT);
}

/** Whether the next row (a bare number above `last`) comes at `at`, after at most a few group headings. */
function rowFollows(lines: string[], at: number, last: number): boolean {
  for (let k = at; k < lines.length && k <= at + MAX_HEADINGS; k++) {
    const line = lines[k]!.trim();
    if (ROW_NUMBER.test(line)) return Number(line) > last;
    if (!GROUP_HEADING.test(line)) return false;
  }
  return false;
}

/** `6.名称。主要内容：…。指导部门：…。`: a row as a numbered item, every other cell under its column's name. */
function asItem(no: string, header: string[], cells: string[], named: number): string {
  const end = (s: string) => (/[。；！？]$/u.test(s) ? s : `${s}。`);
  const fields = cells.map((c, i) => (i === 0 || i === named || !c ? '' : end(`${header[i]}：${c}`))).join('');
  return `${no}.${cells[named] ? end(cells[named]!) : ''}${fields}`;
}
