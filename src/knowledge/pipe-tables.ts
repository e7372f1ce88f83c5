// A table written in markdown's pipes (`| 借款人缴存时间 | 缴存时间系数 |`), as a web page saved to text or a
// markdown file carries it: each row becomes a line of tab-separated cells (the form tables.ts reads a
// division-of-labour table in), and the `|---|---|` rule under the header goes. Read as it stands, a row is a short
// line with no sentence punctuation — a heading to the outline, under which everything after it would stand.

/** A row: opens and closes with a pipe, at least one pipe between (two cells or more). */
const PIPE_ROW = /^\s*\|.*\|.*\|\s*$/u;
/** The rule under a header row: pipes, dashes, colons and spaces only. */
const RULE_ROW = /^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?)?\s*$/u;

/** The text with each markdown table row as tab-separated cells, its rule lines dropped; the rest unchanged. */
export function pipeTablesToRows(text: string): string {
  if (!text.includes('|')) return text;
  const out: string[] = [];
  // The table being read: the last data row's cells (none right under the header).
  let above: string[] | null = null;
  let inTable = false;
  for (const line of text.split('\n')) {
    if (!PIPE_ROW.test(line)) {
      out.push(line);
      inTable = false;
      above = null;
      continue;
    }
    if (RULE_ROW.test(line)) continue;
    const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim());
    while (cells.length && !cells.at(-1)) cells.pop();
    if (!cells.length) continue;
    const header = !inTable;
    inTable = true;
    // A row left with one cell, the others merged with the row above (`| ·无房且有1次已结清公积金贷款记录 | |||||`),
    // shares that row's cells: they are filled down, so the row states its own figures. (Cells a row leaves empty
    // beside cells of its own stay empty, in place: an item with no supporting unit has none. And nothing is
    // filled from the header.)
    const filled = cells.filter(Boolean).length;
    const row: string[] = filled === 1 && above && !header ? cells.map((c, i) => c || above![i] || '').concat(above.slice(cells.length)) : cells;
    while (row.length && !row.at(-1)) row.pop();
    out.push(row.join('\t'));
    above = header ? null : row;
  }
  return out.join('\n');
}
