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
  const out: string[] = [];
  let last = 0;
  let rows = 0;
  const shapes: Shape[] = [];
  let k = start + width;
  while (k < lines.length) {
    const line = lines[k]!.trim();
    if (ROW_NUMBER.test(line) && Number(line) > last) {
      const cells = lines.slice(k + 1, k + width).map((c) => c.trim());
      // A row whose cells run short, or take in the next row's number, is not laid out cell by cell.
      if (cells.length < width - 1 || cells.some((c) => !c || ROW_NUMBER.test(c))) break;
      // After a row comes the next one or a group heading; else this is the last row, or a cell ran over
      // two lines and the columns have slipped. Every row keeps the shape of the first (names where it had
      // names); a slipped one puts a sentence under 指导部门 and ends the table there.
      const next = rowFollows(lines, k + width, Number(line));
      if (shapes.length ? !sameShape(shapes, cells) : !next) break;
      if (!shapes.length) shapes.push(...cells.map(shapeOf));
      out.push(asItem(line, header, [line, ...cells], named));
      last = Number(line);
      rows++;
      k += width;
      if (!next) break;
      continue;
    }
    if (GROUP_HEADING.test(line) && rowFollows(lines, k, last)) {
      out.push(line);
      k++;
      continue;
    }
    break;
  }
  // A header with no rows under it is a blank form (an application template), not a table to rejoin.
  return rows >= 2 ? { lines: out, end: k } : null;
}

type Shape = 'sentence' | 'name';

/** A cell that ends a sentence (`…一日内办结。`) or one that names (`省财政厅、省税务局`, `全省`). */
const shapeOf = (cell: string): Shape => (/[。；！？]$/u.test(cell) ? 'sentence' : 'name');

/** A column of names (units, a scope, a title) never takes a sentence; a column of sentences may end one without a full stop. */
const sameShape = (shapes: Shape[], cells: string[]) => cells.every((c, i) => shapes[i] === 'sentence' || shapeOf(c) === 'name');

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
  const fields = cells.map((c, i) => (i === 0 || i === named ? '' : end(`${header[i]}：${c}`))).join('');
  return `${no}.${end(cells[named]!)}${fields}`;
}
