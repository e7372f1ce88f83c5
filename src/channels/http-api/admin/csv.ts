// CSV for spreadsheet users (Excel opens UTF-8 CSV correctly only with a byte-order mark).
// Cells hold what users typed (questions, comments): a cell that starts like a formula (= + - @,
// or a tab or carriage return before one) is run by Excel and LibreOffice when the file is opened,
// so it gets a leading `'`, which spreadsheets show as text (OWASP's advice for CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function toCsv<T extends object>(items: T[], columns: (keyof T & string)[]): string {
  const cell = (v: unknown) => {
    const s = neutralise(v === undefined || v === null ? '' : String(v));
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(','), ...items.map((it) => columns.map((c) => cell(it[c])).join(','))];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
