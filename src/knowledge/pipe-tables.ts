// A table written in markdown's pipes (`| 借款人缴存时间 | 缴存时间系数 |`), as a web page saved to text or a
// markdown file carries it: each row becomes a line of tab-separated cells, the form every reader gives a table
// (html.ts, docx.ts), and the `|---|---|` rule under the header goes. Read as it stands, a row is a short line
// with no sentence punctuation — a heading to the outline, under which everything after it would stand.

/** A row: opens and closes with a pipe, at least one pipe between (two cells or more). */
const PIPE_ROW = /^\s*\|.*\|.*\|\s*$/u;
/** The rule under a header row: pipes, dashes, colons and spaces only. */
const RULE_ROW = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*$/u;

/** A group's heading as the genre numbers one (`二、`, `（三）`, `3.`). */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/u;

/** The text with each markdown table row as tab-separated cells, its rule lines dropped; the rest unchanged. */
export function pipeTablesToRows(text: string): string {
  if (!text.includes('|')) return text;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (!PIPE_ROW.test(line)) {
      out.push(line);
      continue;
    }
    if (RULE_ROW.test(line)) continue;
    const cells = line.trim().slice(1, -1).split('|').map((c) => c.trim());
    // (A merged cell the converter left empty says nothing: the row's own cells are the text.)
    const filled = cells.filter(Boolean);
    if (!filled.length) continue;
    // A row left with one cell, the rest merged into the row above (`| ·无房且有1次已结清公积金贷款记录 | |||||`),
    // shares that row's cells: it goes on the row's line, or alone it would read as a heading. (Not a group's
    // numbered heading between rows, `| 二、科技成果转化 |`.)
    const last = out.length - 1;
    if (filled.length === 1 && last >= 0 && out[last]!.includes('\t') && !NUMBERED.test(filled[0]!)) out[last] += `\t${filled[0]}`;
    else out.push(filled.join('\t'));
  }
  return out.join('\n');
}
