// Division-of-labour tables (任务分工表): an attachment whose rows are tasks and whose columns say who
// leads and who supports each. Readers keep a table's cells tab-separated, one row a line; a task
// whose cells span several rows (merged cells in the source) continues on lines that carry only its
// right-hand cells. Each row becomes an owned item with its own units — never a neighbour's.

/** A header cell that names the units answering for a row. */
const OWNER_COLUMN = /牵头|责任单位|责任部门|负责单位|负责部门|配合|协办|主办/u;
const LEAD_COLUMN = /牵头单位|牵头部门|责任单位|责任部门|负责单位|负责部门|主办单位/u;
const SUPPORT_COLUMN = /配合单位|配合部门|协办单位|参与单位/u;
const TASK_COLUMN = /工作事项|任务|事项|工作内容|重点工作|项目/u;
const DEADLINE_COLUMN = /完成时限|时限|完成时间|时间节点/u;
/** A cell that says no unit (`/`, `—`, `无`). */
const EMPTY_CELL = /^(?:[/／—\-–]+|无)?$/u;

export interface TableRow {
  /** The row's number (序号), shared by its continuation lines. */
  no: number;
  /** The task the row belongs to (工作事项), carried down to its continuation lines. */
  task: string;
  /** The row's own text cells that are not units (主要内容), joined. */
  content: string;
  lead: string | null;
  support: string | null;
  deadline: string | null;
  /** Every unit column by its header (`市卫健委内牵头处室: 考评处`), as written. */
  columns: { name: string; value: string }[];
  /** The line before the header that names the table (`附件2 …任务分工表`), when there is one. */
  caption: string;
  start: number;
  end: number;
}

/** A table's header row (`序号	工作事项	牵头单位…`): short cells that name columns, no figures, no sentences. */
export function isTableHeader(line: string): boolean {
  const cells = cellsOf(line);
  return cells.length >= 3 && cells.every((c) => c.length > 0 && c.length <= 16 && !/[。；，\d]/u.test(c));
}

function cellsOf(line: string): string[] {
  return line.split('\t').map((c) => c.trim());
}

/** Rows of every division-of-labour table in the text, in order. */
export function divisionRows(text: string): TableRow[] {
  const out: TableRow[] = [];
  const lines = text.split('\n');
  let offset = 0;
  let header: string[] | null = null;
  let caption = '';
  let current = null as { no: number; task: string } | null;
  let previous = '';
  for (const line of lines) {
    const start = offset;
    offset += line.length + 1;
    const cells = cellsOf(line);
    if (cells.length >= 3 && cells.some((c) => OWNER_COLUMN.test(c)) && cells.every((c) => c.length <= 16)) {
      header = cells;
      caption = previous.length <= 80 ? previous.trim() : '';
      current = null;
      continue;
    }
    previous = line;
    if (!header) continue;
    if (cells.length < 2) {
      // A line without cells ends the table (a heading, the next attachment).
      if (line.trim()) header = null;
      continue;
    }
    // Full rows carry every column; continuation lines the right-hand ones only.
    const shift = header.length - cells.length;
    if (shift < 0) continue;
    const named = cells.map((value, k) => ({ name: header![shift + k]!, value }));
    const noCell = shift === 0 ? named.find((c) => /序号|编号/u.test(c.name))?.value : undefined;
    if (shift === 0) {
      const task = named.find((c) => TASK_COLUMN.test(c.name) && !OWNER_COLUMN.test(c.name))?.value ?? '';
      current = { no: noCell && /^\d{1,3}$/u.test(noCell) ? Number(noCell) : (current?.no ?? 0) + 1, task: task.replace(/[。；;]$/u, '') };
    }
    if (!current) continue;
    const units = named.filter((c) => OWNER_COLUMN.test(c.name) && !EMPTY_CELL.test(c.value));
    const unit = (re: RegExp) => units.find((c) => re.test(c.name))?.value ?? null;
    const content = named
      .filter((c) => !OWNER_COLUMN.test(c.name) && !DEADLINE_COLUMN.test(c.name) && !/序号|编号/u.test(c.name) && !(shift === 0 && TASK_COLUMN.test(c.name)))
      .map((c) => c.value)
      .join(' ');
    out.push({
      no: current.no,
      task: current.task,
      content,
      lead: unit(LEAD_COLUMN),
      support: unit(SUPPORT_COLUMN),
      deadline: named.find((c) => DEADLINE_COLUMN.test(c.name) && !EMPTY_CELL.test(c.value))?.value ?? null,
      columns: units.map((c) => ({ name: c.name, value: c.value })),
      caption,
      start,
      end: start + line.length,
    });
  }
  return out;
}
